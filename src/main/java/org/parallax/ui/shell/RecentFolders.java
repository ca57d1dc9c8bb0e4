package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The recently opened folders, most recent first, without duplicates, at most {@link #MAX}.
 * Immutable: every change returns a new list.
 */
public record RecentFolders(List<Path> folders) {

    public static final int MAX = 10;
    public static final RecentFolders EMPTY = new RecentFolders(List.of());

    public RecentFolders {
        List<Path> clean = new ArrayList<>();
        for (Path p : folders) {
            Path n = normal(p);
            if (!clean.contains(n) && clean.size() < MAX) {
                clean.add(n);
            }
        }
        folders = List.copyOf(clean);
    }

    /** {@code folder} moved (or added) to the top. */
    public RecentFolders opened(Path folder) {
        List<Path> next = new ArrayList<>();
        next.add(normal(folder));
        next.addAll(folders);
        return new RecentFolders(next);
    }

    public RecentFolders without(Path folder) {
        Path n = normal(folder);
        return new RecentFolders(folders.stream().filter(p -> !p.equals(n)).toList());
    }

    /** Only the folders that still exist, as {@code exists} decides (it touches the file system: call it off the FX thread). */
    public RecentFolders existing(Predicate<Path> exists) {
        return new RecentFolders(folders.stream().filter(exists).toList());
    }

    public boolean isEmpty() {
        return folders.isEmpty();
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}

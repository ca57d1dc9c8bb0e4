package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What the user asked to open. Resolved against the file system only off the FX thread. */
public sealed interface LoadRequest {

    /** The sample corpus packed into the application. */
    record Bundled() implements LoadRequest {
    }

    /** Every article file in one folder. */
    record Folder(Path folder) implements LoadRequest {
        public Folder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * Paths given on the command line or dropped on the window: a single folder opens as a
     * {@link Folder}, anything else as a set of files. Which it is needs the file system, so it is
     * decided by the loading work, not here.
     */
    record Paths(List<Path> paths) implements LoadRequest {
        public Paths {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no paths");
            }
        }
    }

    /** From the program's arguments: none opens the bundled corpus. */
    static LoadRequest fromArguments(List<String> args) {
        List<String> named = args.stream().filter(a -> !a.isBlank() && !a.startsWith("--")).toList();
        if (named.isEmpty()) {
            return new Bundled();
        }
        return new Paths(named.stream().map(Path::of).toList());
    }
}

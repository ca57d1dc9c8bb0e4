package org.parallax.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps a cache folder's entries within a bound: counts the bytes written and, once past the bound, deletes the
 * least recently modified entries until the folder holds at most nine tenths of it (so not every write scans the
 * folder). The count starts from one scan of the folder; other processes' writes are caught up at the next scan.
 */
final class CacheSize {

    private static final System.Logger LOG = System.getLogger(CacheSize.class.getName());

    private final Path folder;
    private final String suffix;
    private final long maxBytes;
    private long bytes = -1;

    CacheSize(Path folder, String suffix, long maxBytes) {
        this.folder = folder;
        this.suffix = suffix;
        this.maxBytes = maxBytes;
    }

    /** Counts a file just written and evicts if the folder is now past the bound. */
    synchronized void added(Path file) throws IOException {
        if (bytes < 0) {
            bytes = entries().stream().mapToLong(Entry::bytes).sum();
        } else {
            bytes += Files.size(file);
        }
        if (bytes > maxBytes) {
            evict(file);
        }
    }

    /** The bytes the folder's entries take now, read from the folder. */
    synchronized long total() throws IOException {
        bytes = entries().stream().mapToLong(Entry::bytes).sum();
        return bytes;
    }

    /** Deletes every entry; returns how many bytes that freed. Other files in the folder stay. */
    synchronized long clear() throws IOException {
        long freed = 0;
        for (Entry e : entries()) {
            if (Files.deleteIfExists(e.file())) {
                freed += e.bytes();
            }
        }
        bytes = 0;
        return freed;
    }

    private void evict(Path keep) throws IOException {
        List<Entry> entries = entries();
        entries.sort(Comparator.comparing(Entry::used));
        long total = entries.stream().mapToLong(Entry::bytes).sum();
        for (Entry e : entries) {
            if (total <= maxBytes * 9 / 10) {
                break;
            }
            if (!e.file().equals(keep) && Files.deleteIfExists(e.file())) {
                total -= e.bytes();
            }
        }
        bytes = total;
        LOG.log(System.Logger.Level.DEBUG, "extraction cache trimmed to " + total + " bytes");
    }

    private List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(suffix)) {
                    continue; // another writer's temporary file, or not ours
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    out.add(new Entry(f, a.size(), a.lastModifiedTime()));
                } catch (IOException e) {
                    // gone meanwhile (another process evicted it)
                }
            }
        }
        return out;
    }

    private record Entry(Path file, long bytes, FileTime used) {
    }
}

package org.parallax.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One article file to read, wherever it lives: in a folder on disk or packed in the application (the bundled
 * corpus). Reading is bounded, so a huge file is refused before it fills the memory.
 *
 * @param name    the name warnings and {@code Article.file} use: relative to the corpus folder, '/'-separated
 * @param baseUri where the file lives, for resolving links inside it
 */
record SourceFile(String name, String baseUri, ByteSource bytes) {

    @FunctionalInterface
    interface ByteSource {
        /** The whole file; {@link TooLargeException} when it has more than {@code maxBytes}. */
        byte[] read(long maxBytes) throws IOException;
    }

    /** A file over the size limit; {@code size} is -1 when only "more than the limit" is known. */
    static final class TooLargeException extends IOException {
        private final long size;

        TooLargeException(long size) {
            super("too large: " + size + " bytes");
            this.size = size;
        }

        long size() {
            return size;
        }
    }

    static SourceFile of(Path path, String name) {
        return new SourceFile(name, path.toUri().toString(), max -> {
            long size = Files.size(path);
            if (size > max) {
                throw new TooLargeException(size);
            }
            return Files.readAllBytes(path);
        });
    }

    /** A resource on the class path, {@code resource} an absolute resource name ("/corpus/a.txt"). */
    static SourceFile ofResource(String resource, String name) {
        var url = SourceFile.class.getResource(resource);
        String base = url == null ? "" : url.toString();
        return new SourceFile(name, base, max -> {
            try (InputStream in = SourceFile.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NoSuchFileException(resource);
                }
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (b.length > max) {
                    throw new TooLargeException(-1);
                }
                return b;
            }
        });
    }

    byte[] read(long maxBytes) throws IOException {
        return bytes.read(maxBytes);
    }
}

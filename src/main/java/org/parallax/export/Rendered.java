package org.parallax.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.parallax.store.AtomicFiles;

/** A drawn export, ready to write: its bytes to a stream, or to a file safely ({@link AtomicFiles}) on any thread. */
public sealed interface Rendered {

    /** Pixels for PNG, or chart pixels for SVG. */
    int width();

    int height();

    /** Event marks drawn. */
    int marks();

    /** Writes the file's bytes: the encoded PNG or the SVG document in UTF-8. */
    void writeTo(OutputStream out) throws IOException;

    /** Writes {@code file} whole or not at all; its folder must exist. */
    default void write(Path file) throws IOException {
        AtomicFiles.write(file, this::writeTo);
    }

    /** @param scale device pixels per chart pixel, recorded in the file as its resolution */
    record Png(BufferedImage image, int scale, int marks) implements Rendered {
        @Override
        public int width() {
            return image.getWidth();
        }

        @Override
        public int height() {
            return image.getHeight();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            PngRenderer.writePng(image, out, scale);
        }
    }

    record Svg(String document, int width, int height, int marks) implements Rendered {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(document.getBytes(StandardCharsets.UTF_8));
        }
    }
}

package org.parallax.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an export writes: a raster PNG or a vector SVG. */
public enum ImageFormat {
    PNG("png"),
    SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** Without the dot: "png". */
    public String extension() {
        return extension;
    }

    public static Optional<ImageFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext.toLowerCase(Locale.ROOT))).findFirst();
    }
}

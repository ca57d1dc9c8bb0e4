package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The product's version, the pom's, written into {@code version.properties} by Maven's resource filtering. Its home is
 * here because the files Parallax writes (model, workspace, extraction cache) record it; the CLI and the About dialog
 * show it.
 */
public final class ProductVersion {

    private static final String RESOURCE = "version.properties";

    private ProductVersion() {
    }

    public static String current() {
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development build";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            // An IDE that copies resources unfiltered leaves the placeholder in place.
            return v.isBlank() || v.startsWith("${") ? "development build" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
        }
    }
}

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
        return property("version", "development build");
    }

    /**
     * The version and when this build was made ("0.1.0-SNAPSHOT built 20261205230812345"): what the extraction
     * cache keys on, since a SNAPSHOT rebuilt with other rules keeps its version.
     */
    public static String build() {
        return current() + " built " + property("build", "unknown");
    }

    private static String property(String name, String fallback) {
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return fallback;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(name, "");
            // an IDE that copies resources unfiltered leaves the placeholder in place
            return v.isBlank() || v.startsWith("${") ? fallback : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
        }
    }
}

package org.parallax.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application version: the pom's, written into {@code version.properties} by Maven's resource filtering. */
final class Version {

    private static final String RESOURCE = "version.properties";

    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
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

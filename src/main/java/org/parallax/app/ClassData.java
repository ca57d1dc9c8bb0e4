package org.parallax.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The class-data sharing archive the build writes beside the jar ({@code parallax.jsa}, the pom's {@code class-data}
 * step): the classes one launch of the window loaded, which a later launch of the same jar by the same Java maps
 * instead of loading and verifying them again. The Java runtime checks that jar and runtime are the ones it was made
 * from and otherwise ignores it with a warning.
 */
final class ClassData {

    private ClassData() {
    }

    /** The archive beside the jar that is the whole of {@code classPath}, if there is one. */
    static Optional<Path> besideJar(String classPath) {
        if (!isOneJar(classPath)) {
            return Optional.empty();
        }
        Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
        return isCurrent(archive, Path.of(classPath)) ? Optional.of(archive.toAbsolutePath()) : Optional.empty();
    }

    /** Whether {@code classPath} is a single jar, as in {@code java -jar}. */
    static boolean isOneJar(String classPath) {
        return classPath != null && !classPath.isBlank() && !classPath.contains(File.pathSeparator)
                && classPath.endsWith(".jar");
    }

    /** An archive older than its jar was made from another build: Java would refuse it (with a warning) anyway. */
    private static boolean isCurrent(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Whether this Java maps {@code archive} for {@code classPath}: a short {@code java -Xshare:on ... -version}, which
     * fails where the archive was made for the jar at another path (a jar copied with its archive) or by another
     * runtime. A launch that cannot map it runs without it silently (its warning is turned off), so a measurement
     * asks first.
     */
    static boolean maps(Path archive, String classPath) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process p = new ProcessBuilder(java.toString(), option(archive), "-Xshare:on", "-cp", classPath, "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The Java option that maps {@code archive}. */
    static String option(Path archive) {
        return "-XX:SharedArchiveFile=" + archive;
    }
}

package org.parallax.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A build step (the pom's {@code class-data}, after the jar is packed): one headless launch of the window on the
 * bundled corpus, to its first drawn event, writing the classes it loaded into the archive beside the jar
 * ({@link ClassData}). The archive only speeds a start, so the step never fails a build: a launch that fails (a
 * machine without the fonts a window needs) or hangs past {@link #TIMEOUT_S} leaves no archive and a warning.
 *
 * <p>{@code ClassDataBuild JAR WORK}: JAR is the packed jar; WORK a folder under the build's output for the launch's
 * cache, preferences and JavaFX's unpacked libraries, so nothing is written outside it.
 */
public final class ClassDataBuild {

    static final long TIMEOUT_S = 180;

    private ClassDataBuild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ClassDataBuild JAR WORK");
            System.exit(Cli.USAGE);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = archiveOf(jar);
        String failure = train(jar, archive, Path.of(args[1]).toAbsolutePath());
        if (failure != null) {
            Files.deleteIfExists(archive); // a partial archive would be mapped and refused at every launch
            System.err.println("warning: no class-data archive (" + failure + "); the app starts without one");
        } else {
            System.out.println("class-data archive: " + archive);
        }
    }

    static Path archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /** Launches the training run; null when it wrote the archive, else what went wrong in words. */
    private static String train(Path jar, Path archive, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Files.deleteIfExists(archive);
        Process p = new ProcessBuilder(command(jar, archive, work)).inheritIO().start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return "the training launch did not finish within " + TIMEOUT_S + " s";
        }
        if (p.exitValue() != 0) {
            return "the training launch ended with exit code " + p.exitValue();
        }
        return Files.isRegularFile(archive) ? null : "the training launch wrote no archive";
    }

    private static List<String> command(Path jar, Path archive, Path work) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off", "-D" + StartMarks.PROPERTY + "=exit",
                "-Dparallax.cache=" + work.resolve("cache"), "-Dparallax.recovery=" + work.resolve("recovery.parallax"),
                "-Djava.util.prefs.userRoot=" + work.resolve("prefs"), "-Djavafx.cachedir=" + work.resolve("javafx"),
                "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC"));
        c.addAll(StartBench.HEADLESS_FX);
        c.addAll(List.of("-classpath", jar.toString(), Launcher.class.getName()));
        return c;
    }
}

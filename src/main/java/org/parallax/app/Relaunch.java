package org.parallax.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A plain {@code java -jar parallax.jar} started anew with the app's Java options ({@link LauncherOptions}: the C1
 * compiler alone, the heap and collector settings; decision 0066) and the class-data archive beside the jar, so that
 * the jar runs as the installed launcher runs it. This process then only waits for that one and ends with its exit
 * code, standard input and output passed through.
 *
 * <p>It starts anew only a launch of this jar that chose no Java options of its own: a JVM started with any option
 * but {@code -D} properties (a heap size, a profiler, an agent, a debugger, a class-data dump) runs the app itself, as
 * asked; so do the installed launcher (it applied the options), a class path that is not this one jar (the tests, an
 * IDE, a program that loads the app in its own class loader, {@code mvn exec:java}), and
 * {@code -Dparallax.relaunch=false}, which the new process is given.
 */
final class Relaunch {

    /** {@code -Dparallax.relaunch=false} keeps the app in the JVM it was started in. */
    static final String PROPERTY = "parallax.relaunch";

    /** How long the new process may take to end when this one is stopped, before this one ends anyway. */
    private static final long STOP_WAIT_S = 20;

    private Relaunch() {
    }

    /**
     * What the decision reads of a JVM: where its Java is, its class path, whether this app's own jar is that class
     * path (loaded by the application class loader), two system properties ({@link #PROPERTY} and
     * {@code jpackage.app-path}, set by the installed launcher), and its options, asked last (the management API
     * costs tens of milliseconds at a start) and without those the environment's {@code JDK_JAVA_OPTIONS} gave,
     * which the new process picks up again itself.
     */
    record Jvm(String javaHome, String classPath, boolean ownJar, Map<String, String> properties,
               Supplier<List<String>> options) {
    }

    /**
     * The command that starts the app anew, or empty when it runs in this JVM. What costs something to learn (the
     * app's options from the jar, this JVM's options, the archive beside the jar) is asked only when the properties
     * and the class path have not already decided, so the installed launcher and the new process pay nothing.
     */
    static Optional<List<String>> command(Jvm jvm, Supplier<List<String>> appOptions,
                                          Supplier<Optional<Path>> archive, String[] args) {
        if ("false".equals(jvm.properties().get(PROPERTY)) || jvm.properties().get("jpackage.app-path") != null
                || !jvm.ownJar() || !ClassData.isOneJar(jvm.classPath())) {
            return Optional.empty();
        }
        List<String> options = appOptions.get();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<String> own = jvm.options().get();
        if (own.stream().anyMatch(a -> !a.startsWith("-D"))) {
            return Optional.empty();
        }
        return Optional.of(appCommand(jvm.javaHome(), options, archive.get(), own, jvm.classPath(), List.of(args)));
    }

    /**
     * The command that runs the app as the installed launcher does: this Java with the app's {@code options} and
     * the class-data {@code archive} (its warnings silenced: an archive made by another Java is only not used), then
     * {@code properties} ({@code -D} options, after the app's so that they win), the jar, never starting anew again.
     */
    static List<String> appCommand(String javaHome, List<String> options, Optional<Path> archive,
                                   List<String> properties, String classPath, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(options);
        archive.ifPresent(a -> command.addAll(List.of(ClassData.option(a), "-Xlog:cds*=off")));
        command.addAll(properties);
        command.add("-D" + PROPERTY + "=false");
        command.addAll(ClassData.isOneJar(classPath) ? List.of("-jar", classPath)
                : List.of("-cp", classPath, Launcher.class.getName())); // bench start from a build's classes
        command.addAll(args);
        return command;
    }

    /** The command for this JVM, from its own options, properties and class path. */
    static Optional<List<String>> ofThisJvm(String[] args) {
        String classPath = System.getProperty("java.class.path");
        Map<String, String> properties = new HashMap<>();
        for (String key : List.of(PROPERTY, "jpackage.app-path")) {
            String value = System.getProperty(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        Jvm jvm = new Jvm(System.getProperty("java.home"), classPath, isOwnJar(classPath), properties,
                () -> withoutEnvironments(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                        System.getenv("JDK_JAVA_OPTIONS")));
        return command(jvm, LauncherOptions::packed, () -> ClassData.besideJar(classPath), args);
    }

    /** Whether the application class loader loaded this app from {@code classPath}, the one jar it names. */
    private static boolean isOwnJar(String classPath) {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            return Launcher.class.getClassLoader() == ClassLoader.getSystemClassLoader() && source != null
                    && ClassData.isOneJar(classPath)
                    && Path.of(source.getLocation().toURI()).equals(Path.of(classPath).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** The JVM's options less those {@code JDK_JAVA_OPTIONS} (split at white space) gave it. */
    static List<String> withoutEnvironments(List<String> options, String environment) {
        if (environment == null || environment.isBlank()) {
            return options;
        }
        List<String> given = List.of(environment.strip().split("\\s+"));
        return options.stream().filter(o -> !given.contains(o)).toList();
    }

    /**
     * Runs {@code command} with this process's standard streams and returns its exit code, or empty when it could
     * not be started (the app then runs here). Stopping this process (Ctrl-C, a signal to end) stops it too, giving
     * it time to end cleanly; a process killed outright leaves it running, as a window the user still has open.
     */
    static Optional<Integer> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        Thread stop = new Thread(() -> stop(process), "parallax-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // this JVM is already ending; the hook stops nothing that still runs
                }
                return Optional.of(code);
            } catch (InterruptedException e) {
                // nothing here interrupts the main thread on purpose: keep waiting for the app
            }
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.waitFor(STOP_WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

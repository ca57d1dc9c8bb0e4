package org.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A plain {@code java -jar parallax.jar} started anew with the app's Java options ({@link LauncherOptions}: the C1
 * compiler alone, the heap and collector settings; decision 0066) and the class-data archive beside the jar, so that
 * the jar runs as the installed launcher runs it. This process then only waits for that one and ends with its exit
 * code, standard input and output passed through.
 *
 * <p>It starts anew only a launch that chose no Java options of its own: a JVM started with any option but
 * {@code -D} properties (a heap size, a profiler, an agent, a debugger, a class-data dump) runs the app itself, as
 * asked; so does the installed launcher's (it applied the options), a class path that is no single jar (an IDE, the
 * tests), and {@code -Dparallax.relaunch=false}, which the new process is given.
 */
final class Relaunch {

    /** {@code -Dparallax.relaunch=false} keeps the app in the JVM it was started in. */
    static final String PROPERTY = "parallax.relaunch";

    /** How long the new process may take to end when this one is stopped (time to save a workspace). */
    private static final long STOP_WAIT_S = 20;

    private Relaunch() {
    }

    /**
     * The command that starts the app anew, or empty when it runs in this JVM.
     *
     * @param inputArguments this JVM's options, as {@code RuntimeMXBean.getInputArguments()} gives them
     * @param systemProperties the system properties this decision reads: {@link #PROPERTY} and
     *                         {@code jpackage.app-path} (set by the installed launcher)
     */
    static Optional<List<String>> command(String javaHome, String classPath, List<String> inputArguments,
                                          Map<String, String> systemProperties, List<String> options,
                                          Optional<Path> archive, String[] args) {
        boolean ownOptions = inputArguments.stream().anyMatch(a -> !a.startsWith("-D"));
        if ("false".equals(systemProperties.get(PROPERTY)) || systemProperties.get("jpackage.app-path") != null
                || ownOptions
                || options.isEmpty() || !ClassData.isOneJar(classPath)) {
            return Optional.empty();
        }
        return Optional.of(appCommand(javaHome, options, archive, inputArguments, classPath, List.of(args)));
    }

    /**
     * The command that runs the app as the installed launcher does: this Java with the app's {@code options} and
     * the class-data {@code archive}, then {@code properties} ({@code -D} options, after the app's so that they win),
     * never starting anew again.
     */
    static List<String> appCommand(String javaHome, List<String> options, Optional<Path> archive,
                                   List<String> properties, String classPath, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(options);
        archive.ifPresent(a -> command.add(ClassData.option(a)));
        command.addAll(properties);
        command.add("-D" + PROPERTY + "=false");
        command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
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
        return command(System.getProperty("java.home"), classPath,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), properties,
                LauncherOptions.packed(), ClassData.besideJar(classPath), args);
    }

    /**
     * Runs {@code command} with this process's standard streams and returns its exit code, or empty when it could
     * not be started (the app then runs here). Stopping this process stops it too, giving it time to end cleanly.
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

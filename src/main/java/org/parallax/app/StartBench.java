package org.parallax.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench start [--runs N] [--headless] [--json]}: launches the window on the bundled corpus N times, each a new
 * Java process, and times from the launch to the first frame and to the first drawn event ({@link StartMarks}). The
 * first run starts with an empty extraction cache (what a new user sees), the later ones reopen through it. In a real
 * window where {@code DISPLAY} is set, else (or with {@code --headless}) on Monocle's headless platform. The cache is a
 * temporary folder: the user's own is never read or written. Where the build's class-data sharing archive sits beside
 * the jar ({@code parallax.jsa}, {@link ClassData}) and this Java maps it for the jar where it is now, every launch
 * maps it, unless {@code --no-cds}; an archive made for the jar at another path is said and left out, where it would
 * have been passed and silently refused.
 */
@CommandLine.Command(name = "start", sortOptions = false, description = "Time from launching the window on the "
        + "bundled corpus to its first frame and its first drawn event: once with an empty extraction cache, then "
        + "reopening through it; in a real window where DISPLAY is set, headless otherwise.")
final class StartBench implements Command {

    private static final long TIMEOUT_S = 120;
    /** The Java options that open the window on Monocle's headless platform with software rendering. */
    static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final String CPU = " cpu_ms=";

    @Mixin
    HelpOption help;

    @Option(names = "--runs", paramLabel = "N", converter = Converters.Positive.class,
            description = "launches (default 4): the first with an empty cache, the rest through it")
    int runs = 4;

    @Option(names = "--headless", description = "on Monocle's headless platform even where a display is set")
    boolean headless;

    @Option(names = "--no-cds", description = "launch without the class-data sharing archive beside the jar")
    boolean noCds;

    @Option(names = "--json", description = "print one flat JSON object of the figures")
    boolean json;

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
        boolean real = !headless && System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        String classPath = System.getProperty("java.class.path");
        Optional<Path> beside = noCds ? Optional.empty() : ClassData.besideJar(classPath);
        Optional<Path> archive = beside.filter(a -> ClassData.maps(a, classPath));
        if (beside.isPresent() && archive.isEmpty()) {
            err.println("bench start: the class-data archive " + beside.get() + " is not for this jar here (made for "
                    + "another path or Java): launching without it");
        }
        Path cache = null;
        List<Map<StartMarks.Mark, Timing>> times = new ArrayList<>();
        try {
            cache = Files.createTempDirectory("parallax-bench-start");
            for (int i = 0; i < runs; i++) {
                times.add(launch(command(cache, real, classPath, archive)));
            }
        } catch (IOException e) {
            throw new CommandFailedException("could not launch the window: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted", e);
        } finally {
            FolderArticles.deleteQuietly(cache);
        }
        print(out, real, archive, times);
        return Cli.OK;
    }

    private void print(PrintStream out, boolean real, Optional<Path> archive, List<Map<StartMarks.Mark, Timing>> times) {
        Map<StartMarks.Mark, Timing> cold = times.get(0);
        Map<StartMarks.Mark, Timing> cached = median(times.subList(Math.min(1, times.size() - 1), times.size()));
        Timing frame = cold.get(StartMarks.Mark.FIRST_FRAME);
        Timing event = cold.get(StartMarks.Mark.FIRST_EVENT);
        Timing cachedFrame = cached.get(StartMarks.Mark.FIRST_FRAME);
        Timing cachedEvent = cached.get(StartMarks.Mark.FIRST_EVENT);
        int cores = Runtime.getRuntime().availableProcessors();
        if (json) {
            out.printf(Locale.ROOT, "{\"window\": \"%s\", \"runs\": %d, \"first_frame_ms\": %d, \"first_event_ms\": %d, "
                    + "\"first_frame_cpu_ms\": %d, \"first_event_cpu_ms\": %d, \"cached_first_frame_ms\": %d, "
                    + "\"cached_first_event_ms\": %d, \"cached_first_frame_cpu_ms\": %d, \"cached_first_event_cpu_ms\": %d, "
                    + "\"class_data_sharing\": %b, \"cores\": %d}%n", real ? "real" : "headless", runs, frame.wallMs(),
                    event.wallMs(), frame.cpuMs(), event.cpuMs(), cachedFrame.wallMs(), cachedEvent.wallMs(),
                    cachedFrame.cpuMs(), cachedEvent.cpuMs(), archive.isPresent(), cores);
            return;
        }
        out.printf(Locale.ROOT, "bench start: the bundled corpus, %s window, %d launches, %d cores (CPU: all the window's "
                + "threads), %s%n", real ? "real" : "headless", runs, cores,
                archive.map(a -> "class-data sharing archive " + a).orElse("no class-data sharing archive"));
        out.printf(Locale.ROOT, "%-28s %12s %12s %12s %12s%n", "", "first frame", "CPU", "first event", "CPU");
        row(out, "empty cache (first launch)", frame, event);
        row(out, "through the cache (median)", cachedFrame, cachedEvent);
    }

    private static void row(PrintStream out, String name, Timing frame, Timing event) {
        out.printf(Locale.ROOT, "%-28s %9d ms %9d ms %9d ms %9d ms%n", name, frame.wallMs(), frame.cpuMs(),
                event.wallMs(), event.cpuMs());
    }

    /**
     * The window's command as the installed launcher runs it: this Java with the app's options ({@link
     * LauncherOptions}) and the archive, this class path, the marks asked for, a temporary cache.
     */
    static List<String> command(Path cache, boolean real, String classPath, Optional<Path> archive) {
        List<String> properties = new ArrayList<>(List.of("-D" + StartMarks.PROPERTY + "=exit",
                "-Dparallax.cache=" + cache));
        if (!real) {
            properties.addAll(HEADLESS_FX);
        }
        return Relaunch.appCommand(System.getProperty("java.home"), LauncherOptions.packed(), archive, properties,
                classPath, List.of());
    }

    /** One launch: the milliseconds from starting the process to each mark it prints, by this process's clock. */
    static Map<StartMarks.Mark, Timing> launch(List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.onExit().orTimeout(TIMEOUT_S, TimeUnit.SECONDS).exceptionally(late -> p.destroyForcibly()); // a hung window
        Map<StartMarks.Mark, Timing> marks = new EnumMap<>(StartMarks.Mark.class);
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (marks.size() < StartMarks.Mark.values().length && (line = lines.readLine()) != null) {
                long ms = (System.nanoTime() - started) / 1_000_000;
                StartMarks.Mark mark = markOf(line);
                if (mark != null) {
                    marks.put(mark, new Timing(ms, cpuOf(line)));
                } else if (output.size() < 40) {
                    output.add(line);
                }
            }
        } finally {
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (marks.size() < StartMarks.Mark.values().length) {
            throw new IOException("the window ended before drawing an event (exit " + p.exitValue() + "): "
                    + String.join(" | ", output));
        }
        return marks;
    }

    /** The mark a line of the window's output tells, or null. */
    static StartMarks.Mark markOf(String line) {
        if (!line.startsWith(StartMarks.PREFIX)) {
            return null;
        }
        for (StartMarks.Mark m : StartMarks.Mark.values()) {
            if (line.startsWith(StartMarks.PREFIX + m.key + "=")) {
                return m;
            }
        }
        return null;
    }

    /** The CPU milliseconds a mark line tells ({@code cpu_ms=N}), or -1. */
    static long cpuOf(String line) {
        int at = line.indexOf(CPU);
        if (at < 0) {
            return -1;
        }
        try {
            return Long.parseLong(line.substring(at + CPU.length()).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Per mark, the median wall and the median CPU time of the runs (each on its own). */
    private static Map<StartMarks.Mark, Timing> median(List<Map<StartMarks.Mark, Timing>> runs) {
        Map<StartMarks.Mark, Timing> m = new EnumMap<>(StartMarks.Mark.class);
        for (StartMarks.Mark mark : StartMarks.Mark.values()) {
            List<Long> wall = runs.stream().map(r -> r.get(mark).wallMs()).sorted().toList();
            List<Long> cpu = runs.stream().map(r -> r.get(mark).cpuMs()).sorted().toList();
            m.put(mark, new Timing(wall.get(wall.size() / 2), cpu.get(cpu.size() / 2)));
        }
        return m;
    }

    /** A mark's time: from the launch by this process's clock, and the CPU the window's process had used. */
    record Timing(long wallMs, long cpuMs) {
    }

}

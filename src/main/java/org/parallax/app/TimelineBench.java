package org.parallax.app;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Corpus;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;
import org.parallax.ui.concurrent.HeadlessFx;
import org.parallax.ui.timeline.TimelineBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench timeline [--model FILE] [--json]}: the timeline's full redraw and zoom step at 1600×900 for 1,000, 10,000
 * and 100,000 generated events, medians in milliseconds; with {@code --model}, for the events of a model JSON instead,
 * read as the window reads it, with the time it took, its size and the heap it holds. Runs on Monocle's headless
 * platform when there is no display.
 */
@CommandLine.Command(name = "timeline", sortOptions = false, description = "The timeline's full redraw and zoom step at "
        + "1600×900 for 1,000, 10,000 and 100,000 generated events, or for a model JSON's events (--model), medians "
        + "in milliseconds.")
final class TimelineBench implements Command {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final double MB = 1024 * 1024;

    @Mixin
    HelpOption help;

    @Option(names = "--model", paramLabel = "FILE", description = "a model JSON (what extract or the Spark job "
            + "writes): read it as the window does and draw its events instead of generated ones")
    Path model;

    @Option(names = "--json", description = "print one flat JSON object of the figures")
    boolean json;

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
        if (model != null) {
            return runModel(out);
        }
        List<TimelineBenchmark.Result> results = new ArrayList<>();
        try {
            for (int size : SIZES) {
                results.add(HeadlessFx.call(() -> TimelineBenchmark.run(size, WIDTH, HEIGHT)));
            }
        } catch (Exception e) {
            throw new CommandFailedException("the timeline could not be drawn: " + e, e);
        }
        if (json) {
            out.printf(Locale.ROOT, "{\"width\": %d, \"height\": %d, \"redraw_ms_1000\": %.3f, \"redraw_ms_10000\": %.3f, "
                    + "\"redraw_ms_100000\": %.3f, \"zoom_ms_10000\": %.3f, \"rendered_redraw_ms_10000\": %.3f, "
                    + "\"build_ms_100000\": %.1f}%n", WIDTH, HEIGHT, results.get(0).redrawMs(), results.get(1).redrawMs(),
                    results.get(2).redrawMs(), results.get(1).zoomMs(), results.get(1).renderedRedrawMs(),
                    results.get(2).buildMs());
        } else {
            printHeader(out);
            for (TimelineBenchmark.Result r : results) {
                out.printf(Locale.ROOT, "%9d %10.1f %12.3f %10.3f %14.3f%n", r.events(), r.buildMs(), r.redrawMs(),
                        r.zoomMs(), r.renderedRedrawMs());
            }
        }
        return Cli.OK;
    }

    private static void printHeader(PrintStream out) {
        out.printf(Locale.ROOT, "bench timeline: %d×%d, medians of 15 runs after warm-up (paint = FX-thread work of a "
                + "frame; rendered = paint + software rasterising)%n", WIDTH, HEIGHT);
        out.printf(Locale.ROOT, "%9s %10s %12s %10s %14s%n", "events", "build ms", "redraw ms", "zoom ms", "rendered ms");
    }

    /** The model's figures: reading it (as the window's pipeline reads a model file), then drawing its timeline. */
    private int runModel(PrintStream out) throws CommandFailedException {
        Loaded loaded = load(model);
        TimelineBenchmark.Result r;
        try {
            r = HeadlessFx.call(() -> TimelineBenchmark.run(loaded.corpus(), WIDTH, HEIGHT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("cannot draw the timeline of " + model + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new CommandFailedException("the timeline of " + model + " could not be drawn: " + e, e);
        }
        Corpus c = loaded.corpus();
        double fileMb = loaded.bytes() / MB;
        double heapMb = loaded.heap().retainedAboveBase() / MB;
        double peakMb = loaded.heap().peakAfterGcAboveBase() / MB;
        if (json) {
            out.printf(Locale.ROOT, "{\"model\": \"%s\", \"file_mb\": %.1f, \"articles\": %d, \"events\": %d, "
                    + "\"timeline_events\": %d, \"quotes\": %d, \"timexes\": %d, \"width\": %d, \"height\": %d, "
                    + "\"load_ms\": %d, \"heap_mb\": %.1f, \"load_peak_heap_mb\": %.1f, \"build_ms\": %.1f, "
                    + "\"redraw_ms\": %.3f, \"zoom_ms\": %.3f, \"rendered_redraw_ms\": %.3f}%n",
                    jsonText(model.toString()), fileMb, c.articles().size(), c.events().size(), r.events(),
                    c.quotes().size(), c.timexes().size(), WIDTH, HEIGHT, loaded.ms(), heapMb, peakMb, r.buildMs(),
                    r.redrawMs(), r.zoomMs(), r.renderedRedrawMs());
            return Cli.OK;
        }
        out.printf(Locale.ROOT, "model %s: %.1f MB, %d articles, %d events (%d on the timeline), %d quotes, %d timexes%n",
                model, fileMb, c.articles().size(), c.events().size(), r.events(), c.quotes().size(), c.timexes().size());
        out.printf(Locale.ROOT, "read in %d ms; heap %.0f MB held by the corpus (%.1f KB per article), %.0f MB at most "
                + "while reading%n", loaded.ms(), heapMb, heapMb * 1024 / Math.max(1, c.articles().size()), peakMb);
        printHeader(out);
        out.printf(Locale.ROOT, "%9d %10.1f %12.3f %10.3f %14.3f%n", r.events(), r.buildMs(), r.redrawMs(), r.zoomMs(),
                r.renderedRedrawMs());
        return Cli.OK;
    }

    private record Loaded(Corpus corpus, long ms, long bytes, HeapWatch.Figures heap) {
    }

    /** Reads {@code file} as the window opens a model file; a missing or broken one fails with its name and fault. */
    private static Loaded load(Path file) throws CommandFailedException {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailedException("no such model file: " + file);
        }
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            Corpus corpus = new ModelJson().read(file);
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new Loaded(corpus, ms, Files.size(file), heap.figures());
        } catch (ModelFormatException e) {
            throw new CommandFailedException("cannot read the model " + file + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException("no such model file: " + file, e);
        } catch (IOException e) {
            throw new CommandFailedException("cannot read the model " + file + ": " + e.getMessage(), e);
        }
    }

    private static String jsonText(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s));
    }
}

package org.parallax.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.ui.concurrent.HeadlessFx;
import org.parallax.ui.timeline.TimelineBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench timeline [--json]}: the timeline's full redraw and zoom step at 1600×900 for 1,000, 10,000 and
 * 100,000 generated events, medians in milliseconds. Runs on Monocle's headless platform when there is no display.
 */
@CommandLine.Command(name = "timeline", sortOptions = false, description = "The timeline's full redraw and zoom step at "
        + "1600×900 for 1,000, 10,000 and 100,000 generated events, medians in milliseconds.")
final class TimelineBench implements Command {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    private static final int[] SIZES = {1_000, 10_000, 100_000};

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "print one flat JSON object of the figures")
    boolean json;

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
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
            out.printf(Locale.ROOT, "bench timeline: %d×%d, medians of 15 runs after warm-up (paint = FX-thread work of a "
                    + "frame; rendered = paint + software rasterising)%n", WIDTH, HEIGHT);
            out.printf(Locale.ROOT, "%9s %10s %12s %10s %14s%n", "events", "build ms", "redraw ms", "zoom ms", "rendered ms");
            for (TimelineBenchmark.Result r : results) {
                out.printf(Locale.ROOT, "%9d %10.1f %12.3f %10.3f %14.3f%n", r.events(), r.buildMs(), r.redrawMs(),
                        r.zoomMs(), r.renderedRedrawMs());
            }
        }
        return Cli.OK;
    }
}

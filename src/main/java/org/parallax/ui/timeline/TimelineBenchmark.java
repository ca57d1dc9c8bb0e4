package org.parallax.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.FxChartCanvas;

/**
 * Times the timeline's drawing on generated events or on a model's corpus, for {@code parallax bench timeline}: a full
 * redraw (fit all, every lane) and a zoom step (zoom by {@link TimelineViewport#ZOOM_STEP} around the middle, then
 * redraw), each the median of several runs after a warm-up. "Paint" is the FX-thread work of a frame (laying out what is in view and
 * issuing the canvas commands, what the skin does per frame); "rendered" adds rasterising the canvas (a snapshot
 * with the software pipeline), an upper bound on what the render thread then does. Must run on the FX thread.
 */
public final class TimelineBenchmark {

    /** Medians in milliseconds; {@code events} is how many the timeline lays out. */
    public record Result(int events, int width, int height, double buildMs, double redrawMs, double zoomMs,
                         double renderedRedrawMs) {
    }

    static final int OUTLETS = 8;
    private static final int RUNS = 15;
    private static final int WARM_UP = 5;

    private TimelineBenchmark() {
    }

    public static Result run(int events, int width, int height) {
        requireFxThread();
        Generated g = generate(events, 42);
        long t0 = System.nanoTime();
        TimelineData data = TimelineData.build(g.events(), g.stories(), g.articles(), g.outlets(), LaneMode.OUTLET);
        return measure(data, (System.nanoTime() - t0) / 1e6, width, height);
    }

    /**
     * The same figures for a corpus (a model opened as the window opens it), its timeline laid out as the window lays
     * it out: every outlet, article and story the window's {@link TimelineFilter} shows with nothing hidden, the
     * events' quotes and their dates' modifiers ({@link TimelineChart#build}). Fails when nothing in it has a date.
     */
    public static Result run(Corpus corpus, int width, int height) {
        requireFxThread();
        TimelineFilter filter = new TimelineFilter();
        filter.setCorpus(corpus);
        long t0 = System.nanoTime();
        TimelineData data = TimelineChart.build(corpus.events(), filter.shownStories(), corpus.articles(),
                filter.shownOutlets(), TimelineFindings.of(corpus), filter.eventPredicate(), filter.articlePredicate(),
                LaneMode.OUTLET);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        if (data.anchorExtent().isEmpty()) {
            throw new IllegalArgumentException("nothing in it has a date: no event and no article");
        }
        return measure(data, buildMs, width, height);
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the timeline benchmark draws on a Canvas: run it on the FX thread");
        }
    }

    /** Times the redraw, the zoom step and the rendered redraw of {@code data}, fitted to the plot. */
    private static Result measure(TimelineData data, double buildMs, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        FxChartCanvas fx = new FxChartCanvas(canvas.getGraphicsContext2D());
        TimelinePainter painter = new TimelinePainter();
        double plot = width - TimelinePainter.GUTTER;
        DayRange extent = data.anchorExtent().orElseThrow().padded(0.5);
        TimeAxis fitted = new TimeAxis(data.collapsed(), 0, 1).fit(extent, plot, 48);
        TimelinePainter.State state = new TimelinePainter.State(data.size() / 2, -1, true);
        var colours = (java.util.function.Function<TimelineColour, javafx.scene.paint.Paint>) TimelineColour::light;

        double[] redraw = new double[RUNS];
        double[] zoom = new double[RUNS];
        double[] rendered = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long a = System.nanoTime();
            painter.paint(fx, width, height, data, fitted, state, colours);
            long b = System.nanoTime();
            TimeAxis zoomed = fitted.zoom(Math.pow(TimelineViewport.ZOOM_STEP, (i & 3) + 1), plot / 2);
            painter.paint(fx, width, height, data, zoomed, state, colours);
            long c = System.nanoTime();
            painter.paint(fx, width, height, data, fitted, state, colours);
            WritableImage image = canvas.snapshot(null, null);
            long d = System.nanoTime();
            if (i >= 0) {
                redraw[i] = (b - a) / 1e6;
                zoom[i] = (c - b) / 1e6;
                rendered[i] = (d - c) / 1e6;
            }
            if (image.getWidth() != width) {
                throw new IllegalStateException("snapshot has the wrong size");
            }
        }
        return new Result(data.size(), width, height, buildMs, median(redraw), median(zoom), median(rendered));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Generated input: stories of a few weeks spread over a decade, most events dated to the day. */
    record Generated(List<Event> events, List<Story> stories, List<Article> articles, List<Outlet> outlets) {
    }

    static Generated generate(int count, long seed) {
        Random random = new Random(seed);
        List<Outlet> outlets = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int o = 0; o < OUTLETS; o++) {
            Outlet outlet = Outlet.of("Outlet " + (char) ('A' + o));
            outlets.add(outlet);
            articles.add(new Article("a" + o, "a" + o + ".txt", outlet, "", LocalDate.of(2020, 1, 1),
                    DateSource.MANIFEST, "", "x", List.of()));
        }
        LocalDate base = LocalDate.of(2012, 1, 1);
        int storyCount = Math.max(2, Math.min(40, count / 200));
        List<Story> stories = new ArrayList<>();
        int[] storyStart = new int[storyCount];
        for (int s = 0; s < storyCount; s++) {
            storyStart[s] = random.nextInt(3650);
            LocalDate start = base.plusDays(storyStart[s]);
            stories.add(new Story("s" + s, "Story " + s, start.toString(), start.plusDays(21).toString()));
        }
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(storyCount);
            LocalDate day = base.plusDays(storyStart[s] + random.nextInt(22));
            String date = random.nextInt(20) == 0 ? day.toString().substring(0, 7) : day.toString();
            int reporters = 1 + random.nextInt(4);
            List<Span> mentions = new ArrayList<>(reporters);
            for (int r = 0; r < reporters; r++) {
                mentions.add(new Span("a" + random.nextInt(OUTLETS), 0, 1));
            }
            events.add(new Event("e" + i, "Generated event " + i + " in story " + s, date, "s" + s, mentions,
                    random.nextInt(25) == 0));
        }
        return new Generated(events, stories, articles, outlets);
    }
}

package org.parallax.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.parallax.model.Corpus;
import org.parallax.model.Outlet;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.timeline.EventMods;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * The timeline as an export draws it: the {@link TimelinePainter}'s frame with every lane (no scrolling, no
 * selection or focus), under a title and over a legend (marks, story eras, lanes) drawn through the same
 * {@link ChartCanvas}. "Everything" fits the whole extent at a width where neighbouring events stay apart, with empty
 * time collapsed into breaks or, when the request says so, to scale (wider, up to {@link #MAX_WIDTH}).
 */
public final class TimelinePicture extends FramedPicture<TimelinePicture.LegendItem> {

    static final double TITLE_BAND = TitleBand.HEIGHT;
    static final double LEGEND_ROW = 24;
    /** Distinct event dates at least this far apart in an "everything" export, so marks and labels can be read. */
    static final double MIN_EVENT_SPACING = 44;
    static final double MIN_WIDTH = 1200;
    static final double MAX_WIDTH = 12_000;
    static final double FIT_MARGIN = 48;
    /** Room right of the last event for its label (labels run right from their mark). */
    static final double LABEL_ROOM = 280;

    private final TimelineData data;
    private final TimeAxis axis;
    private final Function<TimelineColour, Paint> colours;
    private final double laneNames;
    private final TimelinePainter painter = new TimelinePainter();
    private List<TimelinePainter.Hit> lastHits = List.of();

    enum Swatch { REPORTED, BACKGROUND, CLUSTER, ROUGH, BREAK, EDGE, ERA, HEADING, NOTE }

    /** A legend item: a swatch (a heading or a note has none) and its text; a heading starts a row. */
    record LegendItem(Swatch swatch, String text, double width) implements Legend.Item {
        @Override
        public boolean startsRow() {
            return swatch == Swatch.HEADING;
        }
    }

    private TimelinePicture(TimelineData data, TimeAxis axis, double width, double chartHeight, double laneNames,
                            TitleBand title, Legend<LegendItem> legend, Function<TimelineColour, Paint> colours) {
        super(width, width, chartHeight, title, legend);
        this.data = data;
        this.axis = axis;
        this.laneNames = laneNames;
        this.colours = colours;
    }

    /** The timeline of {@code corpus} (already filtered) as {@code request} asks, in {@code colours}. */
    public static TimelinePicture of(Corpus corpus, ExportRequest request, Function<TimelineColour, Paint> colours) {
        List<Outlet> lanes = new ArrayList<>(corpus.outlets());
        if (corpus.articles().stream().anyMatch(a -> !a.outlet().isKnown())) {
            lanes.add(Outlet.UNKNOWN);
        }
        TimelineData data = TimelineData.build(corpus.events(), corpus.stories(), corpus.articles(), lanes,
                request.lanes(), EventMods.of(corpus.timexes()));
        double footer = data.undatedArticles().isEmpty() && data.undatedEvents().isEmpty() ? 0 : TimelinePainter.FOOTER;
        TimeAxis axis;
        double width;
        double height;
        double laneNames = TimelinePainter.GUTTER;
        if (request.extent() instanceof Extent.OnScreen screen) {
            axis = screen.axis();
            width = screen.width();
            height = screen.height();
            laneNames = screen.laneNames();
        } else {
            DayRange extent = data.anchorExtent().orElseGet(() -> emptyExtent(corpus, request.filter())).padded(0.5);
            CollapsedTime mapping = request.collapse() ? data.collapsed() : CollapsedTime.IDENTITY;
            double plot = everythingPlotWidth(data, extent, mapping);
            width = TimelinePainter.GUTTER + plot;
            axis = new TimeAxis(mapping, 0, 1).fit(extent, plot - LABEL_ROOM, FIT_MARGIN);
            height = TimelinePainter.laneTop(data.lanes().size()) + footer;
        }
        TitleBand title = TitleBand.of(request, defaultTitle(corpus, data), subtitle(corpus, data, request.filter()));
        Legend<LegendItem> legend = request.decorations()
                ? legend(data, request.lanes(), !axis.mapping().isIdentity(), width) : Legend.none();
        return new TimelinePicture(data, axis, width, height, laneNames, title, legend, colours);
    }

    /** Where an empty timeline's axis sits with nothing else to go by: 1 January 2000 (never today). */
    static final LocalDate EMPTY_AXIS_DAY = LocalDate.of(2000, 1, 1);
    /** How far an empty timeline's axis reaches either side of what it is based on. */
    static final double EMPTY_AXIS_PAD = 30;

    /**
     * The time an empty timeline shows, so the same input always gives the same chart: the filter's date range, else
     * the span of the articles' publication dates, else around {@link #EMPTY_AXIS_DAY}; never today.
     */
    static DayRange emptyExtent(Corpus corpus, ExportFilter filter) {
        if (filter.from() != null || filter.to() != null) {
            double lo = filter.from() != null ? filter.from().toEpochDay() : filter.to().toEpochDay() - 2 * EMPTY_AXIS_PAD;
            double hi = filter.to() != null ? filter.to().toEpochDay() + 1 : lo + 2 * EMPTY_AXIS_PAD;
            return new DayRange(lo, hi);
        }
        var days = corpus.articles().stream().map(a -> a.published()).filter(d -> d != null)
                .mapToDouble(LocalDate::toEpochDay).summaryStatistics();
        double lo = days.getCount() > 0 ? days.getMin() : EMPTY_AXIS_DAY.toEpochDay();
        double hi = days.getCount() > 0 ? days.getMax() + 1 : EMPTY_AXIS_DAY.toEpochDay() + 1;
        return new DayRange(lo - EMPTY_AXIS_PAD, hi + EMPTY_AXIS_PAD);
    }

    /**
     * A plot wide enough that the closest distinct event dates are {@link #MIN_EVENT_SPACING} apart (so they do not
     * merge into one cluster), at least {@link #MIN_WIDTH} wide in all, at most {@link #MAX_WIDTH}.
     */
    static double everythingPlotWidth(TimelineData data, DayRange extent) {
        return everythingPlotWidth(data, extent, data.collapsed());
    }

    /** As {@link #everythingPlotWidth(TimelineData, DayRange)} with time mapped by {@code mapping}. */
    static double everythingPlotWidth(TimelineData data, DayRange extent, CollapsedTime mapping) {
        double span = Math.max(mapping.toPosition(extent.end()) - mapping.toPosition(extent.start()), 1 / 24.0);
        double[] positions = Arrays.stream(data.anchors()).map(mapping::toPosition).sorted().toArray();
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < positions.length; i++) {
            double gap = positions[i] - positions[i - 1];
            if (gap > 0.25) { // same day: those cluster on screen too
                closest = Math.min(closest, gap);
            }
        }
        double scale = Double.isInfinite(closest) ? 0 : MIN_EVENT_SPACING / closest;
        double plot = span * scale + 2 * FIT_MARGIN + LABEL_ROOM;
        return Math.max(MIN_WIDTH - TimelinePainter.GUTTER, Math.min(MAX_WIDTH - TimelinePainter.GUTTER, plot));
    }

    private static String defaultTitle(Corpus corpus, TimelineData data) {
        int outlets = corpus.outletCount();
        if (data.size() == 0) {
            return "Timeline — no dated events";
        }
        return "Timeline — " + data.size() + (data.size() == 1 ? " event" : " events") + " reported by " + outlets
                + (outlets == 1 ? " outlet" : " outlets");
    }

    private static String subtitle(Corpus corpus, TimelineData data, ExportFilter filter) {
        List<String> parts = new ArrayList<>();
        if (data.size() > 0) {
            String first = TimelineData.dateText(data.event(0).date());
            String last = TimelineData.dateText(data.event(data.size() - 1).date());
            parts.add(first.equals(last) ? first : first + " – " + last);
        }
        return TitleBand.subtitle(parts, corpus, filter);
    }

    public TimelineData data() {
        return data;
    }

    public TimeAxis axis() {
        return axis;
    }

    /** The marks of the last {@link #paint}, in chart coordinates (below the title band). */
    public List<TimelinePainter.Hit> hits() {
        return lastHits;
    }

    /** The event label boxes of the last {@link #paint}. */
    public List<TimelinePainter.LabelBox> labels() {
        return painter.labels();
    }

    @Override
    Paint ink(Ink ink) {
        return colours.apply(switch (ink) {
            case BACKGROUND -> TimelineColour.BACKGROUND;
            case TEXT -> TimelineColour.TEXT;
            case MUTED -> TimelineColour.MUTED;
            case RULE -> TimelineColour.RULE;
        });
    }

    @Override
    int paintChart(ChartCanvas g) {
        lastHits = painter.paint(g, width(), chartHeight(), data, axis,
                new TimelinePainter.State(-1, -1, false, 0, laneNames, false), colours);
        return lastHits.size();
    }

    /**
     * Marks (reported, background, clusters, and when there are some, time left out and events off the axis), lanes
     * (what they are), and the story eras, each under a heading.
     */
    private static Legend<LegendItem> legend(TimelineData data, LaneMode laneMode, boolean breaks, double width) {
        List<LegendItem> items = new ArrayList<>();
        TextMeasure measure = new TextMeasure();
        items.add(legendItem(measure, Swatch.HEADING, "Marks"));
        items.add(legendItem(measure, Swatch.REPORTED, "event reported in the articles"));
        items.add(legendItem(measure, Swatch.BACKGROUND, "background (earlier events the articles recall)"));
        items.add(legendItem(measure, Swatch.CLUSTER, "events too close to draw apart (count)"));
        if (IntStream.range(0, data.size()).anyMatch(i -> data.mod(i) != null)) {
            items.add(legendItem(measure, Swatch.ROUGH, "a rough date (‘about’, ‘early in’, ‘late in’): "
                    + "a soft mark over the time it points to"));
        }
        if (breaks) {
            items.add(legendItem(measure, Swatch.BREAK, "time left out (how long, above it)"));
        }
        if (data.outliers().before() + data.outliers().after() > 0) {
            items.add(legendItem(measure, Swatch.EDGE, "events far from the rest, off the axis (their date)"));
        }
        items.add(legendItem(measure, Swatch.HEADING, "Lanes"));
        items.add(legendItem(measure, Swatch.NOTE, laneMode == LaneMode.STORY
                ? "one per story, with a mark for each of its events"
                : "one per outlet, with a mark where that outlet reported the event"));
        if (!data.eras().isEmpty()) {
            items.add(legendItem(measure, Swatch.HEADING, "Story eras"));
            for (TimelineData.Era era : data.eras()) {
                items.add(legendItem(measure, Swatch.ERA, era.story().label()));
            }
        }
        return Legend.flow(items, width, LEGEND_ROW, Legend.PAD);
    }

    private static LegendItem legendItem(TextMeasure measure, Swatch swatch, String text) {
        boolean heading = swatch == Swatch.HEADING;
        double width = (heading || swatch == Swatch.NOTE ? 0 : 22)
                + measure.width(text, heading ? ChartFonts.BOLD : ChartFonts.REGULAR) + 22;
        return new LegendItem(swatch, text, width);
    }

    @Override
    void paintLegendItem(ChartCanvas g, LegendItem item, double x, double y) {
        double textX = x + 22;
        switch (item.swatch()) {
            case HEADING, NOTE -> textX = x;
            case REPORTED -> {
                g.setFill(colours.apply(TimelineColour.MARK));
                g.fillOval(x + 3, y - 5, 10, 10);
            }
            case BACKGROUND -> {
                g.setFill(colours.apply(TimelineColour.BACKGROUND));
                g.fillOval(x + 3, y - 5, 10, 10);
                g.setStroke(colours.apply(TimelineColour.MARK_BACKGROUND));
                g.setLineWidth(2);
                g.strokeOval(x + 4, y - 4, 8, 8);
            }
            case CLUSTER -> {
                g.setFill(colours.apply(TimelineColour.CLUSTER));
                g.fillOval(x, y - 8, 16, 16);
                g.setFill(colours.apply(TimelineColour.MARK_TEXT));
                g.setFont(ChartFonts.SMALL);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText("3", x + 8, y + 0.5);
                g.setTextAlign(TextAlignment.LEFT);
            }
            case ROUGH -> {
                g.setFill(colours.apply(TimelineColour.MARK));
                g.setGlobalAlpha(0.24);
                g.fillRoundRect(x - 3, y - 5, 22, 10, 8, 8);
                g.setGlobalAlpha(0.3);
                g.fillOval(x + 1, y - 7, 14, 14);
                g.setGlobalAlpha(1);
                g.fillOval(x + 3, y - 5, 10, 10);
            }
            case BREAK -> {
                g.setFill(colours.apply(TimelineColour.BREAK));
                g.fillRect(x + 2, y - 8, 12, 16);
                g.setStroke(colours.apply(TimelineColour.MARK_BACKGROUND));
                g.setLineWidth(1.2);
                TimelinePainter.breakMarker(g, x + 8, y - 8, y + 8);
            }
            case EDGE -> {
                g.setFill(colours.apply(TimelineColour.MARK));
                g.setFont(ChartFonts.SMALL);
                g.fillText("→", x + 2, y);
            }
            case ERA -> {
                g.setFill(colours.apply(TimelineColour.ERA));
                g.fillRect(x, y - 7, 16, 14);
                g.setStroke(colours.apply(TimelineColour.ERA_TEXT));
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, y - 6.5, 15, 13);
            }
        }
        boolean heading = item.swatch() == Swatch.HEADING;
        g.setFont(heading ? ChartFonts.BOLD : ChartFonts.REGULAR);
        g.setFill(colours.apply(heading ? TimelineColour.TEXT : TimelineColour.MUTED));
        g.fillText(item.text(), textX, y);
    }
}

package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.timeline.scale.Clusters;
import org.parallax.chart.timeline.scale.Ticks;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * Draws one frame of the timeline on a {@link ChartCanvas} (a Canvas on screen, SVG in an export) and says where every
 * mark went, for hit tests. It holds no state between frames beyond a text measurer, so the skin, a benchmark or an
 * export can all use it. Only what is in view is laid out: events are found by binary search on their sorted anchors,
 * and marks closer than {@link #CLUSTER_GAP} pixels merge, so the cost follows the pixels, not the number of events.
 * The frame's parts: the gutter and lanes here, the time scale ({@link TimeScalePainter}), the events lane's flags
 * ({@link EventsLanePainter}) and the marks ({@link MarkPainter}).
 */
public final class TimelinePainter {

    /** Width of the lane-name column at the left. */
    public static final double GUTTER = 168;
    static final double CONTEXT_ROW = 20;
    static final double TICK_ROW = 22;
    static final double HEADER = CONTEXT_ROW + TICK_ROW;
    static final double ERA_ROW = 22;
    static final double LABEL_ROW = 21;
    static final int LABEL_ROWS = 3;
    static final double EVENTS_LANE = 12 + LABEL_ROWS * LABEL_ROW + 24;
    public static final double LANE = 30;
    public static final double FOOTER = 26;
    /** Marks nearer than this many pixels merge into a cluster. */
    public static final double CLUSTER_GAP = 18;
    static final double MIN_TICK_SPACING = 72;

    /** A drawn mark: events {@code members} at ({@code x}, {@code y}), in lane {@code lane} (-1: the events lane). */
    public record Hit(double x, double y, double radius, int lane, int[] members) {

        public boolean isCluster() {
            return members.length > 1;
        }
    }

    /** A drawn label box (a flag) of events {@code members}: clicking it selects them like their mark. */
    public record LabelBox(double x0, double y0, double x1, double y1, int[] members) {

        public boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    /** What is being shown besides the data: selection, keyboard focus. */
    public record State(int selected, int focusedLane, boolean focused, double laneScroll) {
        public static final State NONE = new State(-1, -1, false, 0);

        public State(int selected, int focusedLane, boolean focused) {
            this(selected, focusedLane, focused, 0);
        }
    }

    private final Font font = ChartFonts.REGULAR;
    private final Font small = ChartFonts.SMALL;
    private final Font bold = ChartFonts.BOLD;
    private final TextMeasure measure = new TextMeasure();
    private final TimeScalePainter timeScale = new TimeScalePainter(measure);
    private final MarkPainter marks = new MarkPainter();
    private final EventsLanePainter eventsLane = new EventsLanePainter(measure, marks);
    private List<LabelBox> labels = List.of();
    /** How far the lanes are scrolled up in the frame being drawn. */
    private double scroll;

    /** The label boxes of the last frame, in plot coordinates. */
    public List<LabelBox> labels() {
        return labels;
    }

    /** The y of lane {@code lane}'s top (-1: the events lane). */
    public static double laneTop(int lane) {
        double eventsTop = HEADER + ERA_ROW;
        return lane < 0 ? eventsTop : eventsTop + EVENTS_LANE + lane * LANE;
    }

    static double laneHeight(int lane) {
        return lane < 0 ? EVENTS_LANE : LANE;
    }

    /** The y of the marks in a lane. */
    public static double markY(int lane) {
        return lane < 0 ? laneTop(-1) + EVENTS_LANE - 14 : laneTop(lane) + LANE / 2;
    }

    /**
     * The lane under y when the lanes are scrolled up by {@code scroll} pixels: -1 the events lane, 0.. an outlet or
     * story lane, {@code Integer.MIN_VALUE} none.
     */
    public static int laneAt(double y, int laneCount, double scroll) {
        if (y < laneTop(-1)) {
            return Integer.MIN_VALUE;
        }
        if (y < laneTop(0)) {
            return -1;
        }
        int lane = (int) ((y + scroll - laneTop(0)) / LANE);
        return lane < laneCount ? lane : Integer.MIN_VALUE;
    }

    /** How far the lanes can scroll up in a chart {@code height} pixels high. */
    public static double maxLaneScroll(double height, int laneCount, boolean footer) {
        return Math.max(0, laneTop(laneCount) - (height - (footer ? FOOTER : 0)));
    }

    private double top(int lane) {
        return lane < 0 ? laneTop(lane) : laneTop(lane) - scroll;
    }

    private double mark(int lane) {
        return lane < 0 ? markY(lane) : markY(lane) - scroll;
    }

    private static void clip(ChartCanvas g, double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, Math.max(0, h));
        g.clip();
    }

    /** The lanes of the frame being drawn: how many, the first in view, and where they stop. */
    private record Lanes(int count, int first, double bottom) {
    }

    /** Draws a frame and returns the marks drawn. */
    public List<Hit> paint(ChartCanvas g, double width, double height, TimelineData data, TimeAxis axis,
                           State state, Function<TimelineColour, Paint> colours) {
        List<Hit> hits = new ArrayList<>();
        labels = new ArrayList<>();
        g.save();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setFill(colours.apply(TimelineColour.BACKGROUND));
        g.fillRect(0, 0, width, height);
        int laneCount = data.lanes().size();
        double lanesBottom = height - (hasFooter(data) ? FOOTER : 0);
        scroll = Math.max(0, Math.min(state.laneScroll(), maxLaneScroll(height, laneCount, hasFooter(data))));
        Lanes lanes = new Lanes(laneCount, Math.max(0, (int) (scroll / LANE)), lanesBottom);
        double bodyBottom = Math.min(lanesBottom, top(laneCount));
        paintLaneBackgrounds(g, width, lanes, state, colours);
        Ticks ticks = paintPlot(g, width, height, bodyBottom, lanes, data, axis, state, colours, hits);
        paintGutter(g, width, bodyBottom, lanes, data, ticks, colours);
        if (hasFooter(data)) {
            paintFooter(g, data, width, height, colours);
        }
        if (data.size() == 0) {
            g.setFont(font);
            g.setFill(colours.apply(TimelineColour.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("No dated events to show", GUTTER + (width - GUTTER) / 2, laneTop(-1) + EVENTS_LANE / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
        if (state.focused()) {
            g.setStroke(colours.apply(TimelineColour.FOCUS));
            g.setLineWidth(2);
            g.strokeRect(1, 1, width - 2, height - 2);
        }
        g.restore();
        return hits;
    }

    /** Every other lane shaded; the focused lane highlighted. */
    private void paintLaneBackgrounds(ChartCanvas g, double width, Lanes lanes, State state,
                                      Function<TimelineColour, Paint> colours) {
        clip(g, 0, laneTop(0), width, lanes.bottom() - laneTop(0));
        for (int lane = lanes.first(); lane < lanes.count() && top(lane) < lanes.bottom(); lane++) {
            if (lane % 2 == 0) {
                g.setFill(colours.apply(TimelineColour.LANE_ALT));
                g.fillRect(0, top(lane), width, LANE);
            }
        }
        g.restore();
        if (state.focused() && state.focusedLane() >= -1) {
            g.setFill(colours.apply(TimelineColour.SELECTION));
            g.setGlobalAlpha(0.25);
            double focusTop = Math.max(top(state.focusedLane()), state.focusedLane() < 0 ? 0 : laneTop(0));
            g.fillRect(0, focusTop, width, top(state.focusedLane()) + laneHeight(state.focusedLane()) - focusTop);
            g.setGlobalAlpha(1);
        }
    }

    /** The plot right of the gutter: time scale, eras, header, the events lane and the lanes' marks. */
    private Ticks paintPlot(ChartCanvas g, double width, double height, double bodyBottom, Lanes lanes,
                            TimelineData data, TimeAxis axis, State state, Function<TimelineColour, Paint> colours,
                            List<Hit> hits) {
        double plotWidth = width - GUTTER;
        g.save();
        g.beginPath();
        g.rect(GUTTER, 0, plotWidth, height);
        g.clip();
        g.translate(GUTTER, 0);
        timeScale.paintBreaks(g, axis, plotWidth, bodyBottom, colours);
        Ticks ticks = Ticks.of(axis, plotWidth, MIN_TICK_SPACING);
        timeScale.paintGrid(g, ticks, bodyBottom, colours);
        paintEras(g, data, axis, plotWidth, bodyBottom, colours);
        timeScale.paintHeader(g, ticks, axis, plotWidth, data, colours);
        int from = Math.max(0, data.firstAtOrAfter(axis.toDay(-40)));
        int to = data.firstAtOrAfter(axis.toDay(plotWidth + 40));
        double[] xs = new double[to - from]; // every visible anchor mapped once, shared by all lanes
        for (int i = from; i < to; i++) {
            xs[i - from] = axis.toPixel(data.anchor(i));
        }
        eventsLane.paint(g, data, axis, plotWidth, from, to, xs, state, colours, hits, labels);
        clip(g, 0, laneTop(0), plotWidth, lanes.bottom() - laneTop(0));
        for (int lane = lanes.first(); lane < lanes.count() && top(lane) < lanes.bottom(); lane++) {
            paintLane(g, data, lane, from, to, xs, state, colours, hits);
        }
        g.restore();
        g.restore();
        return ticks;
    }

    /** The lane-name column: "Events" and its count, the zoom, each lane's name and count, and the rules. */
    private void paintGutter(ChartCanvas g, double width, double bodyBottom, Lanes lanes, TimelineData data,
                             Ticks ticks, Function<TimelineColour, Paint> colours) {
        g.setFill(colours.apply(TimelineColour.BACKGROUND));
        g.fillRect(0, 0, GUTTER, laneTop(-1));
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(GUTTER - 0.5, 0, GUTTER - 0.5, bodyBottom);
        g.strokeLine(0, HEADER - 0.5, width, HEADER - 0.5);
        g.setFont(bold);
        g.setFill(colours.apply(TimelineColour.TEXT));
        g.fillText("Events", 12, markY(-1));
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        g.fillText(data.size() + (data.size() == 1 ? " event" : " events"), 12, markY(-1) - 18);
        g.fillText("Zoom: " + ticks.unit().description(), 12, CONTEXT_ROW + TICK_ROW / 2);
        clip(g, 0, laneTop(0), GUTTER, lanes.bottom() - laneTop(0));
        for (int lane = lanes.first(); lane < lanes.count() && top(lane) < lanes.bottom(); lane++) {
            TimelineData.Lane l = data.lanes().get(lane);
            g.setFont(font);
            g.setFill(colours.apply(TimelineColour.TEXT));
            g.fillText(measure.fitOrEmpty(l.label(), font, GUTTER - 52), 12, mark(lane));
            g.setFont(small);
            g.setFill(colours.apply(TimelineColour.MUTED));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Integer.toString(l.events().length), GUTTER - 10, mark(lane));
            g.setTextAlign(TextAlignment.LEFT);
        }
        g.restore();
        if (scroll > 0) { // lanes run on above: a soft edge under the events lane says so
            g.setFill(colours.apply(TimelineColour.RULE));
            g.fillRect(0, laneTop(0), width, 2);
        }
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(0, laneTop(0) - 0.5, width, laneTop(0) - 0.5);
    }

    private static boolean hasFooter(TimelineData data) {
        return !data.undatedArticles().isEmpty() || !data.undatedEvents().isEmpty();
    }

    private void paintEras(ChartCanvas g, TimelineData data, TimeAxis axis, double plotWidth, double bottom,
                           Function<TimelineColour, Paint> colours) {
        double top = HEADER;
        double labelEnd = Double.NEGATIVE_INFINITY;
        List<TimelineData.Era> eras = data.eras();
        for (int k = 0; k < eras.size(); k++) {
            TimelineData.Era era = eras.get(k);
            double x0 = axis.toPixel(era.range().start());
            double x1 = axis.toPixel(era.range().end());
            if (x1 < 0 || x0 > plotWidth) {
                continue;
            }
            g.setFill(colours.apply(TimelineColour.ERA));
            g.fillRect(x0, top, Math.max(2, x1 - x0), bottom - top);
            g.setStroke(colours.apply(TimelineColour.ERA_TEXT));
            g.setGlobalAlpha(0.45);
            g.setLineWidth(1);
            g.strokeLine(Math.round(x0) + 0.5, top, Math.round(x0) + 0.5, bottom);
            g.strokeLine(Math.round(x1) - 0.5, top, Math.round(x1) - 0.5, bottom);
            g.setGlobalAlpha(1);
            g.setFill(colours.apply(TimelineColour.ERA_TEXT));
            g.setFont(bold);
            double x = Math.max(Math.max(x0 + 6, 6), labelEnd + 10);
            double limit = k + 1 < eras.size() ? axis.toPixel(eras.get(k + 1).range().start()) - 6 : plotWidth;
            String label = eraLabel(era.story().label(), limit - x);
            if (!label.isEmpty()) {
                g.fillText(label, x, top + ERA_ROW / 2 + 1);
                labelEnd = x + measure.width(label, bold);
            }
        }
    }

    /** An event's label as its flag shows it (shortened before a phrase when long). */
    public static String flagText(String label) {
        return EventsLanePainter.truncate(label, EventsLanePainter.MAX_LABEL_CHARS);
    }

    /**
     * A story's label in {@code room} pixels: whole, else without its month (the axis gives it), else its place alone
     * ("Moscow" of "Assad in Moscow, October 2015"), else shortened.
     */
    private String eraLabel(String label, double room) {
        int comma = label.lastIndexOf(", ");
        String head = comma > 0 ? label.substring(0, comma) : label;
        int in = head.indexOf(" in ");
        for (String s : new String[] {label, head, in > 0 ? head.substring(in + 4) : head}) {
            if (measure.width(s, bold) <= room) {
                return s;
            }
        }
        return measure.fitOrEmpty(head, bold, room);
    }

    private void paintLane(ChartCanvas g, TimelineData data, int lane, int from, int to, double[] allXs,
                           State state, Function<TimelineColour, Paint> colours, List<Hit> hits) {
        int[] events = data.lanes().get(lane).events();
        int a = lowerBound(events, from);
        int b = lowerBound(events, to);
        double[] xs = new double[b - a];
        for (int i = a; i < b; i++) {
            xs[i - a] = allXs[events[i] - from];
        }
        double y = mark(lane);
        for (Clusters.Cluster cl : Clusters.of(xs, CLUSTER_GAP)) {
            int[] members = Arrays.copyOfRange(events, a + cl.from(), a + cl.to());
            boolean selected = contains(members, state.selected());
            marks.paint(g, data, cl.x(), y, members, selected, state, colours, false);
            hits.add(new Hit(cl.x(), y, MarkPainter.radius(members.length), lane, members));
        }
    }

    private void paintFooter(ChartCanvas g, TimelineData data, double width, double height,
                             Function<TimelineColour, Paint> colours) {
        double top = height - FOOTER;
        g.setFill(colours.apply(TimelineColour.LANE_ALT));
        g.fillRect(0, top, width, FOOTER);
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(0, top + 0.5, width, top + 0.5);
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        StringBuilder text = new StringBuilder("Not placed: ");
        if (!data.undatedArticles().isEmpty()) {
            int n = data.undatedArticles().size();
            text.append(n).append(n == 1 ? " undated article (" : " undated articles (");
            text.append(String.join(", ", data.undatedArticles().stream().map(a -> a.outlet().displayName())
                    .distinct().toList())).append(')');
        }
        if (!data.undatedEvents().isEmpty()) {
            int n = data.undatedEvents().size();
            text.append(data.undatedArticles().isEmpty() ? "" : " · ").append(n)
                    .append(n == 1 ? " undated event" : " undated events");
        }
        g.fillText(text.toString(), 12, top + FOOTER / 2);
    }

    private static boolean contains(int[] sorted, int value) {
        return value >= 0 && Arrays.binarySearch(sorted, value) >= 0;
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}

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
 * mark and label went, for hit tests. It holds no state between frames beyond a text measurer, so the skin, a
 * benchmark or an export can all use it. Only what is in view is laid out: events are found by binary search on their
 * sorted anchors, and marks closer than {@link #CLUSTER_GAP} pixels merge, so the cost follows the pixels, not the
 * number of events. The frame's parts: where they go ({@link TimelineGeometry}, filling the height it is given), the
 * lane-name column ({@link GutterPainter}), the time scale ({@link TimeScalePainter}), the events lane's flags
 * ({@link EventsLanePainter}) and the marks ({@link MarkPainter}).
 */
public final class TimelinePainter {

    /** Width of the lane-name column at the left unless the user drags it. */
    public static final double GUTTER = TimelineGeometry.DEFAULT_GUTTER;
    /** A lane's height in the compact frame. */
    public static final double LANE = TimelineGeometry.MIN_LANE;
    public static final double FOOTER = TimelineGeometry.FOOTER;
    /** Marks nearer than this many pixels merge into a cluster. */
    public static final double CLUSTER_GAP = 18;
    static final double MIN_TICK_SPACING = 72;

    /**
     * A drawn mark: events {@code members} at ({@code x}, {@code y}), in lane {@code lane} (-1: the events lane);
     * {@code offAxis} for the marker at the edge that stands for outliers beyond it.
     */
    public record Hit(double x, double y, double radius, int lane, int[] members, boolean offAxis) {

        public Hit(double x, double y, double radius, int lane, int[] members) {
            this(x, y, radius, lane, members, false);
        }

        public boolean isCluster() {
            return members.length > 1;
        }
    }

    /**
     * A drawn label box (a flag) of events {@code members}: clicking it selects them like their mark. It says
     * {@code lines}, and its leader runs up at {@code leaderX} from the mark's centre at {@code leaderFromY} to the
     * box's bottom at {@code leaderToY}.
     */
    public record LabelBox(double x0, double y0, double x1, double y1, int[] members, String[] lines, double leaderX,
                           double leaderFromY, double leaderToY) {

        /** The label's text, its lines joined by spaces. */
        public String text() {
            return String.join(" ", lines);
        }

        public boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }

        public boolean overlaps(LabelBox o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    /**
     * What is being shown besides the data: selection, keyboard focus, how far the lanes are scrolled, how wide the
     * lane-name column is, and whether the frame is for the window ({@code onScreen}: it carries its own key to the
     * marks and a grip on the column's edge; an export prints a legend under the chart instead).
     */
    public record State(int selected, int focusedLane, boolean focused, double laneScroll, double gutter,
                        boolean onScreen) {
        public static final State NONE = new State(-1, -1, false, 0, GUTTER, false);

        public State(int selected, int focusedLane, boolean focused, double laneScroll) {
            this(selected, focusedLane, focused, laneScroll, GUTTER, true);
        }

        public State(int selected, int focusedLane, boolean focused) {
            this(selected, focusedLane, focused, 0);
        }
    }

    private final Font bold = ChartFonts.BOLD;
    private final TextMeasure measure = new TextMeasure();
    private final TimeScalePainter timeScale = new TimeScalePainter(measure);
    private final MarkPainter marks = new MarkPainter();
    private final GutterPainter gutter = new GutterPainter(measure);
    private final EventsLanePainter eventsLane = new EventsLanePainter(new FlagTexts(measure), marks,
            new EdgeMarkers(measure));
    private List<LabelBox> labels = List.of();
    private TimelineGeometry geometry = TimelineGeometry.COMPACT;
    /** How far the lanes are scrolled up in the frame being drawn. */
    private double scroll;

    /** The label boxes of the last frame, in plot coordinates. */
    public List<LabelBox> labels() {
        return labels;
    }

    /** Where the parts of the last frame went. */
    public TimelineGeometry geometry() {
        return geometry;
    }

    /** The y of lane {@code lane}'s top (-1: the events lane) in the compact frame. */
    public static double laneTop(int lane) {
        return TimelineGeometry.COMPACT.laneTop(lane);
    }

    /** The y of the marks in a lane, in the compact frame. */
    public static double markY(int lane) {
        return TimelineGeometry.COMPACT.markY(lane);
    }

    /** The geometry of a frame {@code height} pixels high showing {@code data} with the state's column width. */
    public static TimelineGeometry geometry(double height, TimelineData data, double gutterWidth) {
        return TimelineGeometry.filling(height, data.lanes().size(), hasFooter(data), gutterWidth);
    }

    private double top(int lane) {
        return lane < 0 ? geometry.laneTop(lane) : geometry.laneTop(lane) - scroll;
    }

    private double mark(int lane) {
        return lane < 0 ? geometry.markY(lane) : geometry.markY(lane) - scroll;
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
        geometry = geometry(height, data, state.gutter());
        g.save();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setFill(colours.apply(TimelineColour.BACKGROUND));
        g.fillRect(0, 0, width, height);
        int laneCount = data.lanes().size();
        double lanesBottom = height - (hasFooter(data) ? FOOTER : 0);
        scroll = Math.max(0, Math.min(state.laneScroll(), geometry.maxLaneScroll(height, laneCount, hasFooter(data))));
        Lanes lanes = new Lanes(laneCount, Math.max(0, (int) (scroll / geometry.lane())), lanesBottom);
        double bodyBottom = Math.min(lanesBottom, top(laneCount));
        paintLaneBackgrounds(g, width, lanes, state, colours);
        Ticks ticks = paintPlot(g, width, height, bodyBottom, lanes, data, axis, state, colours, hits);
        paintGutter(g, width, bodyBottom, lanes, data, ticks, state.onScreen(), state.onScreen()
                ? GutterPainter.keys(data, !axis.mapping().isIdentity()) : List.of(), colours);
        if (hasFooter(data)) {
            gutter.paintFooter(g, data, width, height, colours);
        }
        if (data.size() == 0) {
            g.setFont(ChartFonts.REGULAR);
            g.setFill(colours.apply(TimelineColour.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            double gw = geometry.gutter();
            g.fillText("No dated events to show", gw + (width - gw) / 2, geometry.laneTop(-1) + geometry.eventsLane() / 2);
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
        clip(g, 0, geometry.laneTop(0), width, lanes.bottom() - geometry.laneTop(0));
        for (int lane = lanes.first(); lane < lanes.count() && top(lane) < lanes.bottom(); lane++) {
            if (lane % 2 == 0) {
                g.setFill(colours.apply(TimelineColour.LANE_ALT));
                g.fillRect(0, top(lane), width, geometry.lane());
            }
        }
        g.restore();
        if (state.focused() && state.focusedLane() >= -1) {
            g.setFill(colours.apply(TimelineColour.SELECTION));
            g.setGlobalAlpha(0.25);
            int focused = state.focusedLane();
            double focusTop = Math.max(top(focused), focused < 0 ? 0 : geometry.laneTop(0));
            g.fillRect(0, focusTop, width, top(focused) + geometry.laneHeight(focused) - focusTop);
            g.setGlobalAlpha(1);
        }
    }

    /** The plot right of the gutter: time scale, eras, header, the events lane and the lanes' marks. */
    private Ticks paintPlot(ChartCanvas g, double width, double height, double bodyBottom, Lanes lanes,
                            TimelineData data, TimeAxis axis, State state, Function<TimelineColour, Paint> colours,
                            List<Hit> hits) {
        double plotWidth = width - geometry.gutter();
        g.save();
        g.beginPath();
        g.rect(geometry.gutter(), 0, plotWidth, height);
        g.clip();
        g.translate(geometry.gutter(), 0);
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
        eventsLane.paint(g, data, axis, plotWidth, from, to, xs, state, geometry, colours, hits, labels);
        clip(g, 0, geometry.laneTop(0), plotWidth, lanes.bottom() - geometry.laneTop(0));
        for (int lane = lanes.first(); lane < lanes.count() && top(lane) < lanes.bottom(); lane++) {
            paintLane(g, data, lane, from, to, xs, state, colours, hits);
        }
        g.restore();
        g.restore();
        return ticks;
    }

    /** The lane-name column: its head, each lane's name and count, its draggable edge, and the rules. */
    private void paintGutter(ChartCanvas g, double width, double bodyBottom, Lanes lanes, TimelineData data,
                             Ticks ticks, boolean grip, List<GutterPainter.Key> key,
                             Function<TimelineColour, Paint> colours) {
        gutter.paintHead(g, geometry, data, ticks, key, colours);
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(0, TimelineGeometry.HEADER - 0.5, width, TimelineGeometry.HEADER - 0.5);
        double lanesTop = geometry.laneTop(0);
        clip(g, 0, lanesTop, geometry.gutter(), lanes.bottom() - lanesTop);
        for (int lane = lanes.first(); lane < lanes.count() && top(lane) < lanes.bottom(); lane++) {
            gutter.paintLaneName(g, geometry, data.lanes().get(lane), mark(lane), colours);
        }
        g.restore();
        gutter.paintEdge(g, geometry, bodyBottom, grip, colours);
        if (scroll > 0) { // lanes run on above: a soft edge under the events lane says so
            g.setFill(colours.apply(TimelineColour.RULE));
            g.fillRect(0, lanesTop, width, 2);
        }
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(0, lanesTop - 0.5, width, lanesTop - 0.5);
    }

    static boolean hasFooter(TimelineData data) {
        return !data.undatedArticles().isEmpty() || !data.undatedEvents().isEmpty();
    }

    private void paintEras(ChartCanvas g, TimelineData data, TimeAxis axis, double plotWidth, double bottom,
                           Function<TimelineColour, Paint> colours) {
        double top = TimelineGeometry.HEADER;
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
                g.fillText(label, x, top + TimelineGeometry.ERA_ROW / 2 + 1);
                labelEnd = x + measure.width(label, bold);
            }
        }
    }

    /** The marker of a collapsed stretch of time (a zigzag down from {@code top} to {@code bottom}), for legends. */
    public static void breakMarker(ChartCanvas g, double x, double top, double bottom) {
        TimeScalePainter.zigzag(g, x, top, bottom);
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

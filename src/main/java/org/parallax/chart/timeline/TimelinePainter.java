package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import org.parallax.chart.ChartCanvas;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.Clusters;
import org.parallax.chart.timeline.scale.LaneLayout;
import org.parallax.chart.timeline.scale.Tick;
import org.parallax.chart.timeline.scale.Ticks;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * Draws one frame of the timeline on a {@link ChartCanvas} (a Canvas on screen, SVG in an export) and says where every mark went, for hit tests. It
 * holds no state between frames beyond a text measurer, so the skin, a benchmark or an export can all use it. Only
 * what is in view is laid out: events are found by binary search on their sorted anchors, and marks closer than
 * {@link #CLUSTER_GAP} pixels merge, so the cost follows the pixels, not the number of events.
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
    private static final double MARK_R = 5;
    private static final int MAX_LABEL_CHARS = 46;

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

    private final Font font = Font.font(Font.getDefault().getFamily(), 12);
    private final Font small = Font.font(Font.getDefault().getFamily(), 11);
    private final Font tiny = Font.font(Font.getDefault().getFamily(), 9);
    private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private final Font laneFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private final Text measurer = new Text();
    private List<LabelBox> labels = List.of();

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

    private double scroll;

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
        double bodyBottom = Math.min(lanesBottom, top(laneCount));
        double plotWidth = width - GUTTER;
        int firstLane = Math.max(0, (int) (scroll / LANE));

        // lane backgrounds and rules
        clip(g, 0, laneTop(0), width, lanesBottom - laneTop(0));
        for (int lane = firstLane; lane < laneCount && top(lane) < lanesBottom; lane++) {
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

        g.save();
        g.beginPath();
        g.rect(GUTTER, 0, plotWidth, height);
        g.clip();
        g.translate(GUTTER, 0);
        paintBreaks(g, axis, plotWidth, bodyBottom, colours);
        Ticks ticks = Ticks.of(axis, plotWidth, MIN_TICK_SPACING);
        paintGrid(g, ticks, bodyBottom, colours);
        paintEras(g, data, axis, plotWidth, bodyBottom, colours);
        paintHeader(g, ticks, axis, plotWidth, data, colours);
        int from = Math.max(0, data.firstAtOrAfter(axis.toDay(-40)));
        int to = data.firstAtOrAfter(axis.toDay(plotWidth + 40));
        double[] xs = new double[to - from]; // every visible anchor mapped once, shared by all lanes
        for (int i = from; i < to; i++) {
            xs[i - from] = axis.toPixel(data.anchor(i));
        }
        paintEventsLane(g, data, axis, plotWidth, from, to, xs, state, colours, hits);
        clip(g, 0, laneTop(0), plotWidth, lanesBottom - laneTop(0));
        for (int lane = firstLane; lane < laneCount && top(lane) < lanesBottom; lane++) {
            paintLane(g, data, lane, from, to, xs, state, colours, hits);
        }
        g.restore();
        g.restore();

        // gutter: lane names over their backgrounds
        g.setFill(colours.apply(TimelineColour.BACKGROUND));
        g.fillRect(0, 0, GUTTER, laneTop(-1));
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(GUTTER - 0.5, 0, GUTTER - 0.5, bodyBottom);
        g.strokeLine(0, HEADER - 0.5, width, HEADER - 0.5);
        g.setFont(laneFont);
        g.setFill(colours.apply(TimelineColour.TEXT));
        g.fillText("Events", 12, markY(-1));
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        g.fillText(data.size() + (data.size() == 1 ? " event" : " events"), 12, markY(-1) - 18);
        g.fillText("Zoom: " + ticks.unit().description(), 12, CONTEXT_ROW + TICK_ROW / 2);
        clip(g, 0, laneTop(0), GUTTER, lanesBottom - laneTop(0));
        for (int lane = firstLane; lane < laneCount && top(lane) < lanesBottom; lane++) {
            TimelineData.Lane l = data.lanes().get(lane);
            g.setFont(font);
            g.setFill(colours.apply(TimelineColour.TEXT));
            g.fillText(fit(l.label(), font, GUTTER - 52), 12, mark(lane));
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

        if (hasFooter(data)) {
            paintFooter(g, data, width, height, colours);
        }
        if (data.size() == 0) {
            g.setFont(font);
            g.setFill(colours.apply(TimelineColour.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("No dated events to show", GUTTER + plotWidth / 2, laneTop(-1) + EVENTS_LANE / 2);
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

    private static boolean hasFooter(TimelineData data) {
        return !data.undatedArticles().isEmpty() || !data.undatedEvents().isEmpty();
    }

    private void paintBreaks(ChartCanvas g, TimeAxis axis, double plotWidth, double bottom,
                             Function<TimelineColour, Paint> colours) {
        CollapsedTime mapping = axis.mapping();
        for (CollapsedTime.Break b : mapping.breaks()) {
            double x0 = (b.startPos() - axis.origin()) * axis.scale();
            double x1 = (b.endPos() - axis.origin()) * axis.scale();
            if (x1 < 0 || x0 > plotWidth) {
                continue;
            }
            g.setFill(colours.apply(TimelineColour.BREAK));
            g.fillRect(x0, 0, x1 - x0, bottom);
            g.setStroke(colours.apply(TimelineColour.RULE));
            g.setLineWidth(1.2);
            zigzag(g, x0 + 2, bottom);
            zigzag(g, x1 - 2, bottom);
            String gap = gapText(b.endDay() - b.startDay());
            g.setFont(small);
            g.setFill(colours.apply(TimelineColour.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            if (textWidth(gap, small) < x1 - x0 - 6) {
                g.fillText(gap, (x0 + x1) / 2, CONTEXT_ROW + TICK_ROW / 2);
            }
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private static void zigzag(ChartCanvas g, double x, double bottom) {
        g.beginPath();
        g.moveTo(x, 0);
        boolean left = true;
        for (double y = 6; y < bottom; y += 6) {
            g.lineTo(x + (left ? -2.5 : 2.5), y);
            left = !left;
        }
        g.stroke();
    }

    /** "26 years", "7 months", "19 days": how much time a break leaves out. */
    static String gapText(double days) {
        if (days >= 730) {
            return Math.round(days / 365.25) + " yrs";
        }
        if (days >= 60) {
            return Math.round(days / 30.44) + " mo";
        }
        return Math.round(days) + " d";
    }

    private void paintGrid(ChartCanvas g, Ticks ticks, double bottom, Function<TimelineColour, Paint> colours) {
        g.setStroke(colours.apply(TimelineColour.GRID));
        g.setLineWidth(1);
        for (Tick t : ticks.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            g.setGlobalAlpha(t.major() ? 1 : 0.55);
            g.strokeLine(x, CONTEXT_ROW, x, bottom);
        }
        g.setGlobalAlpha(1);
    }

    private void paintHeader(ChartCanvas g, Ticks ticks, TimeAxis axis, double plotWidth, TimelineData data,
                             Function<TimelineColour, Paint> colours) {
        g.setFill(colours.apply(TimelineColour.MUTED));
        g.setFont(small);
        List<CollapsedTime.Break> breaks = axis.mapping().breaks();
        double[] breakX0 = new double[breaks.size()];
        double[] breakX1 = new double[breaks.size()];
        for (int i = 0; i < breaks.size(); i++) {
            breakX0[i] = (breaks.get(i).startPos() - axis.origin()) * axis.scale();
            breakX1[i] = (breaks.get(i).endPos() - axis.origin()) * axis.scale();
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks.ticks()) {
            double w = textWidth(t.label(), small);
            if (t.x() + 4 > lastEnd + 6 && !crosses(t.x() + 4, t.x() + 4 + w, breakX0, breakX1)) {
                g.fillText(t.label(), t.x() + 4, CONTEXT_ROW + TICK_ROW / 2);
                lastEnd = t.x() + 4 + w;
            }
        }
        g.setFill(colours.apply(TimelineColour.TEXT));
        g.setFont(bold);
        List<Tick> contexts = ticks.contexts();
        lastEnd = Double.NEGATIVE_INFINITY;
        String lastLabel = "";
        for (int i = 0; i < contexts.size(); i++) {
            Tick t = contexts.get(i);
            double x = Math.max(4, t.x() + 4);
            double w = textWidth(t.label(), bold);
            double next = i + 1 < contexts.size() ? contexts.get(i + 1).x() : Double.POSITIVE_INFINITY;
            double limit = Math.min(next, plotWidth - 2); // never cut at the right edge
            String label = t.label();
            String vague = vagueIsland(data, axis, t, breakX0, breakX1, plotWidth);
            if (vague != null) {
                label = vague;
                w = textWidth(label, bold);
            }
            if (x + w >= limit && vague == null) { // "October 2015" does not fit before the next one: "2015" may
                String year = Integer.toString(java.time.LocalDate.ofEpochDay((long) Math.floor(t.day())).getYear());
                String nextLabel = i + 1 < contexts.size() ? contexts.get(i + 1).label() : "";
                if (lastLabel.endsWith(year) || nextLabel.endsWith(year) && next < plotWidth) {
                    continue; // a neighbour already names the year: "2015" before "October 2015" says nothing
                }
                label = year;
                w = textWidth(label, bold);
            }
            if (x > lastEnd + 8 && x + w < limit && !label.equals(lastLabel)) {
                g.fillText(label, x, CONTEXT_ROW / 2 + 2);
                lastEnd = x + w;
                lastLabel = label;
            }
        }
    }

    /** Islands narrower than this many days are a sliver around one anchor, not a stretch of time. */
    private static final double SLIVER_DAYS = 7;

    /**
     * The context label of a sliver island (a few days kept between breaks) that holds only vague events (a year,
     * a decade): their own date ("the 1980s"), since the island's month ("January 1985", the middle of a decade)
     * would pretend a precision nobody gave. Null when the island is wider or holds a precise event.
     */
    private static String vagueIsland(TimelineData data, TimeAxis axis, Tick t, double[] breakX0, double[] breakX1,
                                      double plotWidth) {
        double from = 0; // the whole island the tick stands in: from the break before it to the break after it
        double to = plotWidth;
        for (double b : breakX1) {
            if (b <= t.x() + 0.5 && b > from) {
                from = b;
            }
        }
        for (double b : breakX0) {
            if (b > t.x() + 0.5 && b < to) {
                to = b;
            }
        }
        if ((to - from) / axis.scale() > SLIVER_DAYS || to <= from) {
            return null;
        }
        double dayFrom = axis.toDay(from);
        double dayTo = axis.toDay(to);
        String label = null;
        for (int i = data.firstAtOrAfter(dayFrom); i < data.size() && data.anchor(i) < dayTo; i++) {
            org.parallax.model.TimePrecision p = data.event(i).precision();
            boolean coarse = switch (p) {
                case CENTURY, DECADE, YEAR, HALF_YEAR, QUARTER, SEASON -> true;
                default -> false;
            };
            if (!coarse) {
                return null;
            }
            if (label == null) {
                label = TimelineData.dateText(data.event(i).date());
            }
        }
        return label;
    }

    private static boolean crosses(double x0, double x1, double[] bandX0, double[] bandX1) {
        for (int i = 0; i < bandX0.length; i++) {
            if (x0 < bandX1[i] + 2 && bandX0[i] - 2 < x1) {
                return true;
            }
        }
        return false;
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
            String label = fit(era.story().label(), bold, limit - x);
            if (!label.isEmpty()) {
                g.fillText(label, x, top + ERA_ROW / 2 + 1);
                labelEnd = x + textWidth(label, bold);
            }
        }
    }

    private void paintEventsLane(ChartCanvas g, TimelineData data, TimeAxis axis, double plotWidth, int from, int to,
                                 double[] xs,
                                 State state, Function<TimelineColour, Paint> colours, List<Hit> hits) {
        double y = markY(-1);
        // ranges of vague events (a month, a year) as soft bars under the marks
        double minDays = 2 * MARK_R / axis.scale();
        for (int i = from; i < to; i++) {
            if (data.range(i).length() <= minDays) {
                continue; // narrower than its mark even at true scale
            }
            double x0 = axis.toPixel(data.range(i).start());
            double x1 = axis.toPixel(data.range(i).end());
            if (x1 - x0 > 2 * MARK_R) {
                g.setFill(colours.apply(data.isBackground(i) ? TimelineColour.MARK_BACKGROUND : TimelineColour.MARK));
                g.setGlobalAlpha(0.18);
                g.fillRoundRect(x0, y - 3, x1 - x0, 6, 6, 6);
                g.setGlobalAlpha(1);
            }
        }
        List<Clusters.Cluster> clusters = Clusters.of(xs, CLUSTER_GAP);
        int c = clusters.size();
        String[] labels = new String[c];
        double[] x0 = new double[c];
        double[] x1 = new double[c];
        for (int k = 0; k < c; k++) {
            Clusters.Cluster cl = clusters.get(k);
            labels[k] = cl.isSingle() ? truncate(data.event(from + cl.from()).label(), MAX_LABEL_CHARS)
                    : Clusters.countLabel(cl.size(), data.outletCount(from + cl.from(), from + cl.to()));
            double w = 10 + textWidth(labels[k], cl.isSingle() ? font : bold);
            // a label that would run past the right edge slides left over its stem (never past the mark's left)
            double left = Math.max(Math.min(cl.x(), plotWidth - 2 - w), cl.x() - w + 12);
            x0[k] = left - 1;
            x1[k] = left + w;
        }
        // reported events before background ones, then the most widely reported, then the earliest
        Integer[] byImportance = new Integer[c];
        int[] weight = new int[c];
        for (int k = 0; k < c; k++) {
            byImportance[k] = k;
            Clusters.Cluster cl = clusters.get(k);
            boolean background = data.allBackground(from + cl.from(), from + cl.to());
            weight[k] = (background ? 0 : 1 << 20) + Math.min(data.outletCount(from + cl.from(), from + cl.to()), 1 << 10);
        }
        Arrays.sort(byImportance, (p, q) -> weight[q] != weight[p] ? Integer.compare(weight[q], weight[p])
                : Integer.compare(p, q));
        int[] rows = LaneLayout.stackByPriority(x0, x1, Arrays.stream(byImportance).mapToInt(Integer::intValue).toArray(),
                6, LABEL_ROWS);
        int selectedCluster = -1;
        for (int k = 0; k < c; k++) {
            Clusters.Cluster cl = clusters.get(k);
            if (state.selected() >= from + cl.from() && state.selected() < from + cl.to()) {
                selectedCluster = k;
            }
        }
        // flags: a stem from the mark up to its label; stems first, so no stem crosses a label
        g.setLineWidth(1);
        for (int k = 0; k < c; k++) {
            if (rows[k] >= 0) {
                Clusters.Cluster cl = clusters.get(k);
                boolean background = data.allBackground(from + cl.from(), from + cl.to());
                double x = Math.round(cl.x()) + 0.5;
                g.setStroke(colours.apply(background ? TimelineColour.MARK_BACKGROUND : TimelineColour.RULE));
                g.strokeLine(x, y - MARK_R, x, y - 20 - rows[k] * LABEL_ROW + 8);
            }
        }
        for (int k = 0; k < c; k++) {
            int row = rows[k];
            if (row < 0) {
                continue;
            }
            Clusters.Cluster cl = clusters.get(k);
            boolean background = data.allBackground(from + cl.from(), from + cl.to());
            double labelY = y - 20 - row * LABEL_ROW;
            double x = x0[k] + 1;
            double w = x1[k] - x0[k] - 4;
            boolean selected = k == selectedCluster;
            g.setFill(colours.apply(selected ? TimelineColour.SELECTION : TimelineColour.LABEL_BACKGROUND));
            g.fillRoundRect(x - 1, labelY - 9, w, 18, 6, 6);
            this.labels.add(new LabelBox(x - 1, labelY - 9, x - 1 + w, labelY + 9, range(from + cl.from(), from + cl.to())));
            g.setStroke(colours.apply(selected ? TimelineColour.FOCUS
                    : background ? TimelineColour.GRID : TimelineColour.RULE));
            g.strokeRoundRect(Math.round(x - 1) + 0.5, Math.round(labelY - 9) + 0.5, w, 18, 6, 6);
            g.setFont(cl.isSingle() ? font : bold);
            g.setFill(colours.apply(selected ? TimelineColour.SELECTION_TEXT : background ? TimelineColour.MUTED
                    : cl.isSingle() ? TimelineColour.TEXT : TimelineColour.CLUSTER));
            g.fillText(labels[k], x + 5, labelY);
        }
        for (int k = 0; k < c; k++) {
            Clusters.Cluster cl = clusters.get(k);
            int[] members = range(from + cl.from(), from + cl.to());
            paintMark(g, data, cl.x(), y, members, k == selectedCluster, state, colours, true);
            hits.add(new Hit(cl.x(), y, markRadius(members.length), -1, members));
        }
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
            paintMark(g, data, cl.x(), y, members, selected, state, colours, false);
            hits.add(new Hit(cl.x(), y, markRadius(members.length), lane, members));
        }
    }

    private void paintMark(ChartCanvas g, TimelineData data, double x, double y, int[] members, boolean selected,
                           State state, Function<TimelineColour, Paint> colours, boolean eventsLane) {
        double r = markRadius(members.length);
        boolean background = true;
        for (int k = 0; k < members.length && background; k++) {
            background = data.isBackground(members[k]);
        }
        if (selected) {
            g.setFill(colours.apply(TimelineColour.SELECTION));
            g.fillOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
        }
        if (members.length > 1) {
            g.setFill(colours.apply(background ? TimelineColour.MARK_BACKGROUND : TimelineColour.CLUSTER));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setFill(colours.apply(TimelineColour.MARK_TEXT));
            g.setFont(small);
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(members.length > 99 ? tiny : small);
            g.fillText(members.length > 999 ? "1k+" : Integer.toString(members.length), x, y + 0.5);
            g.setTextAlign(TextAlignment.LEFT);
        } else if (background) {
            g.setFill(colours.apply(TimelineColour.BACKGROUND));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(colours.apply(TimelineColour.MARK_BACKGROUND));
            g.setLineWidth(2);
            g.strokeOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
        } else {
            g.setFill(colours.apply(TimelineColour.MARK));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (selected && state.focused() && (eventsLane ? state.focusedLane() < 0 : true)) {
            g.setStroke(colours.apply(TimelineColour.FOCUS));
            g.setLineWidth(2);
            g.strokeOval(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
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

    static double markRadius(int members) {
        return members <= 1 ? MARK_R : Math.min(MARK_R + 2 + Math.log10(members) * 1.5, CLUSTER_GAP / 2 - 0.5);
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
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

    private double textWidth(String s, Font f) {
        measurer.setFont(f);
        measurer.setText(s);
        return measurer.getLayoutBounds().getWidth();
    }

    /** The label, shortened with an ellipsis to {@code width} pixels; empty if not even a few letters fit. */
    private String fit(String label, Font f, double width) {
        if (textWidth(label, f) <= width) {
            return label;
        }
        for (int n = label.length() - 1; n >= 4; n--) {
            String s = label.substring(0, n).strip() + "…";
            if (textWidth(s, f) <= width) {
                return s;
            }
        }
        return "";
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}

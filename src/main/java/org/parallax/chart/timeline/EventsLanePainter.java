package org.parallax.chart.timeline;

import static org.parallax.chart.timeline.TimelinePainter.CLUSTER_GAP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.timeline.TimelinePainter.Hit;
import org.parallax.chart.timeline.TimelinePainter.LabelBox;
import org.parallax.chart.timeline.scale.Clusters;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.LabelPlacement;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * The events lane, in plot coordinates: every event in view once, merged into clusters where marks would touch, each
 * with a flag (a leader up to a label) placed by {@link LabelPlacement}, the selected event's first, then the most
 * reported: reported before background events, then by outlets, then by mentions, then the earliest. A flag that
 * finds no room is left out; its mark stays. Outliers off the axis are marked at its edge ({@link EdgeMarkers}). An
 * event with a stated range gets a bar with marked ends over it, a vague one (a month, a year) a soft bar, and one whose
 * date has a modifier ("early 2011", "about 20 October") a band fading towards its edges over the time it points to.
 */
final class EventsLanePainter {

    /** Row 0's box bottom above the marks' line, the rows' pitch, and one line's box height. */
    static final double FIRST_ROW_BOTTOM = 11;
    static final double LINE_HEIGHT = 18;
    /** The widest a selected flag's line gets before it wraps. */
    static final double MAX_SELECTED_WIDTH = 520;
    /** Half the height of a stated range's bar. */
    private static final double RANGE_HALF = 4;
    /** A fuzzy band's layers and each one's alpha: four layers make the middle about 0.4 opaque. */
    private static final int FUZZY_LAYERS = 4;
    private static final double FUZZY_LAYER_ALPHA = 0.12;

    private final FlagTexts texts;
    private final MarkPainter marks;
    private final EdgeMarkers edges;

    /** The flags of one frame: per flag its events, its texts, and where it went (null: left out). */
    record Flags(List<int[]> members, List<FlagTexts.Texts> texts, LabelPlacement.Result placement,
                 int selected) {
    }

    EventsLanePainter(FlagTexts texts, MarkPainter marks, EdgeMarkers edges) {
        this.texts = texts;
        this.marks = marks;
        this.edges = edges;
    }

    /**
     * Draws events {@code from} (inclusive) to {@code to} (exclusive), whose anchors lie at {@code xs}; adds every
     * mark to {@code hits} and every label box to {@code labelBoxes}; returns the flags laid out.
     */
    Flags paint(ChartCanvas g, TimelineData data, TimeAxis axis, double plotWidth, int from, int to, double[] xs,
                TimelinePainter.State state, TimelineGeometry geo, Function<TimelineColour, Paint> colours,
                List<Hit> hits, List<LabelBox> labelBoxes) {
        double y = geo.markY(-1);
        paintRanges(g, data, axis, from, to, y, colours);
        List<Clusters.Cluster> clusters = Clusters.of(xs, CLUSTER_GAP);
        List<EdgeMarkers.Marker> edgeMarkers = edges.markers(data, axis, plotWidth, y);
        List<int[]> members = new ArrayList<>();
        List<Double> markXs = new ArrayList<>();
        for (Clusters.Cluster cl : clusters) {
            members.add(range(from + cl.from(), from + cl.to()));
            markXs.add(cl.x());
        }
        for (EdgeMarkers.Marker m : edgeMarkers) {
            members.add(m.members());
            markXs.add(m.flagX());
        }
        LabelPlacement.Frame frame = new LabelPlacement.Frame(2, plotWidth - 2, y, FIRST_ROW_BOTTOM,
                TimelineGeometry.LABEL_ROW, LINE_HEIGHT, geo.labelRows());
        Flags flags = layOut(data, members, markXs, state.selected(), frame,
                edgeMarkers.stream().map(EdgeMarkers.Marker::box).toList());
        paintFlags(g, data, flags, colours, labelBoxes);
        for (int k = 0; k < clusters.size(); k++) {
            Clusters.Cluster cl = clusters.get(k);
            marks.paint(g, data, cl.x(), y, members.get(k), k == flags.selected(), state, colours, true);
            hits.add(new Hit(cl.x(), y, MarkPainter.radius(cl.size()), -1, members.get(k)));
        }
        for (EdgeMarkers.Marker m : edgeMarkers) {
            edges.paint(g, m, data, contains(m.members(), state.selected()), colours);
            hits.add(new Hit(m.flagX(), y, (m.box()[2] - m.box()[0]) / 2, -1, m.members(), true));
        }
        return flags;
    }

    /** Each flag's texts, the order of importance, and the placement. */
    private Flags layOut(TimelineData data, List<int[]> members, List<Double> markXs, int selectedEvent,
                         LabelPlacement.Frame frame, List<double[]> obstacles) {
        int n = members.size();
        List<FlagTexts.Texts> forms = new ArrayList<>(n);
        List<LabelPlacement.Label> labels = new ArrayList<>(n);
        long[] weight = new long[n];
        int selected = -1;
        for (int k = 0; k < n; k++) {
            int[] m = members.get(k);
            boolean hasSelection = contains(m, selectedEvent);
            int lead = hasSelection ? selectedEvent : lead(data, m);
            String title = data.event(lead).label();
            FlagTexts.Texts t = hasSelection
                    ? texts.selected(title, m.length - 1,
                            Math.min(MAX_SELECTED_WIDTH, frame.maxX() - frame.minX()), frame.rows())
                    : texts.of(title, m.length - 1);
            forms.add(t);
            labels.add(new LabelPlacement.Label(markXs.get(k), t.widths(),
                    t.forms().stream().mapToInt(f -> f.length).toArray(), hasSelection));
            weight[k] = hasSelection ? Long.MAX_VALUE : weight(data, m);
            if (hasSelection) {
                selected = k;
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> weight[q] != weight[p] ? Long.compare(weight[q], weight[p])
                : Integer.compare(p, q));
        LabelPlacement.Result placement = LabelPlacement.place(labels,
                Arrays.stream(order).mapToInt(Integer::intValue).toArray(), frame, obstacles);
        return new Flags(members, forms, placement, selected);
    }

    /** The member a cluster's flag names: its most important event (the earliest of equals). */
    private static int lead(TimelineData data, int[] members) {
        int best = members[0];
        long bestWeight = -1;
        for (int i : members) {
            long w = data.importance(i);
            if (w > bestWeight) {
                best = i;
                bestWeight = w;
            }
        }
        return best;
    }

    /**
     * Reported before background, then by outlets, then by mentions; a flag of several events counts all of them
     * (its members are always a run of consecutive events).
     */
    static long weight(TimelineData data, int[] members) {
        int first = members[0];
        int last = members[members.length - 1] + 1;
        long outlets = Math.min(data.outletCount(first, last), 1 << 12);
        long mentions = Math.min(data.mentionCount(first, last), (1 << 23) - 1);
        return ((data.allBackground(first, last) ? 0L : 1L) << 40) + (outlets << 24) + mentions;
    }

    /** The leaders first, then the labels in their boxes (no leader crosses a label: the placement saw to it). */
    private void paintFlags(ChartCanvas g, TimelineData data, Flags flags, Function<TimelineColour, Paint> colours,
                            List<LabelBox> labelBoxes) {
        LabelPlacement.Placed[] placed = flags.placement().placed();
        g.setLineWidth(1);
        for (int k = 0; k < placed.length; k++) {
            LabelPlacement.Placed p = placed[k];
            if (p != null) {
                boolean background = isBackground(data, flags.members().get(k));
                g.setStroke(colours.apply(k == flags.selected() ? TimelineColour.FOCUS
                        : background ? TimelineColour.MARK_BACKGROUND : TimelineColour.MUTED));
                double x = Math.round(p.leaderX()) + 0.5;
                g.strokeLine(x, p.leaderFromY() - MarkPainter.MARK_R, x, p.leaderToY());
            }
        }
        g.setFont(ChartFonts.REGULAR);
        for (int k = 0; k < placed.length; k++) {
            LabelPlacement.Placed p = placed[k];
            if (p == null) {
                continue;
            }
            int[] members = flags.members().get(k);
            boolean background = isBackground(data, members);
            boolean selected = k == flags.selected();
            double w = p.x1() - p.x0();
            double h = p.y1() - p.y0();
            g.setFill(colours.apply(selected ? TimelineColour.SELECTION : TimelineColour.LABEL_BACKGROUND));
            g.fillRoundRect(p.x0(), p.y0(), w, h, 6, 6);
            g.setStroke(colours.apply(selected ? TimelineColour.FOCUS
                    : background ? TimelineColour.GRID : TimelineColour.RULE));
            g.strokeRoundRect(Math.round(p.x0()) + 0.5, Math.round(p.y0()) + 0.5, w - 1, h - 1, 6, 6);
            g.setFill(colours.apply(selected ? TimelineColour.SELECTION_TEXT
                    : background ? TimelineColour.MUTED : TimelineColour.TEXT));
            String[] lines = flags.texts().get(k).form(p.text());
            for (int line = 0; line < lines.length; line++) {
                g.fillText(lines[line], p.x0() + FlagTexts.PAD, p.y0() + LINE_HEIGHT / 2 + line * TimelineGeometry.LABEL_ROW);
            }
            labelBoxes.add(new LabelBox(p.x0(), p.y0(), p.x1(), p.y1(), members, lines, p.leaderX(), p.leaderFromY(),
                    p.leaderToY()));
        }
    }

    private static boolean isBackground(TimelineData data, int[] members) {
        return data.allBackground(members[0], members[members.length - 1] + 1);
    }

    /**
     * Ranges under the marks: a stated range ("from 2016 to 2018") as a bar with its ends marked, as TimelineJS draws
     * an era, a vague date (a month, a year) as a soft bar.
     */
    private static void paintRanges(ChartCanvas g, TimelineData data, TimeAxis axis, int from, int to, double y,
                                    Function<TimelineColour, Paint> colours) {
        double minDays = 2 * MarkPainter.MARK_R / axis.scale();
        for (int i = from; i < to; i++) {
            if (data.fuzzyRange(i) != null) {
                paintFuzzy(g, axis, data.fuzzyRange(i), y, colours.apply(data.isBackground(i)
                        ? TimelineColour.MARK_BACKGROUND : TimelineColour.MARK));
            }
            if (data.range(i).length() <= minDays) {
                continue; // narrower than its mark even at true scale
            }
            double x0 = axis.toPixel(data.range(i).start());
            double x1 = axis.toPixel(data.range(i).end());
            if (x1 - x0 <= 2 * MarkPainter.MARK_R) {
                continue;
            }
            Paint colour = colours.apply(data.isBackground(i) ? TimelineColour.MARK_BACKGROUND : TimelineColour.MARK);
            g.setFill(colour);
            if (data.isRange(i)) {
                g.setGlobalAlpha(0.45);
                g.fillRoundRect(x0, y - RANGE_HALF, x1 - x0, 2 * RANGE_HALF, 4, 4);
                g.setGlobalAlpha(1);
                g.setStroke(colour);
                g.setLineWidth(2);
                g.strokeLine(x0 + 1, y - RANGE_HALF - 3, x0 + 1, y + RANGE_HALF + 3);
                g.strokeLine(x1 - 1, y - RANGE_HALF - 3, x1 - 1, y + RANGE_HALF + 3);
            } else {
                g.setGlobalAlpha(0.18);
                g.fillRoundRect(x0, y - 3, x1 - x0, 6, 6, 6);
                g.setGlobalAlpha(1);
            }
        }
    }

    /**
     * The stretch a date's modifier points to ("early 2011", "about 20 October") as a band that fades towards its
     * edges: nested layers, each a little darker towards the middle, so the reader sees where the date may lie and
     * that it is not sharp. Layers of plain alpha draw the same on a canvas, in a PNG and in SVG.
     */
    private static void paintFuzzy(ChartCanvas g, TimeAxis axis, DayRange band, double y, Paint colour) {
        double x0 = axis.toPixel(band.start());
        double x1 = axis.toPixel(band.end());
        if (x1 - x0 <= 2 * MarkPainter.MARK_R) {
            return; // narrower than its mark: the mark's soft edge says it
        }
        g.setFill(colour);
        g.setGlobalAlpha(FUZZY_LAYER_ALPHA);
        for (int k = 0; k < FUZZY_LAYERS; k++) {
            double inset = (x1 - x0) * k / (2.0 * FUZZY_LAYERS + 1);
            g.fillRoundRect(x0 + inset, y - RANGE_HALF - 1, x1 - x0 - 2 * inset, 2 * RANGE_HALF + 2, 8, 8);
        }
        g.setGlobalAlpha(1);
    }

    /** Whether a run of consecutive events holds {@code event}. */
    static boolean contains(int[] members, int event) {
        return members.length > 0 && event >= members[0] && event <= members[members.length - 1];
    }

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}

package org.parallax.chart.timeline;

import static org.parallax.chart.timeline.TimelinePainter.CLUSTER_GAP;
import static org.parallax.chart.timeline.TimelinePainter.LABEL_ROW;
import static org.parallax.chart.timeline.TimelinePainter.LABEL_ROWS;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.timeline.TimelinePainter.Hit;
import org.parallax.chart.timeline.TimelinePainter.LabelBox;
import org.parallax.chart.timeline.scale.Clusters;
import org.parallax.chart.timeline.scale.LaneLayout;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * The events lane, in plot coordinates: every event in view once, merged into clusters where marks would touch, each
 * with a flag (a stem up to a label) stacked in up to {@link TimelinePainter#LABEL_ROWS} rows, the most important
 * placed first: reported before background events, then the most widely reported, then the earliest. An event with a
 * stated range gets a bar with marked ends over it, a vague one (a month, a year) a soft bar.
 */
final class EventsLanePainter {

    static final int MAX_LABEL_CHARS = 46;

    private final Font font = ChartFonts.REGULAR;
    private final Font bold = ChartFonts.BOLD;
    private final TextMeasure measure;
    private final MarkPainter marks;

    /** The flags of the clusters: label text, box from {@code x0} to {@code x1}, label row (-1: no room). */
    private record Flags(String[] labels, double[] x0, double[] x1, int[] rows) {
    }

    EventsLanePainter(TextMeasure measure, MarkPainter marks) {
        this.measure = measure;
        this.marks = marks;
    }

    /**
     * Draws events {@code from} (inclusive) to {@code to} (exclusive), whose anchors lie at {@code xs}; adds every
     * mark to {@code hits} and every label box to {@code labelBoxes}.
     */
    void paint(ChartCanvas g, TimelineData data, TimeAxis axis, double plotWidth, int from, int to, double[] xs,
               TimelinePainter.State state, Function<TimelineColour, Paint> colours, List<Hit> hits,
               List<LabelBox> labelBoxes) {
        double y = TimelinePainter.markY(-1);
        paintRanges(g, data, axis, from, to, y, colours);
        List<Clusters.Cluster> clusters = Clusters.of(xs, CLUSTER_GAP);
        Flags flags = layOutFlags(data, clusters, from, plotWidth);
        int selectedCluster = -1;
        for (int k = 0; k < clusters.size(); k++) {
            Clusters.Cluster cl = clusters.get(k);
            if (state.selected() >= from + cl.from() && state.selected() < from + cl.to()) {
                selectedCluster = k;
            }
        }
        paintFlags(g, data, clusters, flags, from, y, selectedCluster, colours, labelBoxes);
        for (int k = 0; k < clusters.size(); k++) {
            Clusters.Cluster cl = clusters.get(k);
            int[] members = range(from + cl.from(), from + cl.to());
            marks.paint(g, data, cl.x(), y, members, k == selectedCluster, state, colours, true);
            hits.add(new Hit(cl.x(), y, MarkPainter.radius(members.length), -1, members));
        }
    }

    /**
     * Ranges under the marks: a stated range ("from 2016 to 2018") as a bar with its ends marked, as TimelineJS draws
     * an era, a vague date (a month, a year) as a soft bar.
     */
    private static void paintRanges(ChartCanvas g, TimelineData data, TimeAxis axis, int from, int to, double y,
                                    Function<TimelineColour, Paint> colours) {
        double minDays = 2 * MarkPainter.MARK_R / axis.scale();
        for (int i = from; i < to; i++) {
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

    /** Half the height of a stated range's bar. */
    private static final double RANGE_HALF = 4;

    /** Each cluster's label and box, and the row it is stacked in, most important first. */
    private Flags layOutFlags(TimelineData data, List<Clusters.Cluster> clusters, int from, double plotWidth) {
        int c = clusters.size();
        String[] labels = new String[c];
        double[] x0 = new double[c];
        double[] x1 = new double[c];
        for (int k = 0; k < c; k++) {
            Clusters.Cluster cl = clusters.get(k);
            labels[k] = cl.isSingle() ? TimelinePainter.flagText(data.event(from + cl.from()).label())
                    : Clusters.countLabel(cl.size(), data.outletCount(from + cl.from(), from + cl.to()));
            double w = 10 + measure.width(labels[k], cl.isSingle() ? font : bold);
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
        return new Flags(labels, x0, x1, rows);
    }

    /** The stems first, so no stem crosses a label, then the labels in their boxes. */
    private void paintFlags(ChartCanvas g, TimelineData data, List<Clusters.Cluster> clusters, Flags flags, int from,
                            double y, int selectedCluster, Function<TimelineColour, Paint> colours,
                            List<LabelBox> labelBoxes) {
        int[] rows = flags.rows();
        g.setLineWidth(1);
        for (int k = 0; k < clusters.size(); k++) {
            if (rows[k] >= 0) {
                Clusters.Cluster cl = clusters.get(k);
                boolean background = data.allBackground(from + cl.from(), from + cl.to());
                double x = Math.round(cl.x()) + 0.5;
                g.setStroke(colours.apply(background ? TimelineColour.MARK_BACKGROUND : TimelineColour.RULE));
                g.strokeLine(x, y - MarkPainter.MARK_R, x, y - 20 - rows[k] * LABEL_ROW + 8);
            }
        }
        for (int k = 0; k < clusters.size(); k++) {
            int row = rows[k];
            if (row < 0) {
                continue;
            }
            Clusters.Cluster cl = clusters.get(k);
            boolean background = data.allBackground(from + cl.from(), from + cl.to());
            double labelY = y - 20 - row * LABEL_ROW;
            double x = flags.x0()[k] + 1;
            double w = flags.x1()[k] - flags.x0()[k] - 4;
            boolean selected = k == selectedCluster;
            g.setFill(colours.apply(selected ? TimelineColour.SELECTION : TimelineColour.LABEL_BACKGROUND));
            g.fillRoundRect(x - 1, labelY - 9, w, 18, 6, 6);
            labelBoxes.add(new LabelBox(x - 1, labelY - 9, x - 1 + w, labelY + 9,
                    range(from + cl.from(), from + cl.to())));
            g.setStroke(colours.apply(selected ? TimelineColour.FOCUS
                    : background ? TimelineColour.GRID : TimelineColour.RULE));
            g.strokeRoundRect(Math.round(x - 1) + 0.5, Math.round(labelY - 9) + 0.5, w, 18, 6, 6);
            g.setFont(cl.isSingle() ? font : bold);
            g.setFill(colours.apply(selected ? TimelineColour.SELECTION_TEXT : background ? TimelineColour.MUTED
                    : cl.isSingle() ? TimelineColour.TEXT : TimelineColour.CLUSTER));
            g.fillText(flags.labels()[k], x + 5, labelY);
        }
    }

    /**
     * {@code s} in at most {@code max} characters: whole, else cut before the last phrase that starts within them
     * ("Two leaders discuss details…" of "... details of the Syrian People’s Congress"), else at the last space, with
     * an ellipsis; the whole label is in the tooltip and the detail.
     */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        java.util.regex.Matcher m = PHRASE_START.matcher(s);
        int cut = -1;
        while (m.find() && m.start() < max - 1) {
            cut = m.start() >= MIN_CUT ? m.start() : cut;
        }
        if (cut < 0) {
            cut = s.lastIndexOf(' ', max - 1);
        }
        return (cut > 0 ? s.substring(0, cut) : s.substring(0, max - 1)).strip().replaceAll("[,:;]$", "") + "…";
    }

    private static final java.util.regex.Pattern PHRASE_START = java.util.regex.Pattern.compile(
            " (?=(?:of|in|to|at|for|with|by|on|from|after|near|and|over|against|as)\\b)");
    private static final int MIN_CUT = 15;

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}

package org.parallax.chart.timeline.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places the labels of marks on one line the way a good map does: each label is a box in one of a few rows above
 * the line, joined to its mark by a vertical leader, and no label covers another label or another label's leader.
 * Labels are placed in order of priority (the caller's order: the selected event first, then the most reported), each
 * at the free spot of least cost: a low row (a short leader), its whole text (a label may offer shorter ones), and a
 * box that covers few marks still waiting for their labels; in a row it runs right of the mark, left of it, or is
 * centred over it. A label that finds no spot is dropped (its mark stays); a required label (the selected
 * event) is never dropped: it is placed first, so the whole area is free for it. Pure geometry, no toolkit; the
 * screen and the exports both use it. Cost: O(n² · rows · texts) for n labels, and n is bounded by the marks in view.
 */
public final class LabelPlacement {

    /** Horizontal room kept between two labels, and between a label and another's leader. */
    public static final double GAP = 6;
    /** How far into a label the leader meets it when the label runs right (or left) of its mark. */
    public static final double INSET = 6;

    /**
     * Where the rows are: marks on the line at {@code markY}; row 0's box bottom {@code firstRowBottom} above it; each
     * further row {@code rowPitch} higher; a box of one line is {@code lineHeight} high; labels stay within
     * {@code [minX, maxX]} and {@code rows} rows.
     */
    public record Frame(double minX, double maxX, double markY, double firstRowBottom, double rowPitch,
                       double lineHeight, int rows) {

        /** The bottom of row {@code row}. */
        double bottom(int row) {
            return markY - firstRowBottom - row * rowPitch;
        }
    }

    /**
     * A label to place: its mark's x, the widths of its texts (the full one first, alternatives after: wrapped onto
     * more lines, or shorter), how many lines each takes, and whether it must be shown (never dropped).
     */
    public record Label(double markX, double[] widths, int[] lines, boolean required) {

        public Label {
            if (widths.length == 0 || lines.length != widths.length || Arrays.stream(lines).anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("each text of a label needs a width and at least one line");
            }
        }

        /** A label whose texts all take {@code lines} lines. */
        public Label(double markX, double[] widths, int lines, boolean required) {
            this(markX, widths, filled(widths.length, lines), required);
        }

        private static int[] filled(int n, int value) {
            int[] out = new int[n];
            Arrays.fill(out, value);
            return out;
        }

        public static Label of(double markX, double width) {
            return new Label(markX, new double[] {width}, 1, false);
        }
    }

    /**
     * A placed label: its box, which of its texts it shows ({@code text} indexes {@link Label#widths()}), its row
     * (the lowest when it takes several lines), and its leader, a vertical line at {@code leaderX} from the mark at
     * {@code leaderFromY} up to the box's bottom at {@code leaderToY}.
     */
    public record Placed(double x0, double y0, double x1, double y1, int text, int row, double leaderX,
                         double leaderFromY, double leaderToY) {

        public boolean overlaps(Placed o, double gap) {
            return x0 < o.x1 + gap && o.x0 < x1 + gap && y0 < o.y1 && o.y0 < y1;
        }

        /** Whether the box sits away from its mark: above the first row, or not over the mark. */
        public boolean displaced() {
            return row > 0 || leaderX < x0 || leaderX > x1;
        }
    }

    /** Each label's placement by input index, {@code null} where it was dropped. */
    public record Result(Placed[] placed) {

        public int count() {
            return (int) Arrays.stream(placed).filter(p -> p != null).count();
        }

        public boolean isDropped(int i) {
            return placed[i] == null;
        }
    }

    private final Frame frame;
    private final List<Placed> taken = new ArrayList<>();
    private final List<double[]> blocked = new ArrayList<>();
    /** Every label's mark, and whether its label is still to be placed. */
    private double[] marks;
    private boolean[] waiting;
    /** The labels' indices by their marks' x. */
    private int[] byX;

    private LabelPlacement(Frame frame) {
        this.frame = frame;
    }

    /**
     * Places {@code labels} in the order {@code order} (indices into labels, most important first; labels not in it
     * are dropped), avoiding {@code obstacles} ({x0, y0, x1, y1} boxes already drawn there, such as edge markers).
     */
    public static Result place(List<Label> labels, int[] order, Frame frame, List<double[]> obstacles) {
        LabelPlacement p = new LabelPlacement(frame);
        p.blocked.addAll(obstacles);
        p.waiting = new boolean[labels.size()];
        p.marks = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            p.marks[i] = labels.get(i).markX();
        }
        for (int i : order) {
            p.waiting[i] = true;
        }
        p.byX = java.util.stream.IntStream.range(0, labels.size()).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> p.marks[i])).mapToInt(Integer::intValue).toArray();
        Placed[] out = new Placed[labels.size()];
        for (int i : order) {
            p.waiting[i] = false;
            Label label = labels.get(i);
            if (label.markX() < frame.minX() || label.markX() > frame.maxX()) {
                continue; // a mark out of the frame has no leader to lead to it
            }
            Placed spot = p.bestFreeSpot(label);
            if (spot == null && label.required()) {
                spot = p.forced(label);
            }
            if (spot != null) {
                out[i] = spot;
                p.taken.add(spot);
            }
        }
        return new Result(out);
    }

    public static Result place(List<Label> labels, int[] order, Frame frame) {
        return place(labels, order, frame, List.of());
    }

    /** What a row higher costs, a shorter text, and each mark still waiting for its label that the box covers. */
    private static final double ROW_COST = 1;
    private static final double SHORTER_COST = 1.5;
    private static final double COVER_COST = 2.5;
    private static final double SIDE_COST = 0.1;

    /**
     * The free spot of least cost: low rows, whole texts, and boxes that leave the marks still waiting for a label
     * uncovered (a box over a mark keeps that mark's label out of the rows from the box's up).
     */
    private Placed bestFreeSpot(Label label) {
        Placed best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int row = 0; row < frame.rows(); row++) {
            if (row * ROW_COST >= bestCost) {
                break;
            }
            for (int text = 0; text < label.widths().length; text++) {
                if (row + label.lines()[text] > frame.rows()) {
                    continue;
                }
                double w = Math.min(label.widths()[text], frame.maxX() - frame.minX());
                double[] lefts = lefts(label.markX(), w);
                for (int side = 0; side < lefts.length; side++) {
                    // each line more takes a row more, and costs as much
                    double cost = (row + label.lines()[text] - 1) * ROW_COST + text * SHORTER_COST + side * SIDE_COST;
                    if (cost >= bestCost) {
                        continue;
                    }
                    Placed spot = spot(label, text, row, lefts[side], w);
                    // a box over a mark keeps that mark's label out of its row and every row above: a row or two up
                    // leaves the rows under it to that mark
                    cost += covered(spot) * COVER_COST / (row + 1);
                    if (cost < bestCost && isFree(spot)) {
                        best = spot;
                        bestCost = cost;
                    }
                }
            }
        }
        return best;
    }

    /**
     * How many marks still waiting for their label lie under a box, not counting those so near its leader that no
     * label of theirs could pass it underneath anyway.
     */
    private int covered(Placed spot) {
        int n = 0;
        for (int k = firstAtOrAfter(spot.x0() - GAP / 2); k < byX.length && marks[byX[k]] < spot.x1() + GAP / 2; k++) {
            int i = byX[k];
            if (waiting[i] && Math.abs(marks[i] - spot.leaderX()) > INSET + GAP) {
                n++;
            }
        }
        return n;
    }

    private int firstAtOrAfter(double x) {
        int lo = 0;
        int hi = byX.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (marks[byX[mid]] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A required label with no free spot: its full text in the lowest row, running right, over what is there. */
    private Placed forced(Label label) {
        double w = Math.min(label.widths()[0], frame.maxX() - frame.minX());
        return spot(label, 0, 0, lefts(label.markX(), w)[0], w);
    }

    /**
     * The left edges to try, nearest the mark first: running right of it, left of it, centred over it; each kept
     * inside the frame and over the mark (a box pushed off its mark by the frame's edge would lose its leader).
     */
    private double[] lefts(double markX, double w) {
        double[] xs = {markX - INSET, markX - w + INSET, markX - w / 2};
        double lo = Math.max(frame.minX(), markX - w + 1);
        double hi = Math.min(frame.maxX() - w, markX - 1);
        for (int k = 0; k < xs.length; k++) {
            xs[k] = lo <= hi ? Math.max(lo, Math.min(xs[k], hi)) : Math.max(frame.minX(), Math.min(xs[k], frame.maxX() - w));
        }
        return xs;
    }

    private Placed spot(Label label, int text, int row, double x0, double w) {
        double bottom = frame.bottom(row);
        double top = bottom - (label.lines()[text] - 1) * frame.rowPitch() - frame.lineHeight();
        double leaderX = Math.max(x0 + 1, Math.min(label.markX(), x0 + w - 1));
        return new Placed(x0, top, x0 + w, bottom, text, row, leaderX, frame.markY(), bottom);
    }

    /** Free: it covers no label, leader or obstacle, and its own leader crosses no label below it. */
    private boolean isFree(Placed spot) {
        for (double[] b : blocked) {
            if (spot.x0() < b[2] && b[0] < spot.x1() && spot.y0() < b[3] && b[1] < spot.y1()) {
                return false;
            }
        }
        for (Placed other : taken) {
            if (spot.overlaps(other, GAP)) {
                return false;
            }
            // the other's leader runs up from the line to the other's box: through this box if this one is lower
            if (spot.y1() > other.leaderToY() && crosses(other.leaderX(), spot.x0(), spot.x1())) {
                return false;
            }
            // this leader runs up to this box: through the other if the other is lower
            if (other.y1() > spot.leaderToY() && crosses(spot.leaderX(), other.x0(), other.x1())) {
                return false;
            }
        }
        return true;
    }

    private static boolean crosses(double leaderX, double x0, double x1) {
        return leaderX > x0 - GAP / 2 && leaderX < x1 + GAP / 2;
    }
}

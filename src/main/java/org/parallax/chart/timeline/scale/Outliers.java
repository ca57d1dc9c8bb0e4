package org.parallax.chart.timeline.scale;

/**
 * Events far from all the others, at either end of time: a forward-looking "by 2050" in a story of one autumn, a
 * decade recalled as background. Fitting them into view would squash the stories into a sliver, so the chart leaves
 * them off the axis and marks them at its edge instead ("→ 2050"). The rule, the same for any corpus
 * (decision record 0015): the last (first) {@code k} events are outliers when the gap between them and the rest is
 * more than {@link #FACTOR} times the span of the rest (at least {@link #MIN_SPAN_DAYS}), for the largest such
 * {@code k} up to a tenth of the events; at least {@link #MIN_EVENTS} events must remain.
 */
public final class Outliers {

    /** How many times the rest's span the gap must be. */
    public static final double FACTOR = 3;
    /** The rest's span counts as at least this long: a gap of a few days after one busy day is no outlier. */
    public static final double MIN_SPAN_DAYS = 30;
    static final int MIN_EVENTS = 3;

    /** How many of the sorted anchors are outliers before the rest ({@code before}) and after it ({@code after}). */
    public record Split(int before, int after) {
        public static final Split NONE = new Split(0, 0);
    }

    private Outliers() {
    }

    public static Split of(double[] sorted) {
        int n = sorted.length;
        if (n < MIN_EVENTS + 1) {
            return Split.NONE;
        }
        // each end is judged against the rest without the other end's outliers: a "by 2050" must not hide the 1980s
        // (nor the reverse), so the first look at the end leaves out as many at the start as could ever be outliers
        int after = after(sorted, cap(n), n);
        int before = before(sorted, 0, n - after);
        return new Split(before, after(sorted, before, n));
    }

    /** Outliers at the start of sorted[from, to). */
    private static int before(double[] sorted, int from, int to) {
        int found = 0;
        for (int k = 1; k <= cap(sorted.length) && to - from - k >= MIN_EVENTS; k++) {
            double gap = sorted[from + k] - sorted[from + k - 1];
            if (gap > FACTOR * Math.max(sorted[to - 1] - sorted[from + k], MIN_SPAN_DAYS)) {
                found = k;
            }
        }
        return found;
    }

    /** Outliers at the end of sorted[from, to). */
    private static int after(double[] sorted, int from, int to) {
        int found = 0;
        for (int k = 1; k <= cap(sorted.length) && to - from - k >= MIN_EVENTS; k++) {
            double gap = sorted[to - k] - sorted[to - k - 1];
            if (gap > FACTOR * Math.max(sorted[to - k - 1] - sorted[from], MIN_SPAN_DAYS)) {
                found = k;
            }
        }
        return found;
    }

    private static int cap(int n) {
        return Math.max(1, n / 10);
    }
}

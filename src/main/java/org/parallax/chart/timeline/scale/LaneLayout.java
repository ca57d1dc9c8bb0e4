package org.parallax.chart.timeline.scale;

import java.util.Arrays;

/**
 * Stacks items inside their lanes: an item goes on the first row of its lane where it does not overlap (by at
 * least {@code gap} pixels) what is already there, greedily in order of start. Items that find no row within
 * {@code maxRows} get row {@code -1}: the caller merges them into a cluster instead of growing the lane forever.
 */
public final class LaneLayout {

    /** The row of each item (-1: no room) and the number of rows each lane uses (at least 1). */
    public record Placement(int[] rows, int[] rowsPerLane) {

        /** The first row of each lane when the lanes are stacked top to bottom. */
        public int[] laneOffsets() {
            int[] offsets = new int[rowsPerLane.length];
            for (int i = 1; i < offsets.length; i++) {
                offsets[i] = offsets[i - 1] + rowsPerLane[i - 1];
            }
            return offsets;
        }
    }

    private LaneLayout() {
    }

    /**
     * @param x0        each item's left edge in pixels
     * @param x1        each item's right edge (at least x0)
     * @param lane      each item's lane, {@code 0 <= lane < laneCount}
     */
    public static Placement stack(double[] x0, double[] x1, int[] lane, int laneCount, double gap, int maxRows) {
        int n = x0.length;
        if (x1.length != n || lane.length != n) {
            throw new IllegalArgumentException("x0, x1 and lane must be as long as each other");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x0[a], x0[b]));
        double[][] rowEnd = new double[laneCount][maxRows];
        for (double[] ends : rowEnd) {
            Arrays.fill(ends, Double.NEGATIVE_INFINITY);
        }
        int[] rows = new int[n];
        int[] used = new int[laneCount];
        Arrays.fill(used, 1);
        for (int i : order) {
            double[] ends = rowEnd[lane[i]];
            int row = -1;
            for (int r = 0; r < maxRows; r++) {
                if (x0[i] >= ends[r] + gap) {
                    row = r;
                    break;
                }
            }
            rows[i] = row;
            if (row >= 0) {
                ends[row] = x1[i];
                used[lane[i]] = Math.max(used[lane[i]], row + 1);
            }
        }
        return new Placement(rows, used);
    }
}

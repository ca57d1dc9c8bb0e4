package org.parallax.chart.timeline.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A monotonic, invertible, piecewise-linear map from days to "positions" (display days): occupied stretches keep
 * their true length (one day is one position), and every empty gap longer than {@code threshold} days shrinks to
 * {@code breakWidth} positions, drawn as a marked break. So the Moscow visit of 2015 and the Sochi visit of 2017
 * share one chart at a readable scale. {@link #IDENTITY} is true scale.
 */
public final class CollapsedTime {

    /** Nothing collapsed: positions are days. */
    public static final CollapsedTime IDENTITY = new CollapsedTime(new double[0], new double[0], new double[0]);

    /** A collapsed gap: days {@code [startDay, endDay)} drawn between positions {@code [startPos, endPos)}. */
    public record Break(double startDay, double endDay, double startPos, double endPos) {
    }

    // Break i covers days [gapStart[i], gapEnd[i]); shift[i] is the positions taken out by breaks 0..i.
    private final double[] gapStart;
    private final double[] gapEnd;
    private final double[] shiftAfter;
    private final double breakWidth;

    private CollapsedTime(double[] gapStart, double[] gapEnd, double[] shiftAfter) {
        this(gapStart, gapEnd, shiftAfter, 0);
    }

    private CollapsedTime(double[] gapStart, double[] gapEnd, double[] shiftAfter, double breakWidth) {
        this.gapStart = gapStart;
        this.gapEnd = gapEnd;
        this.shiftAfter = shiftAfter;
        this.breakWidth = breakWidth;
    }

    /**
     * Collapses the gaps between {@code occupied} stretches that are longer than {@code threshold} days to
     * {@code breakWidth} positions each ({@code breakWidth < threshold}).
     */
    public static CollapsedTime of(List<DayRange> occupied, double threshold, double breakWidth) {
        if (!(breakWidth > 0 && breakWidth < threshold)) {
            throw new IllegalArgumentException("need 0 < breakWidth < threshold");
        }
        List<DayRange> sorted = new ArrayList<>(occupied);
        sorted.sort(Comparator.comparingDouble(DayRange::start));
        List<double[]> gaps = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (DayRange r : sorted) {
            if (reach != Double.NEGATIVE_INFINITY && r.start() - reach > threshold) {
                gaps.add(new double[] {reach, r.start()});
            }
            reach = Math.max(reach, r.end());
        }
        double[] starts = new double[gaps.size()];
        double[] ends = new double[gaps.size()];
        double[] shifts = new double[gaps.size()];
        double shift = 0;
        for (int i = 0; i < gaps.size(); i++) {
            starts[i] = gaps.get(i)[0];
            ends[i] = gaps.get(i)[1];
            shift += (ends[i] - starts[i]) - breakWidth;
            shifts[i] = shift;
        }
        return new CollapsedTime(starts, ends, shifts, breakWidth);
    }

    public boolean isIdentity() {
        return gapStart.length == 0;
    }

    /** The position of a day. */
    public double toPosition(double day) {
        int i = lastAtOrBefore(gapStart, day);
        if (i < 0) {
            return day;
        }
        double before = i == 0 ? 0 : shiftAfter[i - 1];
        if (day < gapEnd[i]) { // inside break i: squeeze the gap linearly into breakWidth
            double startPos = gapStart[i] - before;
            return startPos + (day - gapStart[i]) / (gapEnd[i] - gapStart[i]) * breakWidth;
        }
        return day - shiftAfter[i];
    }

    /** The day at a position: the inverse of {@link #toPosition}. */
    public double toDay(double position) {
        int lo = 0;
        int hi = gapStart.length - 1;
        int found = -1;
        while (lo <= hi) { // last break whose start position is at or before the position
            int mid = (lo + hi) >>> 1;
            if (gapStart[mid] - (mid == 0 ? 0 : shiftAfter[mid - 1]) <= position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return position;
        }
        double startPos = gapStart[found] - (found == 0 ? 0 : shiftAfter[found - 1]);
        if (position < startPos + breakWidth) {
            return gapStart[found] + (position - startPos) / breakWidth * (gapEnd[found] - gapStart[found]);
        }
        return position + shiftAfter[found];
    }

    /** The breaks, in time order. */
    public List<Break> breaks() {
        List<Break> out = new ArrayList<>(gapStart.length);
        for (int i = 0; i < gapStart.length; i++) {
            double startPos = gapStart[i] - (i == 0 ? 0 : shiftAfter[i - 1]);
            out.add(new Break(gapStart[i], gapEnd[i], startPos, startPos + breakWidth));
        }
        return out;
    }

    /**
     * The stretches of real (unbroken) time between {@code fromDay} and {@code toDay}: where ticks go. A break is
     * not one of them.
     */
    public List<DayRange> segments(double fromDay, double toDay) {
        List<DayRange> out = new ArrayList<>();
        double cursor = fromDay;
        int i = 0;
        for (; i < gapStart.length && gapStart[i] < toDay; i++) {
            if (gapStart[i] > cursor) {
                out.add(new DayRange(cursor, gapStart[i]));
            }
            cursor = Math.max(cursor, gapEnd[i]);
        }
        if (cursor < toDay) {
            out.add(new DayRange(cursor, toDay));
        }
        return out;
    }

    private static int lastAtOrBefore(double[] sorted, double value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i >= 0) {
            while (i + 1 < sorted.length && sorted[i + 1] == value) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }
}

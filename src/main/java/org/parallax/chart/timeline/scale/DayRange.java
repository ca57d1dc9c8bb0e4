package org.parallax.chart.timeline.scale;

import org.parallax.model.TimexValue;

/**
 * A half-open stretch of time {@code [start, end)} in epoch days (1970-01-01 is day 0); fractions are times of day,
 * so {@code 16728.75} is 18:00 on 20 October 2015. Plain doubles keep the maths fast for 100,000 items.
 */
public record DayRange(double start, double end) {

    public DayRange {
        if (Double.isNaN(start) || Double.isNaN(end) || end < start) {
            throw new IllegalArgumentException("bad day range [" + start + ", " + end + ")");
        }
    }

    /** The stretch of time a TIMEX3 value stands for: "2015-10-20TEV" is 18:00 to 22:00 that day. */
    public static DayRange of(TimexValue value) {
        return new DayRange(value.start(), value.end());
    }

    public static DayRange point(double day) {
        return new DayRange(day, day);
    }

    public double length() {
        return end - start;
    }

    public double middle() {
        return (start + end) / 2;
    }

    public boolean contains(double day) {
        return day >= start && day < end;
    }

    public boolean overlaps(DayRange other) {
        return start < other.end && other.start < end;
    }

    public DayRange union(DayRange other) {
        return new DayRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    public DayRange padded(double days) {
        return new DayRange(start - days, end + days);
    }
}

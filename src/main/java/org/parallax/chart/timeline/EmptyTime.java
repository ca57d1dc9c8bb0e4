package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.List;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;

/**
 * Which time a timeline keeps at true scale when empty time collapses, and the {@link CollapsedTime} that shrinks the
 * rest: the days of precise events, the ends of stated ranges and of story eras, and a readable core of every band
 * longer than a week (before, such a band kept only its mark's day and was squeezed into the breaks on both sides to
 * a dot's width).
 */
final class EmptyTime {

    /** Gaps longer than this many days collapse when empty time is collapsed. */
    static final double COLLAPSE_THRESHOLD_DAYS = 10;
    /** A collapsed gap is drawn this many display days wide. */
    static final double BREAK_WIDTH_DAYS = 2;
    /** Days kept free around occupied time, so marks never sit on a break. */
    static final double COLLAPSE_PADDING_DAYS = 0.75;
    /** Events vaguer than this (a month, a year, a decade) occupy only their anchor when empty time collapses. */
    static final double LONG_RANGE_DAYS = 7;
    /**
     * How much of a band longer than {@link #LONG_RANGE_DAYS} stays at true scale around its mark: half a week, so it
     * reads as a band, not a dot, yet the empty days beside it (the gap from the days before "early December") still
     * collapse.
     */
    static final double CORE_DAYS = LONG_RANGE_DAYS / 2;

    private EmptyTime() {
    }

    static CollapsedTime collapse(TimelineData data) {
        List<DayRange> occupied = new ArrayList<>(data.size() + data.eras().size());
        for (int i = 0; i < data.size(); i++) {
            DayRange range = data.range(i);
            DayRange fuzzy = data.fuzzyRange(i);
            DayRange r = range.length() <= LONG_RANGE_DAYS ? range : DayRange.point(data.anchor(i));
            if (fuzzy != null) { // "about 20 October": its band in view; "early 2011": a readable core of it
                r = r.union(readableCore(fuzzy, data.anchor(i)));
            }
            occupied.add(r.padded(COLLAPSE_PADDING_DAYS));
            if (data.isRange(i) && r != range) { // a stated range keeps its ends in view, like an era, and its core
                occupied.add(DayRange.point(range.start()).padded(COLLAPSE_PADDING_DAYS));
                occupied.add(DayRange.point(range.end()).padded(COLLAPSE_PADDING_DAYS));
                occupied.add(readableCore(range, data.anchor(i)).padded(COLLAPSE_PADDING_DAYS));
            }
        }
        for (TimelineData.Era e : data.eras()) { // an era's ends, not its inside: a quiet week within a story may collapse
            occupied.add(DayRange.point(e.range().start()).padded(COLLAPSE_PADDING_DAYS));
            occupied.add(DayRange.point(e.range().end()).padded(COLLAPSE_PADDING_DAYS));
        }
        return CollapsedTime.of(occupied, COLLAPSE_THRESHOLD_DAYS, BREAK_WIDTH_DAYS);
    }

    /**
     * What of a band stays at true scale: all of it up to {@value #LONG_RANGE_DAYS} days, else {@link #CORE_DAYS}
     * around its mark (inside the band); its tails run on through the breaks beside it.
     */
    static DayRange readableCore(DayRange band, double mark) {
        if (band.length() <= LONG_RANGE_DAYS) {
            return band;
        }
        double from = Math.min(Math.max(mark - CORE_DAYS / 2, band.start()), band.end() - CORE_DAYS);
        return new DayRange(from, from + CORE_DAYS);
    }
}

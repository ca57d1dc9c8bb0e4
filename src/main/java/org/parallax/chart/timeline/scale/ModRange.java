package org.parallax.chart.timeline.scale;

import org.parallax.model.TimexMod;

/**
 * The stretch of time a date's TimeML modifier points to, drawn as a soft band: "early 2011" is the first third of
 * the year, "mid-2011" the middle third, "the end of 2011" the last; "about 2010" spreads half a period either side;
 * "before 2011" reaches a period back. A quantity's qualifier on a date ("more than two years ago") cannot say on
 * which side it lies, so it spreads like "about".
 */
public final class ModRange {

    private ModRange() {
    }

    public static DayRange of(DayRange period, TimexMod mod) {
        double s = period.start();
        double e = period.end();
        double third = period.length() / 3;
        return switch (mod) {
            case START -> new DayRange(s, s + third);
            case MID -> new DayRange(s + third, e - third);
            case END -> new DayRange(e - third, e);
            case BEFORE -> new DayRange(s - period.length(), s);
            case ON_OR_BEFORE -> new DayRange(s - period.length(), e);
            case AFTER -> new DayRange(e, e + period.length());
            case ON_OR_AFTER -> new DayRange(s, e + period.length());
            case APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS ->
                    new DayRange(s - period.length() / 2, e + period.length() / 2);
        };
    }
}

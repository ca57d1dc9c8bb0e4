package org.parallax.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * One reading of a TIMEX3 date value: the days it covers, how precise it is and what narrows it within its day or
 * week. "2015-10-20" is that day, "2015-10-20TEV" its evening, "2015-W43" that ISO week and "2015-W43-WE" its
 * weekend, "2015-10" the month, "2012-SU" the summer, "2015" the year, "198" the 1980s, "19" the 1900s. Only points in
 * time with known digits have a reading: durations ("P3W"), sets, {@code PRESENT_REF} and "XXXX-10-20" have none.
 * The one place that decides which days a value covers: comparison, the timeline and the views all read it here.
 *
 * @param value     the value as written
 * @param precision its precision, read off its shape by {@link TimePrecision#of}
 * @param first     the first day it covers
 * @param last      the last day it covers (the same as {@code first} for a day and anything finer)
 * @param modifier  what narrows it within its days: a part of the day ("EV"), a time of day ("14:30", also for
 *                  "14:30Z" and "14:30+08", whose day is the one written), the weekend of a week ("WE"); empty when
 *                  nothing does
 */
public record TimexValue(String value, TimePrecision precision, LocalDate first, LocalDate last, String modifier) {

    public TimexValue {
        if (value == null || precision == null || first == null || last == null || modifier == null
                || last.isBefore(first)) {
            throw new IllegalArgumentException("bad TIMEX3 reading of " + value);
        }
    }

    /** The reading of a TIMEX3 value, empty when it is not a point in time with known digits. */
    public static Optional<TimexValue> parse(String value) {
        TimePrecision p = TimePrecision.of(value);
        try {
            return Optional.ofNullable(read(value, p));
        } catch (RuntimeException e) {
            return Optional.empty(); // "2015-13", "2015-02-30", "2015-W53": shaped like a date, not one
        }
    }

    private static TimexValue read(String v, TimePrecision p) {
        return switch (p) {
            case CENTURY -> years(v, p, Integer.parseInt(v) * 100, 100);
            case DECADE -> years(v, p, Integer.parseInt(v) * 10, 10);
            case YEAR -> years(v, p, Integer.parseInt(v), 1);
            case HALF_YEAR -> months(v, p, v.endsWith("1") ? 1 : 7, 6);
            case QUARTER -> months(v, p, (v.charAt(6) - '1') * 3 + 1, 3);
            case SEASON -> season(v);
            case MONTH -> months(v, p, Integer.parseInt(v.substring(5, 7)), 1);
            case WEEK -> week(v);
            case DAY -> day(v, p, "");
            case PART_OF_DAY -> day(v, p, v.substring(11));
            case MINUTE, SECOND -> day(v, p, checkedTime(TimePrecision.Zone.strip(v.substring(11))));
            case NONE -> null;
        };
    }

    private static int year(String v) {
        return Integer.parseInt(v, 0, 4, 10);
    }

    private static TimexValue years(String v, TimePrecision p, int firstYear, int count) {
        return new TimexValue(v, p, LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + count - 1, 12, 31), "");
    }

    private static TimexValue months(String v, TimePrecision p, int firstMonth, int count) {
        LocalDate first = LocalDate.of(year(v), firstMonth, 1);
        return new TimexValue(v, p, first, first.plusMonths(count).minusDays(1), "");
    }

    /** Northern meteorological seasons; winter is December of that year to February of the next. */
    private static TimexValue season(String v) {
        int firstMonth = switch (v.substring(5)) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        return months(v, TimePrecision.SEASON, firstMonth, 3);
    }

    private static TimexValue week(String v) {
        LocalDate monday = LocalDate.of(year(v), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                Integer.parseInt(v.substring(6, 8))).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        boolean weekend = v.endsWith("-WE");
        return new TimexValue(v, TimePrecision.WEEK, weekend ? monday.plusDays(5) : monday, monday.plusDays(6),
                weekend ? "WE" : "");
    }

    private static TimexValue day(String v, TimePrecision p, String modifier) {
        // the shape holds four, two and two digits: LocalDate.parse's formatter would only read them again
        LocalDate d = LocalDate.of(year(v), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
        return new TimexValue(v, p, d, d, modifier);
    }

    /** A time as TIMEX3 allows it: hours to 24 (midnight at the end of the day), minutes and seconds under 60. */
    private static String checkedTime(String time) {
        if (Integer.parseInt(time.substring(0, 2)) > 24 || Integer.parseInt(time.substring(3, 5)) > 59
                || time.length() >= 8 && Integer.parseInt(time.substring(6, 8)) > 59) {
            throw new IllegalArgumentException("no such time: " + time);
        }
        return time;
    }

    /**
     * This reading by whole days, as events are placed: a time of day becomes its day ("2015-10-20TEV" →
     * "2015-10-20", precision {@link TimePrecision#DAY}); anything coarser is returned as it is.
     */
    public TimexValue byDay() {
        return precision.compareTo(TimePrecision.DAY) > 0
                ? new TimexValue(first.toString(), TimePrecision.DAY, first, last, "") : this;
    }

    /** Whether this is one whole day ("2015-10-20", not its evening). */
    public boolean isDay() {
        return precision == TimePrecision.DAY;
    }

    /** How many days it touches. */
    public long dayCount() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** Whether every day of {@code other} is one of these days. */
    public boolean contains(TimexValue other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** Whether the two share a day. */
    public boolean overlaps(TimexValue other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /**
     * Where it starts in epoch days (1970-01-01 is day 0), a time of day as a fraction: 18:00 on 20 October 2015 is
     * {@code 16728.75}. With {@link #end()} the half-open stretch of time it stands for.
     */
    public double start() {
        return first.toEpochDay() + switch (precision) {
            case PART_OF_DAY -> partOfDay()[0];
            case MINUTE, SECOND -> timeOfDay();
            default -> 0;
        };
    }

    /** Where it ends (exclusive) in epoch days: a day ends at midnight, 20:00 on an evening, a minute after 14:30. */
    public double end() {
        return switch (precision) {
            case PART_OF_DAY -> first.toEpochDay() + partOfDay()[1];
            case MINUTE -> start() + 60 / 86_400.0;
            case SECOND -> start() + 1 / 86_400.0;
            default -> last.toEpochDay() + 1;
        };
    }

    /** TIMEX3 parts of the day as fractions of it: morning 06–12, afternoon 12–18, evening 18–22, night 21–24. */
    private double[] partOfDay() {
        return switch (modifier) {
            case "MO" -> new double[] {6 / 24.0, 12 / 24.0};
            case "AF" -> new double[] {12 / 24.0, 18 / 24.0};
            case "EV" -> new double[] {18 / 24.0, 22 / 24.0};
            case "NI" -> new double[] {21 / 24.0, 1};
            default -> new double[] {8 / 24.0, 18 / 24.0}; // DT, daytime
        };
    }

    /** "14:30" or "14:30:05.5" as a fraction of the day, to the whole second. */
    private double timeOfDay() {
        int seconds = Integer.parseInt(modifier.substring(0, 2)) * 3600
                + Integer.parseInt(modifier.substring(3, 5)) * 60
                + (modifier.length() >= 8 ? Integer.parseInt(modifier.substring(6, 8)) : 0);
        return seconds / 86_400.0;
    }
}

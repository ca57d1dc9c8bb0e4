package org.parallax.chart.timeline.scale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.parallax.model.TimePrecision;

/**
 * The stretch of days a TIMEX3 date value stands for: "2015-10-20" is that day, "2015-10-20TEV" its evening,
 * "2015-W43" that ISO week, "2015-10" the month, "2015" the year, "198" the 1980s, "19" the 1900s. The value's
 * shape is read by {@link TimePrecision#of}; anything that is not a point in time ("P3W", "PRESENT_REF") has none.
 */
public final class TimexRange {

    private TimexRange() {
    }

    /** Empty when the value is not a date this can place. */
    public static Optional<DayRange> of(String value) {
        try {
            return Optional.ofNullable(parse(value, TimePrecision.of(value)));
        } catch (RuntimeException e) {
            return Optional.empty(); // "2015-13", "2015-02-30": shaped like a date, not one
        }
    }

    private static DayRange parse(String v, TimePrecision precision) {
        return switch (precision) {
            case CENTURY -> years(Integer.parseInt(v) * 100, 100);
            case DECADE -> years(Integer.parseInt(v) * 10, 10);
            case YEAR -> years(Integer.parseInt(v), 1);
            case HALF_YEAR -> months(year(v), v.endsWith("1") ? 1 : 7, 6);
            case QUARTER -> months(year(v), (v.charAt(6) - '1') * 3 + 1, 3);
            case SEASON -> season(year(v), v.substring(5));
            case MONTH -> months(year(v), Integer.parseInt(v.substring(5, 7)), 1);
            case WEEK -> week(v);
            case DAY -> day(LocalDate.parse(v), 0, 1);
            case PART_OF_DAY -> partOfDay(LocalDate.parse(v.substring(0, 10)), v.substring(11));
            case MINUTE, SECOND -> {
                LocalDate date = LocalDate.parse(v.substring(0, 10));
                LocalTime time = LocalTime.parse(v.substring(11));
                double start = date.toEpochDay() + time.toSecondOfDay() / 86_400.0;
                yield new DayRange(start, start + (precision == TimePrecision.MINUTE ? 60 : 1) / 86_400.0);
            }
            case NONE -> null;
        };
    }

    private static int year(String v) {
        return Integer.parseInt(v.substring(0, 4));
    }

    private static DayRange years(int first, int count) {
        return new DayRange(LocalDate.of(first, 1, 1).toEpochDay(), LocalDate.of(first + count, 1, 1).toEpochDay());
    }

    private static DayRange months(int year, int firstMonth, int count) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new DayRange(start.toEpochDay(), start.plusMonths(count).toEpochDay());
    }

    /** Northern meteorological seasons; winter is December of that year to February of the next. */
    private static DayRange season(int year, String code) {
        return switch (code) {
            case "SP" -> months(year, 3, 3);
            case "SU" -> months(year, 6, 3);
            case "FA" -> months(year, 9, 3);
            default -> months(year, 12, 3);
        };
    }

    private static DayRange week(String v) {
        int year = year(v);
        int week = Integer.parseInt(v.substring(6, 8));
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return v.endsWith("-WE") ? day(monday.plusDays(5), 0, 2) : day(monday, 0, 7);
    }

    /** TIMEX3 parts of the day: morning 06–12, afternoon 12–18, evening 18–22, night 21–24, daytime 08–18. */
    private static DayRange partOfDay(LocalDate date, String part) {
        return switch (part) {
            case "MO" -> day(date, 6 / 24.0, 12 / 24.0);
            case "AF" -> day(date, 12 / 24.0, 18 / 24.0);
            case "EV" -> day(date, 18 / 24.0, 22 / 24.0);
            case "NI" -> day(date, 21 / 24.0, 1);
            default -> day(date, 8 / 24.0, 18 / 24.0);
        };
    }

    private static DayRange day(LocalDate date, double from, double to) {
        return new DayRange(date.toEpochDay() + from, date.toEpochDay() + to);
    }
}

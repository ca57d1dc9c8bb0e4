package org.parallax.compare.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.TimePrecision;

/**
 * A TIMEX3 date value as the interval of days it covers. Times of day are cut to their day
 * ("2015-10-20TEV" → "2015-10-20"): events are placed by day. Only points in time have an interval: durations,
 * sets, {@code PRESENT_REF} and values with unknown digits ({@code XXXX-10-20}) have none.
 *
 * @param value     the value events use: the day for day precision and finer, else the value as written
 * @param precision its precision ({@link TimePrecision#DAY} for times of day)
 * @param first     the first day it covers
 * @param last      the last day it covers
 */
public record DateValue(String value, TimePrecision precision, LocalDate first, LocalDate last) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    /** The interval of a TIMEX3 value, empty when it is not a point in time with known digits. */
    public static Optional<DateValue> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        TimePrecision p = TimePrecision.of(value);
        try {
            Matcher m;
            switch (p) {
                case DAY, PART_OF_DAY, MINUTE, SECOND -> {
                    m = DAY.matcher(value);
                    if (!m.matches()) {
                        return Optional.empty();
                    }
                    LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
                    return Optional.of(new DateValue(d.toString(), TimePrecision.DAY, d, d));
                }
                case WEEK -> {
                    m = WEEK.matcher(value);
                    m.matches();
                    LocalDate monday = LocalDate.of(i(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    LocalDate first = m.group(3) != null ? monday.plusDays(5) : monday;
                    return Optional.of(new DateValue(value, p, first, monday.plusDays(6)));
                }
                case MONTH -> {
                    m = MONTH.matcher(value);
                    m.matches();
                    LocalDate first = LocalDate.of(i(m, 1), i(m, 2), 1);
                    return Optional.of(new DateValue(value, p, first, first.with(TemporalAdjusters.lastDayOfMonth())));
                }
                case SEASON -> {
                    m = SEASON.matcher(value);
                    m.matches();
                    int y = i(m, 1);
                    return Optional.of(switch (m.group(2)) {
                        case "SP" -> new DateValue(value, p, LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                        case "SU" -> new DateValue(value, p, LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                        case "FA" -> new DateValue(value, p, LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                        default -> new DateValue(value, p, LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 3, 1).minusDays(1));
                    });
                }
                case QUARTER -> {
                    m = QUARTER.matcher(value);
                    m.matches();
                    LocalDate first = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1);
                    return Optional.of(new DateValue(value, p, first, first.plusMonths(3).minusDays(1)));
                }
                case HALF_YEAR -> {
                    m = HALF.matcher(value);
                    m.matches();
                    LocalDate first = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 6 + 1, 1);
                    return Optional.of(new DateValue(value, p, first, first.plusMonths(6).minusDays(1)));
                }
                case YEAR -> {
                    int y = Integer.parseInt(value);
                    return Optional.of(new DateValue(value, p, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
                }
                case DECADE -> {
                    int y = Integer.parseInt(value) * 10;
                    return Optional.of(new DateValue(value, p, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
                }
                case CENTURY -> {
                    int y = Integer.parseInt(value) * 100;
                    return Optional.of(new DateValue(value, p, LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31)));
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // an impossible date ("2015-02-30") is no point in time
        }
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    /** Days covered. */
    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    public boolean contains(DateValue other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** Whether this value is a single day. */
    public boolean isDay() {
        return precision == TimePrecision.DAY;
    }
}

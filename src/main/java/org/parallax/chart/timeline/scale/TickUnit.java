package org.parallax.chart.timeline.scale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The steps an axis can tick in, finest first, each with its label format: hours "14:00", days and weeks "20 Oct",
 * months "Oct 2015" (the year shown at January and in the context row), quarters, years "2015", decades "1980s".
 * {@link #context()} is the coarser unit named in the row above the ticks ("October 2015" above days).
 */
public enum TickUnit {
    HOUR(1 / 24.0), THREE_HOURS(3 / 24.0), SIX_HOURS(6 / 24.0), TWELVE_HOURS(12 / 24.0),
    DAY(1), TWO_DAYS(2), WEEK(7), MONTH(30.44), QUARTER(91.31), YEAR(365.25), FIVE_YEARS(5 * 365.25),
    DECADE(3652.5), QUARTER_CENTURY(25 * 365.25), HALF_CENTURY(50 * 365.25), CENTURY(36525);

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final double approxDays;

    TickUnit(double approxDays) {
        this.approxDays = approxDays;
    }

    /** The unit's typical length in days (months and years vary). */
    public double approxDays() {
        return approxDays;
    }

    /**
     * The finest unit whose ticks stand at least {@code minSpacing} pixels apart at {@code pixelsPerDay}; the
     * coarsest unit if none does.
     */
    public static TickUnit choose(double pixelsPerDay, double minSpacing) {
        for (TickUnit unit : values()) {
            if (unit.approxDays * pixelsPerDay >= minSpacing) {
                return unit;
            }
        }
        return CENTURY;
    }

    /** "hours", "3 hours", "days", "weeks", "months", "years", "decades": what the ticks step by. */
    public String description() {
        return switch (this) {
            case HOUR -> "hours";
            case THREE_HOURS -> "3 hours";
            case SIX_HOURS -> "6 hours";
            case TWELVE_HOURS -> "12 hours";
            case DAY -> "days";
            case TWO_DAYS -> "2 days";
            case WEEK -> "weeks";
            case MONTH -> "months";
            case QUARTER -> "quarters";
            case YEAR -> "years";
            case FIVE_YEARS -> "5 years";
            case DECADE -> "decades";
            case QUARTER_CENTURY -> "25 years";
            case HALF_CENTURY -> "50 years";
            case CENTURY -> "centuries";
        };
    }

    /** The unit the context row names above ticks of this unit; itself for years and coarser (no context row). */
    public TickUnit context() {
        return switch (this) {
            case HOUR, THREE_HOURS, SIX_HOURS, TWELVE_HOURS -> DAY;
            case DAY, TWO_DAYS, WEEK -> MONTH;
            case MONTH, QUARTER -> YEAR;
            default -> this;
        };
    }

    public boolean hasContext() {
        return context() != this;
    }

    /** The first tick at or after {@code day} (epoch days). */
    public double ceil(double day) {
        double f = floor(day);
        return f >= day ? f : next(f);
    }

    /** The last tick at or before {@code day}. */
    public double floor(double day) {
        LocalDateTime t = at(day);
        LocalDate d = t.toLocalDate();
        return switch (this) {
            case HOUR, THREE_HOURS, SIX_HOURS, TWELVE_HOURS -> {
                int step = hours();
                yield d.toEpochDay() + (t.getHour() / step * step) / 24.0;
            }
            case DAY -> d.toEpochDay();
            case TWO_DAYS -> d.toEpochDay() - Math.floorMod(d.toEpochDay(), 2);
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
            case MONTH -> d.withDayOfMonth(1).toEpochDay();
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1).toEpochDay();
            default -> LocalDate.of(Math.floorDiv(d.getYear(), years()) * years(), 1, 1).toEpochDay();
        };
    }

    /** The tick after the tick at {@code tickDay}. */
    public double next(double tickDay) {
        LocalDate d = at(tickDay).toLocalDate();
        return switch (this) {
            case HOUR, THREE_HOURS, SIX_HOURS, TWELVE_HOURS -> Math.round((tickDay + hours() / 24.0) * 24) / 24.0;
            case DAY -> tickDay + 1;
            case TWO_DAYS -> tickDay + 2;
            case WEEK -> tickDay + 7;
            case MONTH -> d.plusMonths(1).toEpochDay();
            case QUARTER -> d.plusMonths(3).toEpochDay();
            default -> d.plusYears(years()).toEpochDay();
        };
    }

    /** The tick label: "14:00", "20 Oct", "Oct 2015" (just "Oct" inside a year the context row names), "2015". */
    public String label(double day) {
        LocalDateTime t = at(day);
        return switch (this) {
            case HOUR, THREE_HOURS, SIX_HOURS, TWELVE_HOURS -> t.format(HOURS);
            case DAY, TWO_DAYS, WEEK -> t.format(DAY_MONTH);
            case MONTH, QUARTER -> t.getMonthValue() == 1 ? t.format(MONTH_YEAR) : t.format(MONTH_ONLY);
            case YEAR, FIVE_YEARS -> Integer.toString(t.getYear());
            default -> t.getYear() + "s";
        };
    }

    /** The context label of the stretch starting at {@code day}: "Tue 20 October 2015", "October 2015", "2015". */
    public String contextLabel(double day) {
        LocalDateTime t = at(day);
        return switch (context()) {
            case DAY -> t.format(FULL_DAY);
            case MONTH -> t.format(FULL_MONTH);
            default -> Integer.toString(t.getYear());
        };
    }

    private int hours() {
        return switch (this) {
            case THREE_HOURS -> 3;
            case SIX_HOURS -> 6;
            case TWELVE_HOURS -> 12;
            default -> 1;
        };
    }

    private int years() {
        return switch (this) {
            case FIVE_YEARS -> 5;
            case DECADE -> 10;
            case QUARTER_CENTURY -> 25;
            case HALF_CENTURY -> 50;
            case CENTURY -> 100;
            default -> 1;
        };
    }

    static LocalDateTime at(double day) {
        long whole = (long) Math.floor(day);
        long seconds = Math.round((day - whole) * 86_400);
        return LocalDate.ofEpochDay(whole).atStartOfDay().plusSeconds(seconds);
    }
}

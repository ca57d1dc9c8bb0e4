package org.parallax.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar arithmetic with {@code java.time} and the TIMEX3 spelling of its results. */
final class Calendar {

    private Calendar() {
    }

    static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String month(YearMonth m) {
        return String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue());
    }

    static String year(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }

    /** The ISO week of {@code d}, "2015-W43". */
    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int quarter(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The quarter {@code shift} quarters from the one holding {@code d}, "2015-Q3". */
    static String quarter(LocalDate d, int shift) {
        LocalDate x = d.withDayOfMonth(1).plusMonths(3L * shift);
        return x.getYear() + "-Q" + quarter(x);
    }

    static String half(LocalDate d, int shift) {
        LocalDate x = d.withDayOfMonth(1).plusMonths(6L * shift);
        return x.getYear() + "-H" + (x.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The {@code dow} nearest to {@code anchor} on or before it (strictly before if {@code strict}). */
    static LocalDate previous(LocalDate anchor, DayOfWeek dow, boolean strict) {
        return strict ? anchor.with(TemporalAdjusters.previous(dow)) : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    /** The {@code dow} nearest to {@code anchor} on or after it (strictly after if {@code strict}). */
    static LocalDate next(LocalDate anchor, DayOfWeek dow, boolean strict) {
        return strict ? anchor.with(TemporalAdjusters.next(dow)) : anchor.with(TemporalAdjusters.nextOrSame(dow));
    }

    /** The first day of season {@code code} (SP, SU, FA, WI) of year {@code y}; winter starts in December. */
    static LocalDate seasonStart(String code, int y) {
        return switch (code) {
            case "SP" -> LocalDate.of(y, 3, 1);
            case "SU" -> LocalDate.of(y, 6, 1);
            case "FA" -> LocalDate.of(y, 9, 1);
            default -> LocalDate.of(y, 12, 1);
        };
    }

    /** The year of the season occurrence holding {@code d}, or -1 if {@code d} is in another season. */
    static int seasonYearOf(String code, LocalDate d) {
        for (int y = d.getYear() - 1; y <= d.getYear(); y++) {
            LocalDate s = seasonStart(code, y);
            if (!d.isBefore(s) && d.isBefore(s.plusMonths(3))) {
                return y;
            }
        }
        return -1;
    }
}

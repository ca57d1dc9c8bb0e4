package org.parallax.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic with {@code java.time} and the TIMEX3 spelling of its results. */
final class Calendar {

    private Calendar() {
    }

    static String day(LocalDate d) {
        StringBuilder b = new StringBuilder(10);
        pad(b, d.getYear(), 4).append('-');
        pad(b, d.getMonthValue(), 2).append('-');
        return pad(b, d.getDayOfMonth(), 2).toString();
    }

    static String month(YearMonth m) {
        StringBuilder b = new StringBuilder(7);
        pad(b, m.getYear(), 4).append('-');
        return pad(b, m.getMonthValue(), 2).toString();
    }

    static String year(int y) {
        return padded(y, 4);
    }

    /** The ISO week of {@code d}, "2015-W43". */
    static String week(LocalDate d) {
        StringBuilder b = new StringBuilder(8);
        pad(b, d.get(IsoFields.WEEK_BASED_YEAR), 4).append("-W");
        return pad(b, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2).toString();
    }

    /** {@code v} as {@code String.format(Locale.ROOT, "%0<width>d", v)} writes it, without a formatter (the hot path). */
    static String padded(int v, int width) {
        return pad(new StringBuilder(width), v, width).toString();
    }

    /** Appends {@code v} zero-padded to {@code width} characters, its sign included ("-005" for -5 in 4). */
    static StringBuilder pad(StringBuilder b, int v, int width) {
        String digits = v < 0 ? Long.toString(-(long) v) : Integer.toString(v);
        if (v < 0) {
            b.append('-');
        }
        for (int n = digits.length() + (v < 0 ? 1 : 0); n < width; n++) {
            b.append('0');
        }
        return b.append(digits);
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

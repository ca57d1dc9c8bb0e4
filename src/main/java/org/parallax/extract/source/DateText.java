package org.parallax.extract.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as publication lines, datelines and URLs write them: "October 21, 2015", "Oct. 21, 2015",
 * "21 October 2015", "2015-10-21", "21.10.2015", "10/21/2015", "/2015/10/21/", "/20151021/", and month-day
 * without a year for datelines ("Oct 21").
 */
final class DateText {

    static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)" + YEAR + "-(?<m>\\d\\d)-(?<d>\\d\\d)(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("\\b(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH);

    private static final Pattern URL_YMD = Pattern.compile("/" + YEAR + "[/-](?<m>[01]?\\d)[/-](?<d>[0-3]?\\d)(?=[/._-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("/" + YEAR + "(?<m>[01]\\d)(?<d>[0-3]\\d)(?=[/._-]|$)");
    private static final Pattern URL_YM = Pattern.compile("/" + YEAR + "/(?<m>[01]?\\d)/");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(names[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
    }

    private DateText() {
    }

    /**
     * The first complete date in {@code s}. Numeric dates with dots are day-first ("21.10.2015"); with slashes
     * or dashes month-first ("10/21/2015") unless only day-first makes a date, or {@code dayFirst} says the outlet
     * writes them so.
     */
    static Optional<LocalDate> find(String s, boolean dayFirst) {
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO, NUMERIC}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<LocalDate> d = dateOf(p, m, dayFirst);
                if (d.isPresent()) {
                    if (m.start() < bestAt) {
                        best = d;
                        bestAt = m.start();
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static Optional<LocalDate> dateOf(Pattern p, Matcher m, boolean dayFirst) {
        int year = Integer.parseInt(m.group("year"));
        if (p == ISO) {
            return date(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        }
        if (p == NUMERIC) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            boolean df = m.group("sep").equals(".") || dayFirst || a > 12;
            if (b > 12 && a <= 12) {
                df = false;
            }
            return df ? date(year, b, a) : date(year, a, b);
        }
        return date(year, month(m.group("month")), Integer.parseInt(m.group("day")));
    }

    /** A month and day without a year, as datelines give them ("Oct 21", "21 October"). */
    static Optional<MonthDay> findMonthDay(String s) {
        for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                try {
                    return Optional.of(MonthDay.of(month(m.group("month")), Integer.parseInt(m.group("day"))));
                } catch (DateTimeException e) {
                    // "Oct 45": not a day
                }
            }
        }
        return Optional.empty();
    }

    /** The date in a URL's path: "/2015/10/21/", "/2015-10-21-", "/20151021/". */
    static Optional<LocalDate> inUrl(String url) {
        String path = pathOf(url);
        for (Pattern p : new Pattern[] {URL_YMD, URL_COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<LocalDate> d = date(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The year of a URL path that dates itself only by year and month ("/2015/10/"), or by a full date. */
    static Optional<Integer> yearInUrl(String url) {
        Optional<LocalDate> full = inUrl(url);
        if (full.isPresent()) {
            return full.map(LocalDate::getYear);
        }
        Matcher m = URL_YM.matcher(pathOf(url));
        while (m.find()) {
            int month = Integer.parseInt(m.group("m"));
            if (month >= 1 && month <= 12) {
                return Optional.of(Integer.parseInt(m.group("year")));
            }
        }
        return Optional.empty();
    }

    private static String pathOf(String url) {
        String s = url.replaceFirst("^[a-zA-Z]+://", "");
        int slash = s.indexOf('/');
        return slash < 0 ? "" : s.substring(slash);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package org.parallax.extract.time;

import static org.parallax.extract.time.MatchText.has;
import static org.parallax.extract.time.MatchText.wordAfter;
import static org.parallax.extract.time.MatchText.wordBefore;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the calendar names: numeric dates, a day and month without a year, a month alone, short years, decades,
 * weeks of a month, seasons and quarters. Where the year is left out, the reading nearest the publication date,
 * moved by the clause's tense only when that contradicts it clearly.
 */
final class CalendarDates {

    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "of", "until", "till", "by", "from",
            "to", "through", "during", "early", "late", "mid", "last", "next", "this", "before", "after", "on",
            "between", "and", "around", "throughout", "end", "beginning", "start", "middle", "for");

    /**
     * A year-less date is moved a year against the nearest reading only when the clause's tense contradicts it
     * by more than this: news reports recent past and near future with every tense ("a hearing was scheduled
     * for June 3"), so a small contradiction says more about the verb than about the year.
     */
    static final int FLIP_DAYS = 60;
    static final int FLIP_MONTHS = 2;

    private static final Pattern RELATIVE_YEAR_AFTER =
            Pattern.compile("\\s+(?:(?i:of)\\s+)?(?i:(next|last|this))\\s+(?i:year)(?![\\w-])");

    private final TimeWords lx;

    CalendarDates(TimeWords lx) {
        this.lx = lx;
    }

    int month(Matcher m) {
        return Integer.parseInt(lx.key("month", m.group("m")));
    }

    static int year(Matcher m) {
        return Integer.parseInt(m.group("y"));
    }

    static Value ymd(int y, int mo, String d) {
        int day = Integer.parseInt(d);
        try {
            return Value.date(Calendar.day(LocalDate.of(y, mo, day)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    Value numericDate(Matcher m, Context c, String s) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String ys = m.group("y");
        if (ys.length() == 2 && m.group("sep").equals(".")) {
            return null; // "1.2.10" is more likely a version than a date
        }
        int y = Integer.parseInt(ys);
        if (ys.length() == 2) {
            int pivot = c.anchored() ? c.dct().getYear() % 100 + 10 : 50;
            y += y <= pivot ? 2000 : 1900;
        }
        int mo;
        int d;
        boolean monthFirst = c.order() == DateOrder.MONTH_FIRST;
        if (a > 12 && b <= 12) {
            monthFirst = false;
        } else if (b > 12 && a <= 12) {
            monthFirst = true;
        }
        mo = monthFirst ? a : b;
        d = monthFirst ? b : a;
        if (mo < 1 || mo > 12) {
            return null;
        }
        return ymd(y, mo, Integer.toString(d));
    }

    /** A day and month without a year: the year that puts it nearest the publication date, unless tense says otherwise. */
    Value monthDay(Matcher m, Context c) {
        int mo = month(m);
        int d = Integer.parseInt(m.group("d"));
        if (mo == 2 && d > 29 || d > YearMonth.of(2000, mo).lengthOfMonth()) {
            return null;
        }
        if (!c.anchored()) {
            return Value.date("XXXX-" + Calendar.padded(mo, 2) + "-" + Calendar.padded(d, 2));
        }
        LocalDate dct = c.dct();
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            if (mo == 2 && d == 29 && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate cand = LocalDate.of(y, mo, d);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(dct, cand)) < Math.abs(ChronoUnit.DAYS.between(dct, best))) {
                best = cand;
            }
        }
        if (best == null) {
            return null;
        }
        long gap = ChronoUnit.DAYS.between(dct, best);
        if (c.tense() == Tense.FUTURE && gap < -FLIP_DAYS) {
            best = best.plusYears(1);
        } else if (c.tense() == Tense.PAST && gap > FLIP_DAYS) {
            best = best.minusYears(1);
        }
        return Value.date(Calendar.day(best));
    }

    Value monthAlone(Matcher m, Context c, String s) {
        String name = m.group("m");
        String rel = m.group("rel") == null ? "" : MatchText.oneSpace(m.group("rel").toLowerCase(Locale.ROOT));
        if (name.equals("May") || name.equals("March") || name.endsWith(".") || name.length() <= 3) {
            // "May" and "March" are also verbs and names; abbreviations alone are rare: need a preposition
            if (rel.isEmpty() && !MONTH_PREPOSITIONS.contains(wordBefore(s, m.start()))) {
                return null;
            }
        }
        java.util.regex.Matcher year = RELATIVE_YEAR_AFTER.matcher(s).region(m.end(), s.length());
        if (rel.isEmpty() && c.anchored() && year.lookingAt()) {
            // "after October of next year": the month of the year the next words name
            String r = year.group(1).toLowerCase(Locale.ROOT);
            int y = c.dct().getYear() + (r.equals("next") ? 1 : r.equals("last") ? -1 : 0);
            return Value.date(Calendar.month(YearMonth.of(y, month(m))));
        }
        return monthAloneValue(month(m), rel, c);
    }

    Value monthAloneValue(int mo, String rel, Context c) {
        if (!c.anchored()) {
            return Value.date("XXXX-" + Calendar.padded(mo, 2));
        }
        YearMonth now = YearMonth.from(c.dct());
        YearMonth same = YearMonth.of(now.getYear(), mo);
        YearMonth v;
        if (rel.equals("last")) {
            v = same.isBefore(now) ? same : same.minusYears(1);
        } else if (rel.equals("next")) {
            v = same.isAfter(now) ? same : same.plusYears(1);
        } else if (rel.equals("this")) {
            v = same;
        } else {
            v = same;
            long diff = ChronoUnit.MONTHS.between(now, same);
            if (diff > 6) {
                v = same.minusYears(1);
            } else if (diff < -6) {
                v = same.plusYears(1);
            }
            long gap = ChronoUnit.MONTHS.between(now, v);
            if (c.tense() == Tense.PAST && gap >= FLIP_MONTHS) {
                v = v.minusYears(1);
            } else if (c.tense() == Tense.FUTURE && gap <= -FLIP_MONTHS) {
                v = v.plusYears(1);
            }
        }
        return Value.date(Calendar.month(v));
    }

    Value shortYear(Matcher m, Context c, String s) {
        if (!MONTH_PREPOSITIONS.contains(wordBefore(s, m.start())) && !wordBefore(s, m.start()).equals("year")) {
            return null; // "iLife '11" is a product, "in '82" a year
        }
        int yy = Integer.parseInt(m.group("yy"));
        int pivot = c.anchored() ? c.dct().getYear() % 100 : 30;
        return Value.date(Calendar.year(yy <= pivot ? 2000 + yy : 1900 + yy));
    }

    Value decade(Matcher m, Context c, String s) {
        String dec = m.group("dec").replace("'", "").replace("’", "");
        dec = dec.substring(0, dec.length() - 1); // drop the s
        if (dec.length() == 4) {
            return Value.date(dec.substring(0, 3));
        }
        int d = Integer.parseInt(dec); // "80" → 8
        int current = c.anchored() ? c.dct().getYear() : 2000;
        int century = (2000 + d) <= current ? 20 : 19;
        return Value.date(century + Integer.toString(d / 10));
    }

    /**
     * "FY2009" for "fiscal 2009", "FY09", "the 2009 fiscal year"; a two-digit year is the nearest century's. "This
     * fiscal year" is FY and the publication's year, "last fiscal year" the one before, "next fiscal year" the one
     * after (TimeML's convention: where a fiscal year starts differs by company and country, its number does not).
     */
    static Value fiscalYear(Matcher m, Context c, String s) {
        if (has(m, "rel")) {
            return c.anchored() ? Value.date("FY" + (c.dct().getYear() + fiscalShift(m.group("rel")))) : null;
        }
        if (has(m, "yy")) {
            int yy = Integer.parseInt(m.group("yy"));
            return Value.date("FY" + (yy < 50 ? 2000 + yy : 1900 + yy));
        }
        return Value.date("FY" + (has(m, "y") ? m.group("y") : m.group("y2")));
    }

    /**
     * "The 100th day of the year" (the publication's year), "day 45 of 2019", "the last day of March 2020": the day
     * it counts to; null past the end of the year or month.
     */
    Value ordinalDay(Matcher m, Context c, String s) {
        LocalDate first;
        LocalDate last;
        if (has(m, "m")) {
            first = LocalDate.of(year(m), month(m), 1);
            last = first.plusMonths(1).minusDays(1);
        } else if (has(m, "y2") || c.anchored()) {
            int y = has(m, "y2") ? Integer.parseInt(m.group("y2")) : c.dct().getYear();
            first = LocalDate.of(y, 1, 1);
            last = LocalDate.of(y, 12, 31);
        } else {
            return null;
        }
        int n;
        if (has(m, "n")) {
            n = Integer.parseInt(m.group("n"));
        } else {
            String o = m.group("o").toLowerCase(Locale.ROOT);
            n = o.equals("last") || o.equals("final") ? (int) ChronoUnit.DAYS.between(first, last) + 1
                    : Integer.parseInt(o.matches("\\d+(st|nd|rd|th)") ? o.substring(0, o.length() - 2) : lx.key("ordinal", o));
        }
        LocalDate d = first.plusDays(n - 1L);
        return n < 1 || d.isAfter(last) ? null : Value.date(Calendar.day(d));
    }

    Value weekOfMonth(Matcher m, Context c, String s) {
        int mo = month(m);
        int y;
        if (has(m, "y")) {
            y = year(m);
        } else if (c.anchored()) {
            Value v = monthAloneValue(mo, "", c);
            y = Integer.parseInt(v.value().substring(0, 4));
        } else {
            return null;
        }
        String o = m.group("o").toLowerCase(Locale.ROOT);
        LocalDate first = LocalDate.of(y, mo, 1);
        LocalDate d = switch (o) {
            case "last", "final" -> first.plusMonths(1).minusDays(4);
            default -> first.plusDays(3 + 7L * (Integer.parseInt(lx.key("ordinal", o)) - 1));
        };
        return Value.date(Calendar.week(d));
    }

    Value season(Matcher m, Context c, String s) {
        String word = m.group("s").toLowerCase(Locale.ROOT);
        String code = lx.key("season", word);
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        if (m.group("y") != null) {
            return Value.date(m.group("y") + "-" + code);
        }
        if (pre.isEmpty() || word.equals("fall") && !(pre.equals("this") || pre.equals("last") || pre.equals("next"))) {
            return null; // "the fall of the Wall", "Arab Spring", a bare season with nothing around it
        }
        if (pre.equals("the") && !Character.isLowerCase(m.group("s").charAt(0))) {
            return null;
        }
        String rel = switch (pre) {
            case "last", "next", "this" -> pre;
            default -> c.tense() == Tense.PAST ? "last" : c.tense() == Tense.FUTURE ? "next" : "this";
        };
        return seasonValue(code, rel, c);
    }

    static Value seasonValue(String code, String rel, Context c) {
        if (!c.anchored()) {
            return null;
        }
        LocalDate d = c.dct();
        int current = Calendar.seasonYearOf(code, d);
        int y;
        switch (rel) {
            case "last" -> {
                y = d.getYear();
                while (!Calendar.seasonStart(code, y).plusMonths(3).isBefore(d.plusDays(1)) || y == current) {
                    y--;
                }
            }
            case "next", "coming" -> {
                y = d.getYear() - 1;
                while (!Calendar.seasonStart(code, y).isAfter(d)) {
                    y++;
                }
            }
            default -> y = current >= 0 ? current : (code.equals("WI") ? d.getYear() : d.getYear());
        }
        return Value.date(y + "-" + code);
    }

    /** How many years "last", "this", "next" (fiscal year) move from the publication's: -1, 0, 1. */
    static int fiscalShift(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.contains("last") || r.contains("previous") || r.contains("past") || r.contains("prior")) {
            return -1;
        }
        return r.contains("next") || r.contains("coming") ? 1 : 0;
    }

    /**
     * A quarter or half: "the third quarter of 2009" (2009-Q3), "Q3", "the first half of last year". A fiscal one is
     * TimeML's FY2009-Q3 ("the third quarter of fiscal 2009", "the fiscal third quarter", "Q3 of FY2009"); without a
     * year of its own it is in the fiscal year of the publication's year, as "this fiscal year" is.
     */
    Value quarter(Matcher m, Context c, String s) {
        if (has(m, "fq") || has(m, "fq2") || has(m, "fy") || has(m, "fyr") || has(m, "fyy")) {
            return fiscalQuarter(m, c);
        }
        String period = periodOf(m);
        if (period == null) {
            return null;
        }
        boolean half = period.startsWith("H");
        int n = period.charAt(1) - '0';
        String p = period.substring(0, 1);
        if (has(m, "y")) {
            return Value.date(m.group("y") + "-" + p + n);
        }
        if (!c.anchored()) {
            return Value.date("XXXX-" + p + n);
        }
        int y = c.dct().getYear();
        if (has(m, "rel")) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            if (rel.contains("last") || rel.contains("previous")) {
                y--;
            } else if (rel.contains("next")) {
                y++;
            }
            return Value.date(y + "-" + p + n);
        }
        // the nearest such quarter (or half), moved by the tense only when it is two or more periods away
        int months = half ? 6 : 3;
        int per = half ? 2 : 4;
        int nowIndex = c.dct().getYear() * per + (c.dct().getMonthValue() - 1) / months;
        int best = y * per + (n - 1);
        for (int cand = (y - 1) * per + (n - 1); cand <= (y + 1) * per + (n - 1); cand += per) {
            if (Math.abs(cand - nowIndex) < Math.abs(best - nowIndex)
                    || Math.abs(cand - nowIndex) == Math.abs(best - nowIndex) && cand < best) {
                best = cand;
            }
        }
        if (c.tense() == Tense.PAST && best - nowIndex >= 2) {
            best -= per;
        } else if (c.tense() == Tense.FUTURE && nowIndex - best >= 2) {
            best += per;
        }
        y = best / per;
        return Value.date(y + "-" + p + n);
    }

    private Value fiscalQuarter(Matcher m, Context c) {
        String p = periodOf(m);
        if (p == null) {
            return null;
        }
        String y = has(m, "y") ? m.group("y") : has(m, "fyy") ? m.group("fyy") : null;
        if (y == null && !c.anchored()) {
            return Value.date("FYXXXX-" + p);
        }
        if (y == null) {
            y = Integer.toString(c.dct().getYear() + (has(m, "rel") ? fiscalShift(m.group("rel")) : 0));
        }
        return Value.date("FY" + y + "-" + p);
    }

    /** "Q3", "H1" for the quarter or half a match names; null for a fifth quarter. */
    private String periodOf(Matcher m) {
        boolean half = has(m, "q") && m.group("q").toLowerCase(Locale.ROOT).equals("half");
        if (has(m, "qn")) {
            return "Q" + m.group("qn");
        }
        String o = m.group("o").toLowerCase(Locale.ROOT);
        int n = o.equals("final") ? (half ? 2 : 4) : Integer.parseInt(lx.key("ordinal", o));
        return n > (half ? 2 : 4) ? null : (half ? "H" : "Q") + n;
    }

    /** "Russell 2000 Index", "Windows 2000 Server": a number between two capitalised words is part of a name. */
    boolean insideName(String s, int start, int end) {
        String before = wordBefore(s, start);
        String after = wordAfter(s, end);
        if (before.isEmpty() || after.isEmpty() || !Character.isUpperCase(after.charAt(0))
                || lx.key("month", after) != null) {
            return false;
        }
        int i = start;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (w == i || !Character.isUpperCase(s.charAt(w))) {
            return false;
        }
        String prev = s.substring(w, i);
        boolean sentenceStart = w == 0 || s.substring(0, w).strip().isEmpty()
                || ".!?".indexOf(s.substring(0, w).strip().charAt(s.substring(0, w).strip().length() - 1)) >= 0;
        return !sentenceStart && lx.key("month", prev) == null && !MONTH_PREPOSITIONS.contains(before);
    }
}

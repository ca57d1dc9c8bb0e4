package org.parallax.extract.time;

import static org.parallax.extract.time.MatchText.has;
import static org.parallax.extract.time.MatchText.wordBefore;

import static org.parallax.extract.time.Durations.durationValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates relative to the publication date or to the last date the article named: weekdays ("last Friday"), "today",
 * "the same day", "last month", "the weekend", "three weeks ago", and clock times ("18:00 UTC", "3 pm").
 */
final class RelativeDates {

    private static final Set<String> NAMED_DAYS = Set.of("black", "good", "super", "cyber", "holy", "easter",
            "ash", "bloody", "blue", "manic", "maundy", "shrove", "palm", "fat", "giving");

    /** Words before "the next decade" that make it a stretch of time, not the decade after this one. */
    private static final Set<String> STRETCH_SIGNALS = Set.of("over", "during", "within", "for", "throughout");

    private final TimeWords lx;
    private final Durations durations;

    RelativeDates(TimeWords lx, Durations durations) {
        this.lx = lx;
        this.durations = durations;
    }

    Value weekday(Matcher m, Context c, String s) {
        String before = wordBefore(s, m.start());
        if (NAMED_DAYS.contains(before)) {
            return null; // "Black Monday", "Good Friday"
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(lx.key("weekday", m.group("w"))));
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        String pod = m.group("pod") == null ? null : lx.key("part-of-day", m.group("pod"));
        if (!c.anchored()) {
            return Value.date("XXXX-WXX-" + dow.getValue());
        }
        LocalDate dct = c.dct();
        LocalDate d = switch (rel) {
            case "last", "past" -> Calendar.previous(dct, dow, true);
            case "next", "coming" -> Calendar.next(dct, dow, true);
            case "this" -> c.tense() == Tense.PAST ? Calendar.previous(dct, dow, false) : Calendar.next(dct, dow, false);
            default -> c.tense() == Tense.FUTURE || untilAhead(s, m.start(), c.tense())
                    ? Calendar.next(dct, dow, false) : Calendar.previous(dct, dow, false);
        };
        return pod == null ? Value.date(Calendar.day(d)) : Value.time(Calendar.day(d) + "T" + pod);
    }

    /**
     * Whether "until Friday" points ahead: a bound is the coming day unless the clause is told in the past ("the road
     * was closed until Friday"); a participle after "is", "has" or "will stay" ("is closed until Friday", "has kept it shut until Friday") is
     * no past.
     */
    private static boolean untilAhead(String s, int start, Tense tense) {
        String before = wordBefore(s, start);
        if (!before.equals("until") && !before.equals("till")) {
            return false;
        }
        if (tense != Tense.PAST) {
            return true;
        }
        String clause = s.substring(0, start).toLowerCase(Locale.ROOT);
        return FORWARD_AUXILIARY.matcher(clause).find() && !PAST_AUXILIARY.matcher(clause).find();
    }

    /** The dots and spaces of "p. m." */
    private static final Pattern AP_DOTS = Pattern.compile("[.\\s]");
    private static final Pattern FORWARD_AUXILIARY = Pattern.compile(
            "(?<![\\w'’])(?:is|are|am|has|have|remains?|stays?|will|shall|won['’]t)(?![\\w'’])|['’]ll(?!\\w)");
    private static final Pattern PAST_AUXILIARY = Pattern.compile(
            "(?<![\\w'’])(?:was|were|had|did|remained|stayed)(?![\\w'’])");

    Value relativeDay(Matcher m, Context c, String s) {
        if (!c.anchored()) {
            return null;
        }
        String w = m.group("w").toLowerCase(Locale.ROOT);
        String pod = m.group("pod") == null ? null : lx.key("part-of-day", m.group("pod"));
        LocalDate d = c.dct();
        switch (w) {
            case "yesterday" -> d = d.minusDays(1);
            case "tomorrow" -> d = d.plusDays(1);
            case "tonight" -> pod = "NI";
            case "last" -> {
                if (!"NI".equals(pod)) {
                    return null; // "last morning" is not said
                }
                d = d.minusDays(1);
            }
            default -> {
                // today, this (morning)
            }
        }
        return pod == null ? Value.date(Calendar.day(d)) : Value.time(Calendar.day(d) + "T" + pod);
    }

    Value anaphoric(Matcher m, Context c, String s) {
        LocalDate ref = c.referenceOrDct();
        if (ref == null) {
            return null;
        }
        if (m.group("ba") != null) {
            return Value.date(Calendar.day(ref.plusDays(m.group("ba").equalsIgnoreCase("before") ? -1 : 1)));
        }
        String a = m.group("a") == null ? "same" : m.group("a").toLowerCase(Locale.ROOT);
        int shift = switch (a) {
            case "following", "next" -> 1;
            case "previous", "preceding", "prior" -> -1;
            default -> 0;
        };
        String u = m.group("u").toLowerCase(Locale.ROOT);
        if (u.equals("decade")) {
            return a.equals("next") ? null : decadeOfFocus(c, shift, s, m.start()); // "the next decade": from now
        }
        return switch (u) {
            case "day" -> Value.date(Calendar.day(ref.plusDays(shift)));
            case "week" -> Value.date(Calendar.week(ref.plusWeeks(shift)));
            case "weekend" -> Value.date(Calendar.week(ref.plusWeeks(shift)) + "-WE");
            case "month" -> Value.date(Calendar.month(YearMonth.from(ref).plusMonths(shift)));
            case "year" -> Value.date(Calendar.year(ref.getYear() + shift));
            default -> Value.time(Calendar.day(ref.plusDays(shift)) + "T" + lx.key("part-of-day", u));
        };
    }

    /**
     * "The following decade", "the previous decade", "that decade": the decade of the date in focus (of any
     * precision: "in 1990 ... the following decade" is the 2000s), else of the publication, moved by {@code shift}.
     * "Over the previous decade" is a stretch of time, left to the duration reading.
     */
    private static Value decadeOfFocus(Context c, int shift, String s, int start) {
        if (STRETCH_SIGNALS.contains(wordBefore(s, start))) {
            return null;
        }
        String ref = c.referenceValue();
        Integer year = ref == null ? null : ref.matches("\\d{4}.*") ? Integer.valueOf(ref.substring(0, 4))
                : ref.matches("\\d{3}") ? Integer.valueOf(ref + "0") : null;
        if (year == null) {
            LocalDate day = c.referenceOrDct();
            year = day == null ? null : Integer.valueOf(day.getYear());
        }
        return year == null ? null : Value.date(Integer.toString(year / 10 + shift));
    }

    Value relativeUnit(Matcher m, Context c, String s) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String pre = m.group("pre");
        boolean hasThe = m.group("the") != null;
        String u = m.group("u").toLowerCase(Locale.ROOT);
        if (rel.equals("the") && pre == null) {
            return null; // "the year" alone: anaphoric, not handled
        }
        if ((rel.equals("next") || rel.equals("coming")) && pre == null && m.group("s") == null) {
            String before = wordBefore(s, m.start());
            if (hasThe && STRETCH_SIGNALS.contains(before)) {
                return Value.duration(durationValue("1", durations.unitCode(u))); // "over the next decade": a stretch
            }
            if (!hasThe && before.equals("the") && STRETCH_SIGNALS.contains(wordBefore(s, s.lastIndexOf("the", m.start())))) {
                return null; // "next decade" of "over the next decade": read with its article
            }
        }
        if (hasThe && !(rel.equals("past") || rel.equals("coming") || rel.equals("current") || rel.equals("last")
                || rel.equals("previous"))) {
            return null;
        }
        if (rel.equals("previous")) {
            if (!hasThe) {
                return null;
            }
            rel = "last";
        }
        if (m.group("s") != null) {
            return CalendarDates.seasonValue(lx.key("season", m.group("s")), rel, c);
        }
        String code = durations.unitCode(u);
        if (rel.equals("past") || (rel.equals("last") && hasThe && !u.equals("quarter") && !u.equals("weekend"))) {
            // "the past year", "over the last decade": a stretch of time up to now
            if (pre != null) {
                return null;
            }
            return Value.duration(durationValue("1", code));
        }
        if (!c.anchored()) {
            return null;
        }
        int shift = switch (rel) {
            case "last" -> -1;
            case "next", "coming" -> 1;
            default -> 0; // this, current, the
        };
        LocalDate d = c.dct();
        return switch (u) {
            case "week" -> Value.date(Calendar.week(d.plusWeeks(shift)));
            case "weekend" -> Value.date(Calendar.week(d.plusWeeks(shift)) + "-WE");
            case "month" -> Value.date(Calendar.month(YearMonth.from(d).plusMonths(shift)));
            case "quarter" -> Value.date(Calendar.quarter(d, shift));
            case "year" -> Value.date(Calendar.year(d.getYear() + shift));
            case "decade" -> Value.date(Integer.toString(d.getYear() / 10 + shift));
            case "century" -> Value.date(Calendar.padded(d.getYear() / 100 + shift, 2));
            default -> null;
        };
    }

    Value weekend(Matcher m, Context c, String s) {
        if (!c.anchored()) {
            return null;
        }
        LocalDate d = c.dct();
        // the weekend just past, unless the clause looks forward or it is the weekend now
        if (d.getDayOfWeek().getValue() < 6) {
            d = c.tense() == Tense.FUTURE ? d : d.minusWeeks(1);
        }
        return Value.date(Calendar.week(d) + "-WE");
    }

    Value ago(Matcher m, Context c, String s) {
        String dir = MatchText.oneSpace(m.group("dir").toLowerCase(Locale.ROOT));
        String n = durations.number(m.group("n"), m.group("nh") != null);
        String code = durations.unitCode(m.group("u"));
        if (dir.equals("before") || dir.equals("after") || dir.equals("afterwards") || dir.equals("afterward")) {
            return null; // "two years after Russia launched ...": the duration rule takes it without the signal
        }
        if (m.group("n2") != null) {
            return null;
        }
        if (has(m, "q") && !Durations.qualifierFits(m.group("q"), wordBefore(s, m.start()))) {
            return null;
        }
        if (has(m, "than")) {
            return Value.duration(durationValue(n, code)); // "three days later than planned": an amount, no date
        }
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("back");
        boolean fromReference = dir.equals("earlier") || dir.equals("later");
        LocalDate anchor = fromReference ? c.referenceOrDct() : c.dct();
        if (n.equals("X") || n.contains(".")) {
            return Value.date(back ? "PAST_REF" : "FUTURE_REF");
        }
        if (anchor == null) {
            return null;
        }
        long k = Long.parseLong(n) * (back ? -1 : 1);
        return switch (code) {
            case "D" -> Value.date(Calendar.day(anchor.plusDays(k)));
            case "W" -> Value.date(Calendar.week(anchor.plusWeeks(k)));
            case "M" -> Value.date(Calendar.month(YearMonth.from(anchor).plusMonths(k)));
            case "Q" -> Value.date(Calendar.quarter(anchor, (int) k));
            case "Y" -> Value.date(Calendar.year(anchor.getYear() + (int) k));
            case "DE" -> Value.date(Integer.toString((anchor.getYear() + 10 * (int) k) / 10));
            case "CE" -> Value.date(Calendar.padded((anchor.getYear() + 100 * (int) k) / 100, 2));
            default -> Value.date(Calendar.day(anchor)); // hours, minutes: the day itself
        };
    }

    Value clock(Matcher m, Context c, String s) {
        int h;
        int mi = 0;
        if (has(m, "w")) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            h = w.equals("midnight") ? 24 : 12;
        } else {
            h = Integer.parseInt(m.group("h"));
            if (has(m, "mi")) {
                mi = Integer.parseInt(m.group("mi"));
            }
            String ap = has(m, "ap") ? AP_DOTS.matcher(m.group("ap").toLowerCase(Locale.ROOT)).replaceAll("") : null;
            if (has(m, "sep") && m.group("sep").equals(".") && ap == null) {
                return null; // "2.30" is a number unless a.m./p.m. follows
            }
            if (has(m, "sep") && ap == null && zoneName(m) == null && !has(m, "dw")) {
                // "18:00" on its own is a time; "1:2" ratios are excluded by the two-digit minutes
                if (h > 23) {
                    return null;
                }
            }
            if (ap != null) {
                if (h > 12 || h == 0) {
                    return null;
                }
                if (ap.equals("pm") && h < 12) {
                    h += 12;
                } else if (ap.equals("am") && h == 12) {
                    h = 0;
                }
            }
        }
        LocalDate d = null;
        if (has(m, "dw")) {
            String dw = m.group("dw");
            String low = dw.toLowerCase(Locale.ROOT);
            if (c.anchored()) {
                switch (low) {
                    case "today", "tonight" -> d = c.dct();
                    case "yesterday" -> d = c.dct().minusDays(1);
                    case "tomorrow" -> d = c.dct().plusDays(1);
                    default -> {
                        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(lx.key("weekday", dw)));
                        d = c.tense() == Tense.FUTURE ? Calendar.next(c.dct(), dow, false)
                                : Calendar.previous(c.dct(), dow, false);
                    }
                }
            }
        } else {
            d = c.sentenceReference() != null ? c.sentenceReference() : c.dct();
        }
        String zone = zoneValue(zoneName(m), has(m, "off") ? m.group("off") : has(m, "poff") ? m.group("poff") : null);
        String date = d == null ? "XXXX-XX-XX" : Calendar.day(d);
        return Value.time(date + "T" + Calendar.padded(h, 2) + ":" + Calendar.padded(mi, 2) + zone);
    }

    private static String zoneName(Matcher m) {
        return has(m, "z") ? m.group("z") : has(m, "pz") ? m.group("pz") : null;
    }

    /** "Z" for UTC or GMT, "+08" for "GMT +8", "-0530" for "UTC-5:30"; empty for named local zones. */
    static String zoneValue(String name, String offset) {
        if (name == null || !name.matches("UTC|GMT")) {
            return "";
        }
        if (offset == null) {
            return "Z";
        }
        String o = offset.replaceAll("[\\s:]", "");
        String hours = o.length() <= 3 ? o.substring(1) : o.substring(1, o.length() - 2);
        String minutes = o.length() <= 3 ? "" : o.substring(o.length() - 2);
        return o.charAt(0) + Calendar.padded(Integer.parseInt(hours), 2) + minutes;
    }

    /** "The same period last year": the last date named (at its precision, or the unit's), a year earlier. */
    Value samePeriodYearBefore(Matcher m, Context c, String s) {
        String ref = c.referenceValue();
        String u = m.group("u").toLowerCase(Locale.ROOT);
        String at = ref == null || !ref.matches("\\d{4}.*") ? null : switch (u) {
            case "month" -> ref.matches("\\d{4}-\\d{2}.*") ? ref.substring(0, 7) : null;
            case "day" -> ref.matches("\\d{4}-\\d{2}-\\d{2}.*") ? ref.substring(0, 10) : null;
            case "quarter" -> ref.matches("\\d{4}-Q\\d") ? ref : null;
            case "week" -> ref.matches("\\d{4}-W\\d{2}.*") ? ref.substring(0, 8) : null;
            default -> ref.matches("\\d{4}-\\d{2}-\\d{2}.*") ? ref.substring(0, 4) : ref; // a period around a day: its year
        };
        if (at == null) {
            return c.anchored() ? Value.date(Calendar.year(c.dct().getYear() - 1)) : null;
        }
        if (at.length() == 10) {
            return Value.date(Calendar.day(LocalDate.parse(at).minusYears(1)));
        }
        return Value.date(Calendar.year(Integer.parseInt(at.substring(0, 4)) - 1) + at.substring(4));
    }

    /** "The entire year" of the date named before (else of the publication), "the year before" the one before it. */
    Value yearOfReference(Matcher m, Context c, String s) {
        String ref = c.referenceValue();
        Integer y = ref != null && ref.matches("\\d{4}.*") ? Integer.valueOf(ref.substring(0, 4))
                : c.reference() != null ? Integer.valueOf(c.reference().getYear())
                : c.anchored() ? Integer.valueOf(c.dct().getYear()) : null;
        if (y == null) {
            return null;
        }
        return Value.date(Calendar.year(has(m, "back") ? y - 1 : y));
    }

    /** The day, week, month, quarter or year holding the day last named (else the publication date). */
    Value unitOfReference(Matcher m, Context c, String s) {
        LocalDate d = c.referenceOrDct();
        if (d == null) {
            return null;
        }
        return switch (m.group("u").toLowerCase(Locale.ROOT)) {
            case "week" -> Value.date(Calendar.week(d));
            case "month" -> Value.date(Calendar.month(YearMonth.from(d)));
            case "quarter" -> Value.date(Calendar.quarter(d, 0));
            case "year" -> Value.date(Calendar.year(d.getYear()));
            default -> Value.date(Calendar.day(d)); // day, session
        };
    }
}

package org.parallax.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognition rules of the temporal tagger: one regular expression per family of expressions and the
 * normaliser that turns its match into a TIMEX3 value. Word lists come from {@link TimeWords}; patterns may mark
 * the mention with a group named {@code t} when the match holds context that is not part of the expression.
 * A normaliser returns {@code null} to reject a match.
 */
final class Rules {

    interface Normaliser {
        Value apply(Matcher m, Context c, String sentence);
    }

    /**
     * @param marked     whether the pattern marks the mention with a group {@code t}
     * @param needsDigit whether every match holds a digit, so sentences without one can be skipped
     */
    record Rule(String name, Pattern pattern, Normaliser normaliser, boolean marked, boolean needsDigit) {
    }

    private static final Set<String> DIGIT_RULES = Set.of("date-mdy", "date-dmy", "date-iso", "date-numeric",
            "month-year", "month-day", "day-month", "year", "year-short", "fiscal-year", "decade", "clock", "clock-ampm",
            "clock-military", "quarter-q");

    private static final Set<String> NAMED_DAYS = Set.of("black", "good", "super", "cyber", "holy", "easter",
            "ash", "bloody", "blue", "manic", "maundy", "shrove", "palm", "fat", "giving");
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "of", "until", "till", "by", "from",
            "to", "through", "during", "early", "late", "mid", "last", "next", "this", "before", "after", "on",
            "between", "and", "around", "throughout", "end", "beginning", "start", "middle", "for");
    private static final Set<String> A_DURATION_CUES = Set.of("for", "over", "within", "in", "about", "nearly",
            "almost", "than", "after", "past", "last", "next", "around", "roughly", "some", "least", "just", "only",
            "under", "into", "of", "spent", "took", "take", "takes", "lasted", "lasting", "approximately");

    /**
     * A year-less date is moved a year against the nearest reading only when the clause's tense contradicts it
     * by more than this: news reports recent past and near future with every tense ("a hearing was scheduled
     * for June 3"), so a small contradiction says more about the verb than about the year.
     */
    static final int FLIP_DAYS = 60;
    static final int FLIP_MONTHS = 2;

    private final TimeWords lx;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> futureCues;
    private final Set<String> pastCues;

    Rules(TimeWords lx) {
        this.lx = lx;
        // case-sensitive: the cues are lower-case verbs and modals, "May 29" is not "may"
        this.futureCues = Set.copyOf(lx.words("future"));
        this.pastCues = Set.copyOf(lx.words("past"));
        build();
    }

    List<Rule> all() {
        return rules;
    }

    // ---------------------------------------------------------------- fragments

    private String mon(String g) {
        return "(?<" + g + ">" + lx.alternation("month") + ")(?![\\w'’-])";
    }

    private String wd(String g) {
        return "(?<" + g + ">" + lx.alternation("weekday") + ")(?![\\w-])";
    }

    private static String day(String g) {
        return "(?<![\\w.,$£€])(?<" + g + ">3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\\w%]|[.,:]\\d)";
    }

    private static String year(String g) {
        return "(?<![\\w$£€#])(?<!\\d[.,])(?<" + g + ">1[6-9][0-9]{2}|20[0-9]{2})(?![\\w%]|[.,:]\\d)";
    }

    private String num(String g) {
        return "(?<" + g + ">\\d+(?:[.,]\\d+)?|(?i:a\\s+couple\\s+of|a\\s+few|a\\s+dozen|couple\\s+of|"
                + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](?:one|two|three|four|five|six|seven|"
                + "eight|nine)|" + lx.alternation("number") + "))(?![\\w])(?<" + g + "h>\\s+and\\s+a\\s+half)?";
    }

    private String unit(String g) {
        return "(?<" + g + ">(?i:" + lx.alternation("unit") + "))(?![\\w])";
    }

    private String pod(String g) {
        return "(?<" + g + ">(?i:" + lx.alternation("part-of-day") + "))(?![\\w])";
    }

    private String season(String g) {
        return "(?<" + g + ">(?i:" + lx.alternation("season") + "))(?![\\w])";
    }

    private static final String PRE = "(?<pre>(?i:early|mid|late|the\\s+(?:end|beginning|start|middle|close)\\s+of|"
            + "(?:end|beginning|start|middle)\\s+of))[\\s-]+";

    private static final String WB = "(?<![\\w'’-])";

    private void rule(String name, String regex, Normaliser n) {
        rules.add(new Rule(name, Pattern.compile(regex), n, regex.contains("(?<t>"), DIGIT_RULES.contains(name)));
    }

    // ---------------------------------------------------------------- rules

    private void build() {
        // Full dates: "November 20, 2017", "Tuesday, Oct. 20, 2015", "20 October 2015", "the 20th of October 2015"
        rule("date-mdy", WB + "(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + mon("m") + "\\s+" + day("d") + "\\s*,?\\s*"
                + year("y"), (m, c, s) -> ymd(year(m), month(m), m.group("d")));
        rule("date-dmy", WB + "(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + day("d") + "\\s+(?:of\\s+)?" + mon("m")
                + "\\s*,?\\s*" + year("y"), (m, c, s) -> ymd(year(m), month(m), m.group("d")));
        rule("date-iso", "(?<![\\w-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\w-])",
                (m, c, s) -> ymd(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")), m.group("d")));
        rule("date-numeric", "(?<![\\w/.,-])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\w/]|[.,]\\d)",
                this::numericDate);
        // Month and year: "November 2006", "early June 2009", "May of 2008"
        rule("month-year", WB + "(?:" + PRE + ")?" + mon("m") + "\\s*,?\\s+(?:of\\s+)?" + year("y"),
                (m, c, s) -> Value.date(Calendar.month(YearMonth.of(year(m), month(m)))));
        // Month and day without year: "Sep. 30", "Tuesday, Sept. 30", "18 November", "the 18th of November"
        rule("month-day", WB + "(?:" + PRE + ")?(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + mon("m") + "\\s+" + day("d"),
                (m, c, s) -> monthDay(m, c));
        rule("day-month", WB + "(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + day("d") + "\\s+(?:of\\s+)?" + mon("m"),
                (m, c, s) -> monthDay(m, c));
        // A month alone: "in October", "last September", "early December"
        rule("month", WB + "(?:(?<rel>(?i:last|this|next|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|"
                + "the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of|end\\s+of|beginning\\s+of))[\\s-]+)?"
                + mon("m") + "(?!\\s+[A-Z][a-z]|\\s+\\d)", this::monthAlone);
        // Years: "2011", "mid-2011", "the end of 2008", "the year 2000", "'82"
        rule("year", WB + "(?:" + PRE + ")?(?:(?i:the\\s+year)\\s+)?" + year("y") + "(?!\\s*(?:%|percent|per\\s+cent))",
                (m, c, s) -> insideName(s, m.start(), m.end()) ? null : Value.date(Calendar.year(year(m))));
        rule("year-short", "(?<=\\s|^|\\()(?:(?i:the\\s+year)\\s+)?['’](?<yy>\\d{2})(?![\\w'’%])", this::shortYear);
        rule("fiscal-year", WB + "(?:(?i:fiscal(?:\\s+year)?)\\s+|FY\\s?)(?<y>(?:19|20)\\d{2})(?!\\w)",
                (m, c, s) -> Value.date("FY" + m.group("y")));
        // Decades and centuries: "the 1980s", "the early '90s", "the 20th century"
        rule("decade", WB + "(?:(?i:the)\\s+)?(?:" + PRE + ")?(?<dec>(?:1[6-9]|20)\\d0s|['’]\\d0s|(?<![\\w'’])\\d0s)(?!\\w)",
                this::decade);
        rule("century", WB + "(?:(?i:the)\\s+)?(?:" + PRE + ")?(?<o>(?i:" + lx.alternation("ordinal")
                + "))[\\s-]+(?i:century)(?!\\w)", (m, c, s) -> {
                    int n = Integer.parseInt(lx.key("ordinal", m.group("o").replaceAll("\\s+", " ")));
                    return n <= 1 ? null : Value.date(String.format("%02d", n - 1));
                });
        // Days of the week: "Tuesday", "last Friday", "Tuesday evening", "early Wednesday"
        rule("weekday", WB + "(?:(?<rel>(?i:last|next|this|past|coming|early|late))\\s+)?" + wd("w")
                + "(?:,?\\s+(?<pod>(?i:" + lx.alternation("part-of-day") + "))(?![\\w]))?", this::weekday);
        rule("weekday-pod", WB + "(?:(?i:on\\s+)?(?i:the\\s+))?(?<pod>(?i:" + lx.alternation("part-of-day")
                + "))\\s+of\\s+" + wd("w"), this::weekday);
        // Today, yesterday, tonight, this morning, last night
        rule("relative-day", WB + "(?:(?<pre>(?i:earlier|later|early|late))\\s+)?(?<w>(?i:today|tonight|yesterday|tomorrow))"
                + "(?![\\w-])(?:\\s+" + pod("pod") + ")?", this::relativeDay);
        rule("relative-pod", WB + "(?<w>(?i:this|last))\\s+" + pod("pod"), this::relativeDay);
        rule("day-around", WB + "(?i:the\\s+day\\s+(?<w>before\\s+yesterday|after\\s+tomorrow))(?!\\w)", (m, c, s) -> {
            if (!c.anchored()) {
                return null;
            }
            return Value.date(Calendar.day(c.dct().plusDays(m.group("w").toLowerCase(Locale.ROOT).startsWith("before") ? -2 : 2)));
        });
        // Anaphoric: "the same day", "the following week", "that night", "the day before"
        rule("anaphoric", WB + "(?i:(?:the\\s+(?<a>same|following|next|previous|preceding|prior)|(?<that>that))\\s+"
                + "(?<u>day|night|morning|evening|afternoon|week|weekend|month|year)|the\\s+day\\s+(?<ba>before|after)(?=\\s*(?:[.,;:!?)]|$)))(?![\\w-])",
                this::anaphoric);
        // Relative to the publication date: "last month", "this week", "earlier this month", "the end of last year"
        rule("relative-unit", WB + "(?:(?<pre>(?i:earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|"
                + "the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|end\\s+of|"
                + "beginning\\s+of|start\\s+of))[\\s-]+)?(?<the>(?i:the)\\s+)?(?<rel>(?i:last|this|next|past|coming|current|"
                + "the|previous))\\s+(?<u>(?i:week|weekend|month|quarter|year|decade|century)|" + season("s") + ")(?![\\w-])",
                this::relativeUnit);
        // "the day" of a news report: the day last mentioned ("shares fell 3% on the day", "later in the day")
        rule("the-day", WB + "(?i:the)\\s+(?i:day)(?![\\w-])(?!\\s+(?i:before|after|of|when|that|which|in|to|he|she|they|it))",
                (m, c, s) -> c.referenceOrDct() == null ? null : Value.date(Calendar.day(c.referenceOrDct())));
        // "the last week of March", "the first week of June 2009"
        rule("week-of-month", WB + "(?i:the\\s+)?(?<o>(?i:first|second|third|fourth|last|final))\\s+(?i:week)\\s+(?i:of)\\s+"
                + mon("m") + "(?:\\s*,?\\s+" + year("y") + ")?", this::weekOfMonth);
        rule("weekend", WB + "(?i:(?<rel>the|over\\s+the)\\s+weekend)(?![\\w-])", this::weekend);
        rule("season", WB + "(?:(?<pre>(?i:in|during|by|until|since|this|last|next|early|late|the|mid))[\\s-]+)?(?:(?i:the)\\s+)?"
                + season("s") + "(?:\\s+(?:(?i:of)\\s+)?" + year("y") + ")?", this::season);
        // "three weeks ago", "two days later", "a year earlier", "two weeks from now"
        rule("ago", WB + num("n") + "[\\s-]+" + unit("u") + "(?:\\s+(?i:and)\\s+" + num("n2") + "\\s+" + unit("u2") + ")?"
                + "\\s+(?<dir>(?i:ago|earlier|later|before|after|afterwards?|from\\s+now|hence|back))(?!\\w)",
                this::ago);
        // Durations: "two years", "three hours", "the past nine days", "a two-year operation", "27-year"
        rule("duration", WB + "(?:(?<pre>(?i:the\\s+(?:past|last|next|first|coming|previous|following|final)|past|last|"
                + "next|first|another))\\s+)?" + num("n")
                + "(?:\\s+(?i:straight|consecutive|full|trading|business|working|more|long|whole|calendar|successive|"
                + "additional|further)){0,2}[\\s-]+" + unit("u") + "(?:\\s+(?i:and)\\s+" + num("n2") + "[\\s-]+" + unit("u2")
                + ")?(?:[\\s-]+(?i:long|old))?", this::duration);
        rule("duration-vague", WB + "(?:(?i:for|over|in|within)\\s+)(?<t>(?:(?i:the)\\s+)?(?:(?i:recent|past|last|coming|next)\\s+)?"
                + "(?<u>(?i:years|decades|months|weeks|days|hours|minutes)))(?![\\w-])", (m, c, s) -> {
                    String t = m.group("t").toLowerCase(Locale.ROOT);
                    if (t.contains("recent") || t.matches("(the\\s+)?(past|last)\\s+\\w+")) {
                        return Value.date("PAST_REF");
                    }
                    if (t.contains("coming") || t.contains("next")) {
                        return Value.date("FUTURE_REF");
                    }
                    return Value.duration(durationValue("X", unitCode(m.group("u"))));
                });
        rule("duration-decades", WB + "(?<u>(?i:decades|years|months|centuries))-(?i:long|old)(?!\\w)",
                (m, c, s) -> Value.duration(durationValue("X", unitCode(m.group("u")))));
        // Sets: "every week", "each year", "weekly", "twice a year", "$5 billion a year"
        rule("set-every", WB + "(?i:every|each)\\s+(?:(?<n>(?i:other|\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))\\s+)?"
                + "(?:" + unit("u") + "|" + wd("w") + "|" + pod("pod") + ")", this::setEvery);
        rule("set-adverb", WB + "(?<w>(?i:daily|weekly|monthly|yearly|annually|annual|quarterly|hourly|nightly|biweekly|"
                + "fortnightly|bi-annual|biannual|semiannual|semi-annual))(?![\\w-])", Rules::setAdverb);
        rule("set-rate", "(?:\\d|%|(?<![\\w-])(?i:times|twice|once|billion|million|thousand|hundred|percent|dollars|euros|pounds|"
                + "cents|barrels|units|vehicles|cars|jobs|people|passengers|flights|aircraft|planes|tons|tonnes))\\s"
                + "(?<t>(?i:a|an|per)\\s+(?<u>(?i:year|month|week|day|hour|minute|quarter)))(?![\\w-])",
                (m, c, s) -> Value.set(durationValue("1", unitCode(m.group("u")))));
        // Vague references
        rule("present-ref", WB + "(?:(?i:for|at|until|till|by|up\\s+to)\\s+)?(?<t>(?i:now|currently|at\\s+present|presently|"
                + "nowadays|these\\s+days|at\\s+the\\s+moment|right\\s+now|the\\s+time\\s+being|the\\s+present\\s+time|"
                + "the\\s+present\\s+day|this\\s+time))(?![\\w-])", (m, c, s) -> {
                    String t = m.group("t").toLowerCase(Locale.ROOT);
                    if (t.equals("now") && (s.regionMatches(true, m.end(), " that", 0, 5)
                            || s.regionMatches(true, m.end(), " on", 0, 3))) {
                        return null; // "now that ...", "from now on" are signals, not times
                    }
                    if (t.equals("this time")) {
                        return null;
                    }
                    return Value.date("PRESENT_REF");
                });
        rule("past-ref", WB + "(?:(?i:in|of|from)\\s+)?(?<t>(?i:recently|lately|formerly|the\\s+past|recent|recent\\s+years|"
                + "recent\\s+months|recent\\s+weeks|recent\\s+days|recent\\s+times|recent\\s+history))(?![\\w-])",
                (m, c, s) -> Value.date("PAST_REF"));
        rule("future-ref", WB + "(?:(?i:in|of|for|into)\\s+)?(?<t>(?i:the\\s+future|the\\s+near\\s+future|future|the\\s+near\\s+term|"
                + "the\\s+long\\s+term|the\\s+short\\s+term|the\\s+medium\\s+term|the\\s+longer\\s+term|soon|shortly|"
                + "the\\s+coming\\s+(?:days|weeks|months|years)|the\\s+years\\s+to\\s+come))(?![\\w-])", (m, c, s) -> {
                    String t = m.group("t").toLowerCase(Locale.ROOT);
                    if (t.equals("future") && !m.group().toLowerCase(Locale.ROOT).startsWith("in")) {
                        return null; // "future" as an adjective
                    }
                    return Value.date("FUTURE_REF");
                });
        // Clock times: "18:00 UTC", "6:40 p.m.", "3 pm", "0800 GMT", "noon", "16:00 UTC today"
        String zone = "(?:\\s*\\(?\\s*(?<z>UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|ET|local\\s+time)(?![\\w]))?";
        String after = "(?:\\s+(?:(?i:on)\\s+)?(?<dw>" + lx.alternation("weekday") + "|(?i:today|tonight|yesterday|tomorrow))(?![\\w-]))?";
        rule("clock", "(?<![\\w.:$£€])(?<h>[01]?\\d|2[0-3])(?<sep>[:.])(?<mi>[0-5]\\d)(?![\\d%])(?:\\s*(?<ap>(?i:a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm))(?!\\w))?"
                + zone + after, this::clock);
        rule("clock-ampm", "(?<![\\w.:$£€])(?<h>1[0-2]|0?[1-9])\\s*(?<ap>(?i:a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm))(?!\\w)" + zone + after,
                this::clock);
        rule("clock-military", "(?<![\\w.:$£€])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?<z>UTC|GMT|hours|hrs)(?![\\w])" + after,
                this::clock);
        rule("clock-word", WB + "(?:(?i:at)\\s+)?(?<t>(?<w>(?i:noon|midnight|midday))(?![\\w-])" + after + ")", this::clock);
        // Quarters and halves: "the third quarter", "the first quarter of 2009", "third-quarter", "Q3"
        rule("quarter", WB + "(?:(?i:the)\\s+)?(?<o>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\\s-]+(?<q>(?i:quarter|half))"
                + "(?:\\s+(?:(?i:of)\\s+)?(?:(?<rel>(?i:this|last|next|the\\s+current|the\\s+previous|the))\\s+(?i:year)|(?i:fiscal\\s+)?"
                + year("y") + "))?(?![\\w])", this::quarter);
        rule("quarter-q", "(?<![\\w])Q(?<qn>[1-4])(?:\\s+" + year("y") + ")?(?![\\w])", this::quarter);
    }

    // ---------------------------------------------------------------- normalisers

    private int month(Matcher m) {
        return Integer.parseInt(lx.key("month", m.group("m")));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("y"));
    }

    private static Value ymd(int y, int mo, String d) {
        int day = Integer.parseInt(d);
        try {
            return Value.date(Calendar.day(LocalDate.of(y, mo, day)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Value numericDate(Matcher m, Context c, String s) {
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
    private Value monthDay(Matcher m, Context c) {
        int mo = month(m);
        int d = Integer.parseInt(m.group("d"));
        if (mo == 2 && d > 29 || d > YearMonth.of(2000, mo).lengthOfMonth()) {
            return null;
        }
        if (!c.anchored()) {
            return Value.date(String.format("XXXX-%02d-%02d", mo, d));
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

    private Value monthAlone(Matcher m, Context c, String s) {
        String name = m.group("m");
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
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

    private static final Pattern RELATIVE_YEAR_AFTER =
            Pattern.compile("\\s+(?:(?i:of)\\s+)?(?i:(next|last|this))\\s+(?i:year)(?![\\w-])");

    private Value monthAloneValue(int mo, String rel, Context c) {
        if (!c.anchored()) {
            return Value.date(String.format("XXXX-%02d", mo));
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

    private Value shortYear(Matcher m, Context c, String s) {
        if (!MONTH_PREPOSITIONS.contains(wordBefore(s, m.start())) && !wordBefore(s, m.start()).equals("year")) {
            return null; // "iLife '11" is a product, "in '82" a year
        }
        int yy = Integer.parseInt(m.group("yy"));
        int pivot = c.anchored() ? c.dct().getYear() % 100 : 30;
        return Value.date(Calendar.year(yy <= pivot ? 2000 + yy : 1900 + yy));
    }

    private Value decade(Matcher m, Context c, String s) {
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

    private Value weekday(Matcher m, Context c, String s) {
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
            default -> c.tense() == Tense.FUTURE ? Calendar.next(dct, dow, false) : Calendar.previous(dct, dow, false);
        };
        return pod == null ? Value.date(Calendar.day(d)) : Value.time(Calendar.day(d) + "T" + pod);
    }

    private Value relativeDay(Matcher m, Context c, String s) {
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

    private Value anaphoric(Matcher m, Context c, String s) {
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
        return switch (u) {
            case "day" -> Value.date(Calendar.day(ref.plusDays(shift)));
            case "week" -> Value.date(Calendar.week(ref.plusWeeks(shift)));
            case "weekend" -> Value.date(Calendar.week(ref.plusWeeks(shift)) + "-WE");
            case "month" -> Value.date(Calendar.month(YearMonth.from(ref).plusMonths(shift)));
            case "year" -> Value.date(Calendar.year(ref.getYear() + shift));
            default -> Value.time(Calendar.day(ref.plusDays(shift)) + "T" + lx.key("part-of-day", u));
        };
    }

    private Value relativeUnit(Matcher m, Context c, String s) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String pre = m.group("pre");
        boolean hasThe = m.group("the") != null;
        String u = m.group("u").toLowerCase(Locale.ROOT);
        if (rel.equals("the") && pre == null) {
            return null; // "the year" alone: anaphoric, not handled
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
            return seasonValue(lx.key("season", m.group("s")), rel, c);
        }
        String code = unitCode(u);
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
            case "century" -> Value.date(String.format("%02d", d.getYear() / 100 + shift));
            default -> null;
        };
    }

    private Value weekOfMonth(Matcher m, Context c, String s) {
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

    private Value weekend(Matcher m, Context c, String s) {
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

    private Value season(Matcher m, Context c, String s) {
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

    private static Value seasonValue(String code, String rel, Context c) {
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

    private Value ago(Matcher m, Context c, String s) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String n = number(m.group("n"), m.group("nh") != null);
        String code = unitCode(m.group("u"));
        if (dir.equals("before") || dir.equals("after") || dir.equals("afterwards") || dir.equals("afterward")) {
            return null; // "two years after Russia launched ...": the duration rule takes it without the signal
        }
        if (m.group("n2") != null) {
            return null;
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
            case "CE" -> Value.date(String.format("%02d", (anchor.getYear() + 100 * (int) k) / 100));
            default -> Value.date(Calendar.day(anchor)); // hours, minutes: the day itself
        };
    }

    private Value duration(Matcher m, Context c, String s) {
        if (wordAfter(s, m.end()).matches("(?i)ago|earlier|later|hence")) {
            return null; // a point in time the "ago" rule resolves, or cannot without a date: never a duration
        }
        String rawN = m.group("n").toLowerCase(Locale.ROOT);
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        boolean article = rawN.equals("a") || rawN.equals("an");
        if (article && pre.isEmpty() && !A_DURATION_CUES.contains(wordBefore(s, m.start()))
                && !wordAfter(s, m.end()).matches("(?i)after|before")) {
            return null; // "a day" without "for", "in", "over": often not a duration ("a day of talks")
        }
        if (rawN.equals("one") && m.group("u").equalsIgnoreCase("day") && pre.isEmpty()
                && !A_DURATION_CUES.contains(wordBefore(s, m.start()))) {
            return null; // "one day he will ..."
        }
        String u = m.group("u");
        if (article && (u.equalsIgnoreCase("second") || u.equalsIgnoreCase("quarter"))) {
            return null; // "a second consecutive day", "about a quarter of its dealers"
        }
        if (m.group("n").matches("\\d+") && u.equalsIgnoreCase("second") || u.equalsIgnoreCase("seconds")
                && wordAfter(s, m.end()).matches("(?i)largest|biggest|highest|time")) {
            return null;
        }
        String v = durationValue(number(m.group("n"), m.group("nh") != null), unitCode(u));
        if (m.group("n2") != null) {
            String v2 = durationValue(number(m.group("n2"), m.group("n2h") != null), unitCode(m.group("u2")));
            v = combine(v, v2);
        }
        return v == null ? null : Value.duration(v);
    }

    private Value setEvery(Matcher m, Context c, String s) {
        String n = m.group("n") == null ? "1" : m.group("n").toLowerCase(Locale.ROOT);
        if (n.equals("other")) {
            n = "2";
        } else if (!n.matches("\\d+")) {
            n = lx.key("number", n);
        }
        if (m.group("w") != null) {
            return Value.set("XXXX-WXX-" + lx.key("weekday", m.group("w")));
        }
        if (m.group("pod") != null) {
            return Value.set("XXXX-XX-XXT" + lx.key("part-of-day", m.group("pod")));
        }
        return Value.set(durationValue(n, unitCode(m.group("u"))));
    }

    private static Value setAdverb(Matcher m, Context c, String s) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replace("-", "");
        return Value.set(switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly", "fortnightly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "biannual", "semiannual" -> "P6M";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        });
    }

    private Value clock(Matcher m, Context c, String s) {
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
            String ap = has(m, "ap") ? m.group("ap").toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "") : null;
            if (has(m, "sep") && m.group("sep").equals(".") && ap == null) {
                return null; // "2.30" is a number unless a.m./p.m. follows
            }
            if (has(m, "sep") && ap == null && !has(m, "z") && !has(m, "dw")) {
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
        String zone = has(m, "z") && m.group("z").matches("UTC|GMT") ? "Z" : "";
        String date = d == null ? "XXXX-XX-XX" : Calendar.day(d);
        return Value.time(String.format("%sT%02d:%02d%s", date, h, mi, zone));
    }

    private Value quarter(Matcher m, Context c, String s) {
        boolean half = has(m, "q") && m.group("q").toLowerCase(Locale.ROOT).equals("half");
        int n;
        if (has(m, "qn")) {
            n = Integer.parseInt(m.group("qn"));
        } else {
            String o = m.group("o").toLowerCase(Locale.ROOT);
            n = o.equals("final") ? (half ? 2 : 4) : Integer.parseInt(lx.key("ordinal", o));
            if (n > (half ? 2 : 4)) {
                return null;
            }
        }
        String p = half ? "H" : "Q";
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

    // ---------------------------------------------------------------- helpers

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A number as written ("three", "27", "a few", "twenty-five", "2.5") as a TIMEX3 amount, X if vague. */
    String number(String raw, boolean andAHalf) {
        String w = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(",", "");
        String v;
        if (w.matches("\\d+(\\.\\d+)?")) {
            v = w;
        } else if (w.equals("a couple of") || w.equals("couple of")) {
            v = "2";
        } else if (w.equals("a dozen")) {
            v = "12";
        } else if (w.equals("a few")) {
            v = "X";
        } else if (w.matches("[a-z]+[ -][a-z]+")) {
            String[] parts = w.split("[ -]");
            String a = lx.key("number", parts[0]);
            String b = lx.key("number", parts[1]);
            v = a == null || b == null || a.equals("X") || b.equals("X") ? "X"
                    : Integer.toString(Integer.parseInt(a) + Integer.parseInt(b));
        } else {
            v = lx.key("number", w);
            if (v == null) {
                v = "X";
            }
        }
        if (andAHalf && !v.equals("X")) {
            double d = Double.parseDouble(v) + 0.5;
            v = d == Math.floor(d) ? Long.toString((long) d) : Double.toString(d);
        }
        return v;
    }

    /** The TIMEX3 unit code of a unit word ("weeks" → W, "hours" → H). */
    String unitCode(String word) {
        return lx.key("unit", word.toLowerCase(Locale.ROOT));
    }

    /** "P3W", "PT3H", "P10Y" for a decade, "PXY". */
    static String durationValue(String n, String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            case "DE" -> n.equals("X") ? "PXDE" : "P" + scale(n, 10) + "Y";
            case "CE" -> n.equals("X") ? "PXCE" : "P" + scale(n, 100) + "Y";
            default -> "P" + n + code;
        };
    }

    private static String scale(String n, int f) {
        double d = Double.parseDouble(n) * f;
        return d == Math.floor(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** "P2Y" and "PXW" → "P2YXW" is not ISO; keep the larger unit, which is what a reader needs on a timeline. */
    private static String combine(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null || b.contains("X")) {
            return a;
        }
        if (a.startsWith("PT") || b.startsWith("PT")) {
            return a;
        }
        String order = "YMWD";
        char ua = a.charAt(a.length() - 1);
        char ub = b.charAt(b.length() - 1);
        if (order.indexOf(ua) >= 0 && order.indexOf(ub) > order.indexOf(ua) && !a.contains("X")) {
            return a + b.substring(1); // P2Y + P3M → P2Y3M
        }
        return a;
    }

    /** "Russell 2000 Index", "Windows 2000 Server": a number between two capitalised words is part of a name. */
    private boolean insideName(String s, int start, int end) {
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

    static String wordBefore(String s, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)))) {
            i--;
        }
        return s.substring(i, end).toLowerCase(Locale.ROOT);
    }

    static String wordAfter(String s, int pos) {
        int i = pos;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }

    // ---------------------------------------------------------------- tense

    private static final Set<String> NOT_PAST = Set.of("speed", "indeed", "hundred", "proceed", "succeed", "exceed",
            "breed", "greed", "kindred", "sacred", "naked", "wicked", "wretched", "beloved", "shred", "embed", "unmatched",
            "need", "seed", "feed", "deed", "weed", "bed", "red", "led", "fed", "wed", "shed");

    /** The tense of the clause around {@code [start, end)}: the nearest cue before it, else the first after it. */
    /** The tense cues of one sentence, found once and looked up for each mention in it. */
    record Cues(int[] starts, int[] ends, Tense[] tenses) {

        /** The tense of the clause around {@code [start, end)}: the nearest cue before it, else the first after it. */
        Tense around(int start, int end) {
            Tense best = Tense.NONE;
            for (int i = 0; i < starts.length; i++) {
                if (ends[i] <= start) {
                    best = tenses[i];
                } else if (starts[i] >= end) {
                    return best != Tense.NONE ? best : tenses[i];
                }
            }
            return best;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    /** The tense cues of {@code s}: the cue phrases of the word list (up to three words) and past participles. */
    Cues cues(String s) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        List<int[]> spans = new ArrayList<>();
        List<Tense> tenses = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            Tense t = Tense.NONE;
            for (int n = Math.min(3, words.size() - i); n >= 1 && taken == 0; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    phrase.append(k == 0 ? "" : " ").append(s, words.get(i + k)[0], words.get(i + k)[1]);
                }
                String p = phrase.toString().replace('’', '\'');
                if (futureCues.contains(p)) {
                    t = Tense.FUTURE;
                    taken = n;
                } else if (pastCues.contains(p)) {
                    t = Tense.PAST;
                    taken = n;
                }
            }
            if (taken == 0) {
                String word = s.substring(words.get(i)[0], words.get(i)[1]);
                if (word.endsWith("'ll") || word.endsWith("’ll")) {
                    t = Tense.FUTURE;
                } else if (word.length() >= 5 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                        && !NOT_PAST.contains(word) && !passive(s, words.get(i)[0])) {
                    t = Tense.PAST;
                }
                taken = 1;
            }
            if (t != Tense.NONE) {
                spans.add(new int[] {words.get(i)[0], words.get(i + taken - 1)[1]});
                tenses.add(t);
            }
            i += taken;
        }
        int[] st = new int[spans.size()];
        int[] en = new int[spans.size()];
        for (int k = 0; k < st.length; k++) {
            st[k] = spans.get(k)[0];
            en[k] = spans.get(k)[1];
        }
        return new Cues(st, en, tenses.toArray(new Tense[0]));
    }

    Tense tense(String s, int start, int end) {
        return cues(s).around(start, end);
    }

    /** A participle after "be"/"being" ("should be completed", "to be delivered") is passive, not past. */
    private static boolean passive(String s, int edStart) {
        String w = wordBefore(s, edStart);
        return w.equals("be") || w.equals("being");
    }
}

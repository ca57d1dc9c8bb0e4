package org.parallax.extract.time;

import static org.parallax.extract.time.Durations.durationValue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognition rules of the temporal tagger: one regular expression per family of expressions and the
 * normaliser that turns its match into a TIMEX3 value. Word lists come from {@link TimeWords}; patterns may mark
 * the mention with a group named {@code t} when the match holds context that is not part of the expression.
 * A normaliser returns {@code null} to reject a match. The normalisers live by concern: {@link CalendarDates},
 * {@link RelativeDates}, {@link Durations}; the tense cues they read in {@link TenseCues}.
 */
final class Rules {

    interface Normaliser {
        Value apply(Matcher m, Context c, String sentence);
    }

    /**
     * @param marked     whether the pattern marks the mention with a group {@code t}
     * @param needsDigit whether every match holds a digit, so sentences without one can be skipped
     * @param shapes     strings one of which every match (with the characters its look-behind reads) holds in the
     *                   sentence's {@link RuleCues#shape} ("0:00" for a clock time, "a year" for a rate), a second condition
     *                   beside the cues; empty: none
     * @param starts     where in a sentence the pattern can start a match, to search it only there
     * @param cueIds     the numbers of the cues in {@link CueHits}
     * @param shapeIds   the numbers of the shapes in {@link CueHits}
     */
    record Rule(String name, Pattern pattern, Normaliser normaliser, boolean marked, boolean needsDigit,
                List<String> cues, List<String> shapes, MatchStarts starts, int[] cueIds, int[] shapeIds) {

        /**
         * Whether a sentence may hold a match: every match holds one of the rule's cue words and one of its digit
         * shapes, so a sentence without any is skipped without running the pattern over it (none: always try). The
         * tagger reads it for all rules at once ({@link CueHits}); this is the rule alone, for the tests.
         *
         * @param lowerSentence the sentence in lower case
         * @param shape         its {@link RuleCues#shape}
         * @param digits        whether the sentence holds a digit
         */
        boolean mayMatch(String lowerSentence, String shape, boolean digits) {
            return (digits || !needsDigit) && holdsOne(lowerSentence, cues) && holdsOne(shape, shapes);
        }

        private static boolean holdsOne(String text, List<String> parts) {
            if (parts.isEmpty()) {
                return true;
            }
            for (String c : parts) {
                if (text.contains(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the rule's words write a day out ("November 20", "20/11/2017"), rather than point to one. */
        boolean writesDay() {
            return WRITTEN_DAYS.contains(name);
        }
    }

    private static final Set<String> WRITTEN_DAYS = Set.of("date-mdy", "date-dmy", "date-iso", "date-numeric",
            "month-day", "day-month");

    private static final Set<String> DIGIT_RULES = Set.of("date-mdy", "date-dmy", "date-iso", "date-numeric",
            "month-year", "month-day", "day-month", "year", "year-short", "decade", "clock", "clock-ampm",
            "clock-military", "quarter-q", "number-range", "year-range-end");

    private final TimeWords lx;
    private final RuleCues cues;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Integer> cueIds = new HashMap<>();
    private final Map<String, Integer> shapeIds = new HashMap<>();
    private final CueHits.Reader cueReader;
    private final CalendarDates dates;
    private final RelativeDates relative;
    private final Durations durations;
    private final EventAnchors events;
    private final Pattern followingDay;
    private final RuleStarts starts;

    /** The bundled words' rules, made once: reading their prefixes and building their automaton takes a while. */
    private static final class Bundled {
        static final Rules RULES = new Rules(TimeWords.bundled());
    }

    /** The rules of the bundled time words, shared (they are only read). */
    static Rules bundled() {
        return Bundled.RULES;
    }

    Rules(TimeWords lx) {
        this.lx = lx;
        this.cues = new RuleCues(lx);
        this.followingDay = Pattern.compile("\\s*,?\\s*(?:(?i:on)\\s+)?(?:(?i:the)\\s+)?" + mon("m") + "\\s+" + day("d"));
        this.dates = new CalendarDates(lx);
        this.durations = new Durations(lx);
        this.relative = new RelativeDates(lx, durations);
        this.events = new EventAnchors(lx, durations);
        buildDates();
        buildDays();
        buildSpansAndSets();
        buildReferencesAndClocks();
        buildAnaphoraAndRanges();
        this.cueReader = new CueHits.Reader(rules, new Substrings(inOrder(cueIds)), new Substrings(inOrder(shapeIds)),
                cueIds.size(), shapeIds.size());
        this.starts = new RuleStarts(rules);
    }

    /** The strings of {@code ids} in the order of their numbers. */
    private static List<String> inOrder(Map<String, Integer> ids) {
        String[] out = new String[ids.size()];
        ids.forEach((w, i) -> out[i] = w);
        return List.of(out);
    }

    List<Rule> all() {
        return rules;
    }

    /** Where the rules may start their matches in a sentence, read for all of them at once. */
    RuleStarts starts() {
        return starts;
    }

    /** The reading of events named by a noun and of the date in focus, which the tagger feeds as it reads. */
    EventAnchors events() {
        return events;
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
        // not a price ("$ 1999") nor a side of a size ("1920 x 1200", "2880×1800")
        return "(?<![\\w$£€#])(?<![$£€]\\s)(?<!\\d[.,])(?<!\\d\\s?[x×]\\s?)(?<" + g + ">1[6-9][0-9]{2}|20[0-9]{2})"
                + "(?![\\w%]|[.,:]\\d|\\s?[x×]\\s?\\d)";
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

    /** "the past years", "last months": the rule of a vague duration that reads as the recent past. */
    private static final Pattern PAST_OR_LAST_ONE_WORD = Pattern.compile("(the\\s+)?(past|last)\\s+\\w+");

    private static final String WB = "(?<![\\w'’-])";

    /** Words that place a fiscal year from the publication's: "this", "last fiscal year", "the current fiscal year". */
    private static final String FISCAL_REL = "(?i:this|last|next|current|previous|coming|the\\s+(?:current|previous|last|past|"
            + "next|coming|prior))";

    private void rule(String name, String regex, Normaliser n) {
        Mods.Groups groups = Mods.Groups.of(regex);
        Normaliser withMods = groups.any() ? (m, c, s) -> Mods.apply(n.apply(m, c, s), m, groups) : n;
        Pattern pattern = Pattern.compile(regex);
        List<String> words = cues.of(name);
        List<String> shapes = cues.shapesOf(name);
        rules.add(new Rule(name, pattern, withMods, regex.contains("(?<t>"), DIGIT_RULES.contains(name), words, shapes,
                MatchStarts.of(pattern), numbered(words, cueIds), numbered(shapes, shapeIds)));
    }

    /** The numbers of {@code words}, new ones numbered on. */
    private static int[] numbered(List<String> words, Map<String, Integer> ids) {
        return words.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
    }

    /** The rules a sentence may match by the look-ups of its lower case and its {@link RuleCues#shape}. */
    CueHits hits(String lowerSentence, String shape, boolean digits) {
        return cueReader.of(lowerSentence, shape, digits);
    }

    /** The sentence {@code s} (its chars {@code chars}) as the search reads it and its {@link #hits}, in one pass. */
    CueHits.SentenceCues read(String s, char[] chars) {
        return cueReader.read(s, chars);
    }

    // ---------------------------------------------------------------- rules, in order: an earlier rule wins a tie

    /** Full dates, months, years, decades and centuries. */
    private void buildDates() {
        // Full dates: "November 20, 2017", "Tuesday, Oct. 20, 2015", "20 October 2015", "the 20th of October 2015"
        rule("date-mdy", WB + "(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + mon("m") + "\\s+" + day("d") + "\\s*,?\\s*"
                + year("y"), (m, c, s) -> CalendarDates.ymd(CalendarDates.year(m), dates.month(m), m.group("d")));
        rule("date-dmy", WB + "(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + day("d") + "\\s+(?:of\\s+)?" + mon("m")
                + "\\s*,?\\s*" + year("y"),
                (m, c, s) -> CalendarDates.ymd(CalendarDates.year(m), dates.month(m), m.group("d")));
        rule("date-iso", "(?<![\\w-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\w-])",
                (m, c, s) -> CalendarDates.ymd(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                        m.group("d")));
        rule("date-numeric", "(?<![\\w/.,-])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\w/]|[.,]\\d)",
                dates::numericDate);
        // Month and year: "November 2006", "early June 2009", "May of 2008"
        rule("month-year", WB + "(?:" + PRE + ")?" + mon("m") + "\\s*,?\\s+(?:of\\s+)?" + year("y"),
                (m, c, s) -> Value.date(Calendar.month(YearMonth.of(CalendarDates.year(m), dates.month(m)))));
        // Month and day without year: "Sep. 30", "Tuesday, Sept. 30", "18 November", "the 18th of November"
        rule("month-day", WB + "(?:" + PRE + ")?(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + mon("m") + "\\s+" + day("d"),
                (m, c, s) -> dates.monthDay(m, c));
        rule("day-month", WB + "(?:" + wd("w") + ",?\\s+)?(?:the\\s+)?" + day("d") + "\\s+(?:of\\s+)?" + mon("m"),
                (m, c, s) -> dates.monthDay(m, c));
        // A month alone: "in October", "last September", "early December"
        rule("month", WB + "(?:(?<rel>(?i:last|this|next|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|"
                + "the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of|end\\s+of|beginning\\s+of))[\\s-]+)?"
                + mon("m") + "(?!\\s+[A-Z][a-z]|\\s+\\d)", dates::monthAlone);
        // Years: "2011", "mid-2011", "the end of 2008", "the year 2000", "'82"
        rule("year", WB + "(?:" + PRE + ")?(?:(?i:the\\s+year)\\s+)?" + year("y") + "(?!\\s*(?:%|percent|per\\s+cent))",
                (m, c, s) -> dates.insideName(s, m.start(), m.end()) ? null
                        : Value.date(Calendar.year(CalendarDates.year(m))));
        rule("year-short", "(?<=\\s|^|\\()(?:(?i:the\\s+year)\\s+)?['’](?<yy>\\d{2})(?![\\w'’%])", dates::shortYear);
        // Fiscal years as TimeML writes them (FY2009): "fiscal 2010", "fiscal year 2010", "FY2011", "FY11", "the 2009
        // fiscal year", "this / last / next fiscal year" (the year of the publication date, one back, one ahead)
        rule("fiscal-year", WB + "(?:(?:(?i:fiscal(?:\\s+year)?)\\s+|FY\\s?)(?<y>(?:19|20)\\d{2})|FY\\s?['’]?(?<yy>\\d{2})|"
                + "(?:(?i:the)\\s+)?" + year("y2") + "\\s+(?i:fiscal)(?:\\s+|-)(?i:year)|(?<rel>" + FISCAL_REL
                + ")\\s+(?i:fiscal)(?:\\s+|-)(?i:year))(?!\\w)", CalendarDates::fiscalYear);
        // Ordinal days of a year or month: "the 100th day of the year", "day 45 of 2019", "the last day of March 2020"
        rule("day-of-year", WB + "(?:(?:(?i:the)\\s+)?(?<o>\\d{1,3}(?:st|nd|rd|th)|(?i:" + lx.alternation("ordinal")
                + "|last))\\s+(?i:day)|(?i:day)\\s+(?<n>\\d{1,3}))\\s+(?i:of)\\s+(?:(?<this>(?i:the|this))\\s+(?i:year)|"
                + mon("m") + "\\s*,?\\s+" + year("y") + "|" + year("y2") + ")(?![\\w-])", dates::ordinalDay);
        // Decades and centuries: "the 1980s", "the early '90s", "the 20th century"
        rule("decade", WB + "(?:(?i:the)\\s+)?(?:" + PRE + ")?(?<dec>(?:1[6-9]|20)\\d0s|['’]\\d0s|(?<![\\w'’])\\d0s)(?!\\w)",
                dates::decade);
        rule("century", WB + "(?:(?i:the)\\s+)?(?:" + PRE + ")?(?<o>(?i:" + lx.alternation("ordinal")
                + "))[\\s-]+(?i:century)(?!\\w)", (m, c, s) -> {
                    int n = Integer.parseInt(lx.key("ordinal", MatchText.oneSpace(m.group("o"))));
                    return n <= 1 ? null : Value.date(Calendar.padded(n - 1, 2));
                });
    }

    /** Weekdays, days relative to the publication date or the last date named, weeks, weekends and seasons. */
    private void buildDays() {
        // Days of the week: "Tuesday", "last Friday", "Tuesday evening", "early Wednesday"
        rule("weekday", WB + "(?:(?<rel>(?i:last|next|this|past|coming|early|late))\\s+)?" + wd("w")
                + "(?:,?\\s+(?<pod>(?i:" + lx.alternation("part-of-day") + "))(?![\\w]))?", relative::weekday);
        rule("weekday-pod", WB + "(?:(?i:on\\s+)?(?i:the\\s+))?(?<pod>(?i:" + lx.alternation("part-of-day")
                + "))\\s+of\\s+" + wd("w"), relative::weekday);
        // Today, yesterday, tonight, this morning, last night
        rule("relative-day", WB + "(?:(?<pre>(?i:earlier|later|early|late))\\s+)?(?<w>(?i:today|tonight|yesterday|tomorrow))"
                + "(?![\\w-])(?:\\s+" + pod("pod") + ")?", relative::relativeDay);
        rule("relative-pod", WB + "(?<w>(?i:this|last))\\s+" + pod("pod"), relative::relativeDay);
        rule("day-around", WB + "(?i:the\\s+day\\s+(?<w>before\\s+yesterday|after\\s+tomorrow))(?!\\w)", (m, c, s) -> {
            if (!c.anchored()) {
                return null;
            }
            return Value.date(Calendar.day(c.dct().plusDays(m.group("w").toLowerCase(Locale.ROOT).startsWith("before") ? -2 : 2)));
        });
        // Anaphoric: "the same day", "the following week", "that night", "the day before"
        rule("anaphoric", WB + "(?i:(?:the\\s+(?<a>same|following|next|previous|preceding|prior)|(?<that>that))\\s+"
                + "(?<u>day|night|morning|evening|afternoon|week|weekend|month|year|decade)|the\\s+day\\s+(?<ba>before|after)(?=\\s*(?:[.,;:!?)]|$)))(?![\\w-])",
                relative::anaphoric);
        // Relative to the publication date: "last month", "this week", "earlier this month", "the end of last year"
        rule("relative-unit", WB + "(?:(?<pre>(?i:earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|"
                + "the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|end\\s+of|"
                + "beginning\\s+of|start\\s+of))[\\s-]+)?(?<the>(?i:the)\\s+)?(?<rel>(?i:last|this|next|past|coming|current|"
                + "the|previous))\\s+(?<u>(?i:week|weekend|month|quarter|year|decade|century)|" + season("s") + ")(?![\\w-])",
                relative::relativeUnit);
        // "the day" of a news report: the day last mentioned ("shares fell 3% on the day", "later in the day")
        rule("the-day", WB + "(?:(?<pre>(?i:the\\s+(?:start|end|beginning|close|middle)\\s+of|(?:early|late)\\s+in))\\s+"
                + "(?i:the)\\s+(?i:day)(?![\\w-])|(?i:the)\\s+(?i:day)(?![\\w-])"
                + "(?!\\s+(?i:before|after|of|when|that|which|in|to|he|she|they|it|may|might|will|would|could|must|should)))",
                (m, c, s) -> c.referenceOrDct() == null ? null : Value.date(Calendar.day(c.referenceOrDct())));
        // "the last week of March", "the first week of June 2009"
        rule("week-of-month", WB + "(?i:the\\s+)?(?<o>(?i:first|second|third|fourth|last|final))\\s+(?i:week)\\s+(?i:of)\\s+"
                + mon("m") + "(?:\\s*,?\\s+" + year("y") + ")?", dates::weekOfMonth);
        rule("weekend", WB + "(?i:(?<rel>the|over\\s+the)\\s+weekend)(?![\\w-])", relative::weekend);
        rule("season", WB + "(?:(?<pre>(?i:in|during|by|until|since|this|last|next|early|late|the|mid))[\\s-]+)?(?:(?i:the)\\s+)?"
                + season("s") + "(?:\\s+(?:(?i:of)\\s+)?" + year("y") + ")?", dates::season);
    }

    /** "Three weeks ago", durations and sets. */
    private void buildSpansAndSets() {
        // "three weeks ago", "two days later", "a year earlier", "two weeks from now"
        rule("ago", WB + "(?:" + Mods.QUALIFIER + ")?" + num("n") + "[\\s-]+" + unit("u") + "(?:\\s+(?i:and)\\s+" + num("n2") + "\\s+" + unit("u2") + ")?"
                + "\\s+(?<dir>(?i:ago|earlier|later|before|after|afterwards?|from\\s+now|hence|back))(?!\\w)"
                + "(?<than>\\s+(?i:than\\s+(?:(?:originally|initially|previously|first)\\s+)?(?:planned|scheduled|expected|"
                + "anticipated|forecast|estimated|hoped|promised|thought|announced)))?", relative::ago);
        // Durations: "two years", "three hours", "the past nine days", "a two-year operation", "27-year"
        rule("duration", WB + "(?:(?<pre>(?i:the\\s+(?:past|last|next|first|coming|previous|following|final)|past|last|"
                + "next|first|another))\\s+|" + Mods.QUALIFIER + ")?" + num("n")
                + "(?:\\s+(?i:straight|consecutive|full|trading|business|working|more|long|whole|calendar|successive|"
                + "additional|further)){0,2}[\\s-]+" + unit("u") + "(?:\\s+(?i:and)\\s+" + num("n2") + "[\\s-]+" + unit("u2")
                + ")?(?:[\\s-]+(?i:long|old))?", durations::duration);
        rule("duration-vague", WB + "(?:(?i:for|over|in|within|take|takes|took|taking|lasted|lasts|spent)\\s+"
                + "(?:(?i:just|only|mere|a\\s+matter\\s+of)\\s+)?)(?<t>(?:(?i:the)\\s+)?(?:(?i:recent|past|last|coming|next)\\s+)?"
                + "(?<u>(?i:years|decades|months|weeks|days|hours|minutes)))(?![\\w-])", (m, c, s) -> {
                    String t = m.group("t").toLowerCase(Locale.ROOT);
                    if (t.contains("recent") || PAST_OR_LAST_ONE_WORD.matcher(t).matches()) {
                        return Value.date("PAST_REF");
                    }
                    if (t.contains("coming") || t.contains("next")) {
                        return Value.date("FUTURE_REF");
                    }
                    return Value.duration(durationValue("X", durations.unitCode(m.group("u"))));
                });
        // "minutes before boarding", "weeks later": a bare unit as a stretch of unknown length
        rule("duration-bare", WB + "(?<t>(?<u>(?i:years|decades|months|weeks|days|hours|minutes|seconds)))"
                + "(?=\\s+(?i:before|after|later|earlier|afterwards?)(?![\\w-]))",
                (m, c, s) -> Value.duration(durationValue("X", durations.unitCode(m.group("u")))));
        rule("duration-decades", WB + "(?<u>(?i:decades|years|months|centuries))-(?i:long|old)(?!\\w)",
                (m, c, s) -> Value.duration(durationValue("X", durations.unitCode(m.group("u")))));
        // Sets: "every week", "each year", "weekly", "twice a year", "$5 billion a year"
        rule("set-every", WB + "(?i:every|each)\\s+(?:(?<n>(?i:other|\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))\\s+)?"
                + "(?:" + unit("u") + "|" + wd("w") + "|" + pod("pod") + ")", durations::setEvery);
        rule("set-adverb", WB + "(?<w>(?i:daily|weekly|monthly|yearly|annually|annual|quarterly|hourly|nightly|biweekly|"
                + "fortnightly|bi-annual|biannual|semiannual|semi-annual))(?![\\w-])", Durations::setAdverb);
        rule("set-rate", "(?:\\d|%|(?<![\\w-])(?i:times|twice|once|billion|million|thousand|hundred|percent|dollars|euros|pounds|"
                + "cents|barrels|units|vehicles|cars|jobs|people|passengers|flights|aircraft|planes|tons|tonnes))\\s"
                + "(?<t>(?i:a|an|per)\\s+(?<u>(?i:year|month|week|day|hour|minute|quarter)))(?![\\w-])",
                (m, c, s) -> Value.set(durationValue("1", durations.unitCode(m.group("u")))));
    }

    /** A time zone and its offset: "UTC", "GMT +8", "GMT-05:00". */
    private static String zone(String z, String off) {
        return "(?<" + z + ">UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|ET|local\\s+time)(?![\\w])"
                + "(?:\\s*(?<" + off + ">[+-]\\s?\\d{1,2}(?::?\\d{2})?)(?![\\w:]))?";
    }

    /** A clock time's value on the day written right after it ("at 16:15 UTC, June 1st"), else as the clock rule reads it. */
    private Value clockThenDay(Matcher m, Context c, String s) {
        Value v = relative.clock(m, c, s);
        if (v == null || MatchText.has(m, "dw")) {
            return v;
        }
        Matcher d = followingDay.matcher(s).region(m.end(), s.length());
        Value day = d.lookingAt() ? dates.monthDay(d, c) : null;
        return day == null ? v : Value.time(day.value() + v.value().substring(v.value().indexOf('T')));
    }

    /** Vague references ("now", "recently", "soon"), clock times and quarters. */
    private void buildReferencesAndClocks() {
        Normaliser clockThenDay = this::clockThenDay;
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
        rule("past-ref", WB + "(?:(?i:in|of|from)\\s+)?(?<t>(?i:recently|lately|the\\s+past|(?<!(?i:most)\\s)recent|recent\\s+years|"
                + "recent\\s+months|recent\\s+weeks|recent\\s+days|recent\\s+times|recent\\s+history))(?![\\w-])",
                (m, c, s) -> Value.date("PAST_REF"));
        rule("future-ref", WB + "(?:(?i:in|of|for|into)\\s+)?(?<t>(?i:the\\s+future|the\\s+near\\s+future|future|the\\s+near\\s+term|"
                + "the\\s+long\\s+term|the\\s+short\\s+term|the\\s+medium\\s+term|the\\s+longer\\s+term|soon|shortly|"
                + "the\\s+coming\\s+(?:days|weeks|months|years)|the\\s+years\\s+to\\s+come))(?![\\w-])", (m, c, s) -> {
                    String t = m.group("t").toLowerCase(Locale.ROOT);
                    if (t.equals("soon") && MatchText.wordBefore(s, m.start()).equals("as")
                            && s.regionMatches(true, m.end(), " as", 0, 3)) {
                        return null; // "as soon as" is a conjunction
                    }
                    if (t.equals("future") && !m.group().toLowerCase(Locale.ROOT).startsWith("in")) {
                        return null; // "future" as an adjective
                    }
                    return Value.date("FUTURE_REF");
                });
        // Clock times: "18:00 UTC", "6:40 p.m.", "3 pm", "0800 GMT", "noon", "16:00 UTC today"
        String zone = "(?:\\s*\\(\\s*" + zone("pz", "poff") + "\\s*\\)|\\s*" + zone("z", "off") + ")?";
        String after = "(?:\\s+(?:(?i:on)\\s+)?(?<dw>" + lx.alternation("weekday") + "|(?i:today|tonight|yesterday|tomorrow))(?![\\w-]))?";
        rule("clock", "(?<![\\w.:$£€])(?<h>[01]?\\d|2[0-3])(?<sep>[:.])(?<mi>[0-5]\\d)(?![\\d%])(?:\\s*(?<ap>(?i:a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm))(?!\\w))?"
                + zone + after, clockThenDay);
        rule("clock-ampm", "(?<![\\w.:$£€])(?<h>1[0-2]|0?[1-9])\\s*(?<ap>(?i:a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm))(?!\\w)" + zone + after,
                clockThenDay);
        rule("clock-military", "(?<![\\w.:$£€])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?<z>UTC|GMT|hours|hrs)(?![\\w])" + after,
                relative::clock);
        rule("clock-word", WB + "(?:(?i:at)\\s+)?(?<t>(?<w>(?i:noon|midnight|midday))(?![\\w-])" + after + ")",
                relative::clock);
        // Quarters and halves: "the third quarter", "the first quarter of 2009", "third-quarter", "Q3"
        // A fiscal one as TimeML writes it, FY2009-Q3: "the third quarter of fiscal 2009", "the fiscal third quarter",
        // "the third fiscal quarter of this fiscal year", "fiscal Q3 2009"
        String fiscalYear = "(?:(?<fy>(?i:fiscal(?:\\s+year)?)\\s+|FY\\s)?" + year("y") + "|FY(?<fyy>(?:19|20)\\d{2})(?!\\w))";
        rule("quarter", WB + "(?:(?i:the)\\s+)?(?<fq>(?i:fiscal)\\s+)?(?<o>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))"
                + "[\\s-]+(?<fq2>(?i:fiscal)[\\s-]+)?(?<q>(?i:quarter|half))(?:\\s+(?:(?i:of)\\s+)?(?:(?<rel>(?i:this|last|next|"
                + "the\\s+current|the\\s+previous|the|current|previous))\\s+(?<fyr>(?i:fiscal)[\\s-]+)?(?i:year)|" + fiscalYear
                + "))?(?![\\w])", dates::quarter);
        rule("quarter-q", "(?<![\\w])(?<fq>(?i:fiscal)\\s+)?Q(?<qn>[1-4])(?:\\s+(?:(?i:of)\\s+)?" + fiscalYear + ")?(?![\\w])",
                dates::quarter);
    }

    /** Expressions that lean on the date named before them, and ranges written as two expressions. */
    private void buildAnaphoraAndRanges() {
        // "the same period last year", "the same month a year earlier": the last date named, a year back
        rule("same-period", WB + "(?i:the\\s+same\\s+(?<u>period|month|quarter|week|day|time|season)(?:\\s+(?:of|in))?\\s+"
                + "(?:last\\s+year|the\\s+(?:previous|prior|preceding|last)\\s+year|a\\s+year\\s+(?:ago|earlier|before)))(?![\\w-])",
                relative::samePeriodYearBefore);
        // "the entire year" (of the date named), "the year before"
        rule("year-anaphoric", WB + "(?i:the\\s+(?:(?:entire|whole|full)\\s+year|year\\s+(?<back>previous|before|earlier)"
                + "(?=\\s*[.,;:!?)]|$)))(?![\\w-])", relative::yearOfReference);
        // "their best week since November", "the worst day in years": the unit holding the day last named
        rule("superlative-unit", WB + "(?i:best|worst|biggest|largest|strongest|weakest|sharpest|steepest|busiest|"
                + "highest|lowest)\\s+(?:(?i:single|one|trading)[\\s-]+)?(?<t>(?<u>(?i:day|week|month|quarter|year)))"
                + "\\s+(?i:since|in|for)(?![\\w-])", relative::unitOfReference);
        // "a second consecutive day", "(for the) fourth week in a row": the unit holding the day last named
        rule("ordinal-run", WB + "(?<t>(?:(?i:a|the)\\s+)?(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                + "\\d+(?:st|nd|rd|th))\\s+(?:(?<c>(?i:consecutive|straight|successive))\\s+)?(?<u>(?i:day|week|month|"
                + "quarter|year|session)))(?![\\w-])(?<row>\\s+(?i:in\\s+a\\s+row|running))?",
                (m, c, s) -> MatchText.has(m, "c") || MatchText.has(m, "row") ? relative.unitOfReference(m, c, s) : null);
        // "in morning trading", "during afternoon trading": that part of the day last named
        rule("pod-trading", WB + "(?i:in|during|by)\\s+(?:(?i:early|late)\\s+)?(?<t>" + pod("pod") + ")\\s+"
                + "(?i:trading|trade|session|dealings)(?![\\w-])", (m, c, s) -> c.referenceOrDct() == null ? null
                        : Value.time(Calendar.day(c.referenceOrDct()) + "T" + lx.key("part-of-day", m.group("pod"))));
        // "between 12 and 18 months", "60 to 90 days": the first number is a duration of the second's unit
        rule("number-range", WB + "(?<t>\\d+(?:\\.\\d+)?)\\s*(?:(?i:and|to|or)\\s+|[-–]\\s*)\\d+(?:\\.\\d+)?[\\s-]+" + unit("u"),
                (m, c, s) -> {
                    String v = durationValue(m.group("t"), durations.unitCode(m.group("u")));
                    return v == null ? null : Value.duration(v);
                });
        // "1957-58", "2009-2010": the second year of a range (the year rule wants no hyphen before a year)
        rule("year-range-end", "(?<=(?<![\\w-])(?:1[6-9]|20)\\d{2}[-–])(?<yy>(?:1[6-9]|20)?\\d{2})(?![\\w%-]|[.,]\\d)", (m, c, s) -> {
            String first = s.substring(m.start() - 5, m.start() - 1);
            String yy = m.group("yy");
            int end = Integer.parseInt(yy.length() == 4 ? yy : first.substring(0, 2) + yy);
            return end > Integer.parseInt(first) ? Value.date(Calendar.year(end)) : null; // "1999-00" is not read
        });
        // "the day before the vote", "two days after the election", "the morning after the attack", "the eve of the
        // summit": counted from the day the article gave the event ({@link EventAnchors})
        String event = "(?i:the)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<ev>" + events.nouns() + ")(?![\\w'’-])";
        rule("event-relative", WB + "(?:(?:(?i:the)\\s+(?<pu>(?i:day|night|morning|afternoon|evening|week))|" + num("n")
                + "[\\s-]+" + unit("u") + ")\\s+(?<dir>(?i:before|after|following|ahead\\s+of|prior\\s+to))|(?<eve>(?i:the\\s+eve))"
                + "\\s+(?i:of))\\s+" + event, events::relative);
        // "at the time": the date the paragraph wrote out last; "at the time of the attack": the attack's day
        rule("time-in-focus", WB + "(?i:at)\\s+(?<t>(?i:the|that)\\s+(?i:time)(?:\\s+(?i:of)\\s+" + event + ")?)(?![\\w'’-])",
                events::atTheTime);
    }
}

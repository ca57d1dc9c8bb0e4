package org.parallax.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.PatternSpace;

/**
 * The cheap conditions that let the tagger skip a sentence without running a rule's pattern over it
 * ({@link Rules.Rule#mayMatch}): a rule's cue words, one of which every match it accepts holds, and its shapes, a
 * second condition read from the sentence's {@link #shape}. Each must be necessary for a match, never merely
 * usual: {@code RuleCuesTest} checks every accepted match of the fixtures, the cases and the bundled corpus.
 */
final class RuleCues {

    /** Words one of which every match of a rule holds (lower case). */
    private static final Map<String, List<String>> CUES = Map.ofEntries(
            Map.entry("relative-day", List.of("today", "tonight", "yesterday", "tomorrow")),
            Map.entry("day-around", List.of("day")),
            Map.entry("anaphoric", List.of("same", "following", "next", "previous", "preceding", "prior", "that", "day")),
            Map.entry("the-day", List.of("day")),
            Map.entry("week-of-month", List.of("week")),
            Map.entry("weekend", List.of("weekend")),
            Map.entry("century", List.of("century")),
            Map.entry("ago", List.of("ago", "earlier", "later", "before", "after", "from", "hence", "back")),
            Map.entry("duration-vague", List.of("years", "decades", "months", "weeks", "days", "hours", "minutes")),
            Map.entry("duration-bare", List.of("before", "after", "later", "earlier")),
            Map.entry("duration-decades", List.of("-long", "-old")),
            Map.entry("set-every", List.of("every", "each")),
            Map.entry("set-adverb", List.of("daily", "weekly", "monthly", "yearly", "annual", "quarterly", "hourly",
                    "nightly", "fortnightly", "biannual", "bi-annual", "semiannual", "semi-annual")),
            Map.entry("past-ref", List.of("recent", "lately", "past")),
            Map.entry("future-ref", List.of("future", "term", "soon", "shortly", "coming", "come")),
            Map.entry("clock-word", List.of("noon", "midnight", "midday")),
            Map.entry("quarter", List.of("quarter", "half")),
            Map.entry("fiscal-year", List.of("fiscal", "fy")),
            Map.entry("event-relative", List.of("before", "after", "following", "ahead", "prior", "eve")),
            Map.entry("time-in-focus", List.of("time")),
            Map.entry("day-of-year", List.of("day of", "day 1", "day 2", "day 3", "day 4", "day 5", "day 6", "day 7",
                    "day 8", "day 9")),
            Map.entry("decade", List.of("0s")),
            Map.entry("same-period", List.of("same")),
            Map.entry("year-anaphoric", List.of("year")),
            Map.entry("pod-trading", List.of("trad", "session", "dealings")),
            Map.entry("superlative-unit", List.of("best", "worst", "biggest", "largest", "strongest", "weakest",
                    "sharpest", "steepest", "busiest", "highest", "lowest")),
            Map.entry("ordinal-run", List.of("consecutive", "straight", "successive", "row", "running")),
            Map.entry("year-range-end", List.of("-", "–")),
            Map.entry("relative-unit", List.of("week", "month", "quarter", "year", "decade", "century")), // + seasons
            // "now" also stands in "nowadays" and "right now", "present" in "presently" and "at present"
            Map.entry("present-ref", List.of("now", "currently", "present", "days", "moment", "time")),
            Map.entry("set-rate", List.of("year", "month", "week", "day", "hour", "minute", "quarter")),
            Map.entry("clock-ampm", List.of("am", "pm", "a.", "p.")),
            Map.entry("clock-military", List.of("utc", "gmt", "hours", "hrs")),
            Map.entry("quarter-q", List.of("q1", "q2", "q3", "q4")),
            Map.entry("year-short", List.of("'", "’")));

    /**
     * The shapes of rules whose cue words are common (see {@link Rules.Rule#shapes}): a year's four digits; a clock's hour,
     * separator and two digits of minutes; an ISO date's digits and dashes; a numeric date's day or month, separator,
     * day or month, separator and the first two digits of its year; the year before a range's end; a number before
     * a range's word or dash; a rate's "a", "an" or "per" before its unit.
     */
    private static final Map<String, List<String>> SHAPES = Map.of("year", List.of("0000"),
            "clock", List.of("0:00", "0.00"), "date-iso", List.of("0000-00-00"),
            "date-numeric", List.of("0/0/00", "0/00/00", "0.0.00", "0.00.00"),
            "year-range-end", List.of("0000-00", "0000–00"),
            "number-range", List.of("0and", "0 and", "0to", "0 to", "0or", "0 or", "0-", "0 -", "0–", "0 –"),
            "set-rate", java.util.stream.Stream.of("a ", "an ", "per ").flatMap(a -> java.util.stream.Stream.of(
                    "year", "month", "week", "day", "hour", "minute", "quarter").map(u -> a + u)).toList());

    /** The word lists a rule's matches also hold a word of, beside its cues, as shapes (lower case holds them). */
    private static final Map<String, List<String>> SHAPE_WORDS = Map.of("ago", List.of("unit"),
            "event-relative", List.of("event"), "weekday-pod", List.of("part-of-day"));

    /**
     * A sentence (in lower case) with every ASCII digit written as 0 and each run of white space ({@code \s}) as one
     * space, for {@link Rules.Rule#shapes}.
     */
    static String shape(String lowerSentence) {
        StringBuilder out = new StringBuilder(lowerSentence.length());
        boolean space = false;
        for (int i = 0; i < lowerSentence.length(); i++) {
            char c = lowerSentence.charAt(i);
            boolean white = PatternSpace.is(c);
            if (!white) {
                out.append(c >= '0' && c <= '9' ? '0' : c);
            } else if (!space) {
                out.append(' ');
            }
            space = white;
        }
        return out.toString();
    }

    /** The word lists a rule cannot match without one of (its month, its weekday, its unit), for its cues. */
    private static final Map<String, List<String>> WORD_CUES = Map.ofEntries(Map.entry("date-mdy", List.of("month")),
            Map.entry("date-dmy", List.of("month")), Map.entry("month-year", List.of("month")),
            Map.entry("month-day", List.of("month")), Map.entry("day-month", List.of("month")),
            Map.entry("month", List.of("month")), Map.entry("weekday", List.of("weekday")),
            Map.entry("weekday-pod", List.of("weekday")), Map.entry("duration", List.of("unit")),
            Map.entry("number-range", List.of("unit")), Map.entry("relative-pod", List.of("part-of-day")),
            Map.entry("relative-unit", List.of("season")));

    /**
     * The cues of a rule that must match a word of a list: each word in lower case (its first part, where it has
     * several: the pattern lets any white space stand between them), without those holding a shorter cue
     * ("september" holds "sep"), so a sentence holds one of them exactly when it holds one of the words.
     */
    private List<String> wordCues(List<String> sections) {
        Set<String> words = new java.util.TreeSet<>();
        for (String section : sections) {
            lx.words(section).forEach(w -> words.add(w.toLowerCase(Locale.ROOT).split(" ", -1)[0]));
        }
        return words.stream().filter(w -> words.stream().noneMatch(o -> !o.equals(w) && w.contains(o))).toList();
    }

    private final TimeWords lx;

    RuleCues(TimeWords lx) {
        this.lx = lx;
    }

    /** A rule's cue words (none: no condition). */
    List<String> of(String rule) {
        return rule.equals("season") ? lx.words("season")
                : java.util.stream.Stream.concat(CUES.getOrDefault(rule, List.of()).stream(),
                        wordCues(WORD_CUES.getOrDefault(rule, List.of())).stream()).toList();
    }

    /** A rule's shapes (none: no condition). */
    List<String> shapesOf(String rule) {
        return java.util.stream.Stream.concat(SHAPES.getOrDefault(rule, List.of()).stream(),
                wordCues(SHAPE_WORDS.getOrDefault(rule, List.of())).stream()).toList();
    }
}

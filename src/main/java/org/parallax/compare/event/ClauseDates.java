package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexValue;

/**
 * Which of a sentence's timexes date a statement, and how.
 *
 * <ul>
 *   <li>A date inside a noun phrase never dates the sentence: one between a determiner and its noun ("the 2016
 *       election", "its 2015 budget") or a possessive ("last year's vote", "Friday's announcement") names a thing,
 *       not when the clause happened. So does one after a happening named by a noun that is the object of a
 *       preposition ("like the Soviet incursion in Afghanistan in the 1980s"): it dates that happening.</li>
 *   <li>A date a happening is measured against dates nothing: "the first visit since 2011", "the highest level
 *       since March", "up 43% compared with the same month last year", "lower than in 2019".</li>
 *   <li>A deadline still ahead when the article was written dates nothing: "GM seeks to cut 31,500 jobs by 2012",
 *       "it might run out of money by March" tell a plan or a risk at the time of writing; the date is only the
 *       latest the planned thing may happen, and it has not happened.</li>
 *   <li>A range is one date that spans: "from 2016 to 2018", "between May 1 and May 3", "2016-2018" give one
 *       statement from the first to the last, not two point events.</li>
 * </ul>
 */
final class ClauseDates {

    /** A date of a statement: the timex it is read from, its first day and, for a range, its last ({@code null}). */
    record Site(TimeMention timex, TimexValue date, TimexValue until) {

        /** One key per distinct date or range. */
        String key() {
            return until == null ? date.value() : date.value() + "/" + until.value();
        }
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?:^|\\s)(?:the|a|an|this|that|its|his|her|their|our|whose)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}[\\p{L}'’-]*)");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\s+\\p{L}");
    private static final Pattern RANGE_OPENER = Pattern.compile("(?i)(?:^|\\s)(from|between)\\s+$");
    private static final Pattern RANGE_JOIN = Pattern.compile("(?i)^\\s*(to|until|till|through|thru|and|[-–—])\\s*$");
    private static final Pattern YEAR_SPAN = Pattern.compile("^\\s?[-–]\\s?(\\d{4})\\b");
    private static final int LOOK = 40;
    /** "by 2012", "by the end of March", "no later than June": the latest day something may happen. */
    static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|no\\s+later\\s+than)\\s+(?:the\\s+(?:end|middle|start|beginning)\\s+of\\s+)?(?:the\\s+)?$");
    /**
     * "first", "only", "most", or a superlative after a determiner ("the highest level", "its worst fall"); nouns that
     * merely end in "est" ("protest", "interest", "Budapest") are not superlatives.
     */
    static final Pattern COMPARED_SINCE = Pattern.compile(
            "(?i)\\b(?:first|only|most|more|fewer|less|(?:the|its|his|her|their|our)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?"
            + "(?!(?:protest|interest|request|contest|arrest|harvest|forest|conquest|inquest|manifest|suggest|digest"
            + "|invest|west|rest|test|nest|chest|quest|pest|vest|guest|crest)\\b)(?:\\p{L}{2,}est|worst|best|least))\\b"
            + "[^,;:.!?]{0,60}\\bsince\\s+(?:the\\s+)?$");
    /**
     * "compared with 2008", "compared to the same month of 2019", "than last year", "versus March": the date a figure
     * is measured against; not "less than two weeks ago", "more than a year ago", where "than" says how long ago, nor
     * "no later than June", a deadline.
     */
    static final Pattern BASELINE = Pattern.compile(
            "(?i)\\b(?:compared\\s+(?:to|with)|(?<!(?:less|more|fewer|later|earlier|sooner)\\s)than|versus|vs\\.?)\\s+(?:(?:in|on|at|during)\\s+)?(?:the\\s+same\\s+\\p{L}+\\s+(?:of\\s+|in\\s+)?)?(?:the\\s+)?$");
    static final Pattern EMBEDDED_HAPPENING = Pattern.compile("(?i)\\b(?:(?:similar|akin|compared|comparable)"
            + "\\s+to|like|than|since|after|before|following|amid|despite|unlike)\\s+(?:the|a|an|its|his|her|their)"
            + "\\s+(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}-]*(?:tion|sion|war|crisis|uprising|coup|conflict|attack)s?"
            + "(?:\\s+(?:in|of|on|at|against)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)?"
            + "\\s+(?:in|of|during)\\s+(?:the\\s+)?$");

    private ClauseDates() {
    }

    /** The dating sites of one sentence's timexes (sorted by position), in order; no deadline is known to be ahead. */
    static List<Site> of(String text, List<TimeMention> timexes) {
        return of(text, timexes, null);
    }

    /**
     * The dating sites of one sentence's timexes (sorted by position), in order.
     *
     * @param published the day its article was published, {@code null} when unknown (then no deadline is taken to
     *                  be ahead)
     */
    static List<Site> of(String text, List<TimeMention> timexes, LocalDate published) {
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < timexes.size(); i++) {
            TimeMention t = timexes.get(i);
            Optional<TimexValue> d = day(t);
            if (d.isEmpty() || insideNounPhrase(text, t)) {
                continue;
            }
            if (datesNothing(text, t, d.get(), published)) {
                continue;
            }
            TimexValue until = null;
            if (i + 1 < timexes.size()) {
                TimeMention u = timexes.get(i + 1);
                Optional<TimexValue> e = day(u);
                if (e.isPresent() && joinsRange(text, t, u) && e.get().first().isAfter(d.get().last())) {
                    until = e.get();
                    i++;
                }
            }
            if (until == null) {
                until = yearSpan(text, t, d.get());
            }
            out.add(new Site(t, d.get(), until));
        }
        return out;
    }

    /**
     * Each timex value's day reading, kept: a corpus names few distinct values, and parsing one anew for every timex
     * (patterns, then a date parser) was two fifths of telling a sentence's dates. At most {@link #DAYS_KEPT} values
     * are kept; any more are parsed each time.
     */
    private static final Map<String, Optional<TimexValue>> DAYS = new ConcurrentHashMap<>();
    static final int DAYS_KEPT = 50_000;

    /** {@code TimexValue.parse(t.value()).map(TimexValue::byDay)}, each value parsed once (a value is immutable). */
    static Optional<TimexValue> day(TimeMention t) {
        Optional<TimexValue> d = DAYS.get(t.value());
        if (d == null) {
            d = TimexValue.parse(t.value()).map(TimexValue::byDay);
            if (DAYS.size() < DAYS_KEPT) {
                DAYS.put(t.value(), d);
            }
        }
        return d;
    }

    /**
     * "the 2016 election", "last year's vote": a determiner before and a noun after, or a possessive after. The
     * patterns run only where the chars around the timex allow a match ({@link #mayFollowDeterminer}, an apostrophe
     * after): most dates follow "on" or "in", and the two windows and the searches from their every char were a
     * third of telling a sentence's dates.
     */
    static boolean insideNounPhrase(String text, TimeMention t) {
        int start = t.span().start();
        int end = t.span().end();
        boolean apostrophe = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
        boolean determiner = mayFollowDeterminer(text, Math.max(0, start - LOOK), start);
        if (!apostrophe && !determiner) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + LOOK));
        if (apostrophe && POSSESSIVE_AFTER.matcher(after).find()) {
            return true;
        }
        if (!determiner || !DETERMINER_BEFORE.matcher(text.substring(Math.max(0, start - LOOK), start)).find()) {
            return false;
        }
        Matcher w = WORD_AFTER.matcher(after);
        return w.find() && !Words.isStopWord(w.group(1));
    }

    private static final List<String> DETERMINERS = List.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "whose");

    /**
     * Whether {@link #DETERMINER_BEFORE} may match {@code text[from, to)}: it ends with white space after one of the
     * determiners in any ASCII case (as {@code (?i)} folds) that white space or the window's start opens, or with a
     * line end before which {@code $} may match (then the pattern tells).
     */
    static boolean mayFollowDeterminer(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        if (org.parallax.text.PatternSpace.OTHER_LINE_ENDS.indexOf(text.charAt(to - 1)) >= 0) {
            return true;
        }
        int j = to;
        while (j > from && org.parallax.text.PatternSpace.is(text.charAt(j - 1))) {
            j--;
        }
        if (j == to) {
            return false; // no white space before the timex
        }
        int k = j;
        while (k > from && (text.charAt(k - 1) | 0x20) >= 'a' && (text.charAt(k - 1) | 0x20) <= 'z') {
            k--;
        }
        if (k > from && !org.parallax.text.PatternSpace.is(text.charAt(k - 1))) {
            return false;
        }
        for (String d : DETERMINERS) {
            if (d.length() == j - k && text.regionMatches(true, k, d, 0, d.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before timex {@code t} (its day {@code d}) make it date nothing: it dates a happening named
     * before it ({@link #datesEmbeddedHappening}), is what a happening is measured against ({@link #comparisonPoint})
     * or a deadline still ahead ({@link #deadlineAhead}). Each pattern is anchored at the timex and ends with white
     * space after a word of a few ({@link #mayEndAfter}, {@link #mayEndBaseline}): the word before most dates ("on",
     * "last", a month) is none of them, and the window is then neither cut, lower-cased, searched for cues nor matched.
     */
    static boolean datesNothing(String text, TimeMention t, TimexValue d, LocalDate published) {
        int start = t.span().start();
        int from = Math.max(0, start - 2 * LOOK);
        boolean embedded = mayEndAfter(text, from, start, EMBEDDED_ENDS);
        boolean since = mayEndAfter(text, from, start, SINCE_ENDS);
        boolean baseline = mayEndBaseline(text, from, start);
        if (embedded || since || baseline) {
            // the words before, read by two tests, made and lower-cased once
            String before = text.substring(from, start);
            char[] lower = before.toLowerCase(java.util.Locale.ROOT).toCharArray(); // its cues read from an array
            if (embedded && datesEmbeddedHappening(before, lower) || comparisonPoint(before, lower, since, baseline)) {
                return true;
            }
        }
        return mayEndAfter(text, Math.max(0, start - LOOK), start, DEADLINE_ENDS)
                && deadlineAhead(text, t, d, published);
    }

    /** The words {@link #EMBEDDED_HAPPENING} can end with before its white space. */
    private static final List<String> EMBEDDED_ENDS = List.of("in", "of", "during", "the");
    /** The words {@link #COMPARED_SINCE} can end with before its white space. */
    private static final List<String> SINCE_ENDS = List.of("since", "the");
    /** The words {@link #DEADLINE_BEFORE} can end with before its white space. */
    private static final List<String> DEADLINE_ENDS = List.of("by", "than", "of", "the");
    /**
     * The words {@link #BASELINE} can end with before its white space, besides "vs." and any word after "the same"
     * ({@link #mayEndBaseline}).
     */
    private static final List<String> BASELINE_ENDS = List.of("to", "with", "than", "versus", "vs", "in", "on", "at",
            "during", "of", "the");

    /**
     * Whether a pattern anchored at the end whose match ends with white space ({@code \s+$}) after one of
     * {@code words} (ASCII, matched in any ASCII case as {@code (?i)} does, a word char neither before nor after) may
     * match {@code text[from, to)}: it ends with white space, and the ASCII letters before that are one of the words.
     * A line end outside {@code \s} last (before which {@code $} also matches) leaves it to the pattern.
     */
    static boolean mayEndAfter(String text, int from, int to, List<String> words) {
        if (to <= from) {
            return false;
        }
        if (org.parallax.text.PatternSpace.OTHER_LINE_ENDS.indexOf(text.charAt(to - 1)) >= 0) {
            return true;
        }
        int j = lastBeforeSpace(text, from, to);
        if (j == to) {
            return false; // no white space at the end
        }
        int k = j;
        while (k > from && SuffixMatch.isAsciiLetter(text.charAt(k - 1))) {
            k--;
        }
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.length() == j - k && text.regionMatches(true, k, word, 0, j - k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #BASELINE} may match {@code text[from, to)}: as {@link #mayEndAfter} its words, or white space
     * after "vs.", or after "same", white space and a word of letters ("the same month ").
     */
    static boolean mayEndBaseline(String text, int from, int to) {
        if (mayEndAfter(text, from, to, BASELINE_ENDS)) {
            return true;
        }
        int j = lastBeforeSpace(text, from, to);
        if (j == to || j == from) {
            return false;
        }
        if (text.charAt(j - 1) == '.') {
            return j - 3 >= from && text.regionMatches(true, j - 3, "vs", 0, 2);
        }
        int k = j; // the word after "same": letters, as \p{L} reads them, back to white space
        while (k > from && !org.parallax.text.PatternSpace.is(text.charAt(k - 1))) {
            k--;
        }
        int same = lastBeforeSpace(text, from, k);
        return same < k && same - 4 >= from && text.regionMatches(true, same - 4, "same", 0, 4);
    }

    /** Where the white space ({@code \s}) that ends {@code text[from, to)} starts ({@code to}: none). */
    private static int lastBeforeSpace(String text, int from, int to) {
        int j = to;
        while (j > from && org.parallax.text.PatternSpace.is(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /**
     * "similar to the Soviet incursion in Afghanistan in the 1980s", "since the invasion of Iraq in 2003": a date
     * after a happening named by a noun (a nominalisation or a word for a conflict) that is itself the object of a
     * preposition dates that happening, not the clause around it.
     */
    static boolean datesEmbeddedHappening(String before, char[] lower) {
        return EMBEDDED_CUES.in(lower) && EMBEDDED_HAPPENING.matcher(before).find();
    }

    /**
     * Words one of which every match of {@link #EMBEDDED_HAPPENING}, {@link #COMPARED_SINCE} and {@link #BASELINE}
     * holds (in any case): most dates have none before them, and the patterns, tried at every word, were a third of
     * reading a sentence's dates.
     */
    static final Cues EMBEDDED_CUES = new Cues(List.of("similar", "akin", "compar", "like", "than", "since",
            "after", "before", "following", "amid", "despite"));
    static final Cues SINCE_CUES = new Cues(List.of("since"));
    static final Cues BASELINE_CUES = new Cues(List.of("compared", "than", "versus", "vs"));

    /**
     * Lower-case ASCII words looked for in the chars of a lower-cased text in one pass: at each char only the words it
     * opens are compared. The text was searched once per word, sixteen searches before every date (under C1, which
     * the app runs on, {@code String.contains} is a loop of its own, not the intrinsic C2 makes of it, and
     * {@code charAt} on a text with curly quotes checks each index in a call of its own).
     */
    static final class Cues {
        /** The words' chars by their first char. */
        private final char[][][] byFirst = new char[128][][];
        private final List<String> words;

        Cues(List<String> words) {
            this.words = List.copyOf(words);
            for (String w : words) {
                if (!lowerAscii(w)) {
                    throw new IllegalArgumentException("not a lower-case ASCII word: '" + w + "'");
                }
                char c = w.charAt(0);
                char[][] opened = byFirst[c] == null ? new char[0][] : byFirst[c];
                byFirst[c] = java.util.Arrays.copyOf(opened, opened.length + 1);
                byFirst[c][opened.length] = w.toCharArray();
            }
        }

        /** Whether {@code w} is a char or more, every one ASCII and none an upper-case letter. */
        private static boolean lowerAscii(String w) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (c >= 128 || c >= 'A' && c <= 'Z') {
                    return false;
                }
            }
            return !w.isEmpty();
        }

        /** The words looked for (the tests search for each to compare). */
        List<String> words() {
            return words;
        }

        /** Whether the text of {@code lower} holds one of the words: {@code contains} of any of them. */
        boolean in(char[] lower) {
            int n = lower.length;
            for (int i = 0; i < n; i++) {
                char c = lower[i];
                char[][] opened = c < 128 ? byFirst[c] : null;
                if (opened != null) {
                    for (char[] w : opened) {
                        if (startsAt(lower, i, w)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static boolean startsAt(char[] text, int i, char[] w) {
            if (i + w.length > text.length) {
                return false;
            }
            for (int k = 1; k < w.length; k++) { // the first char is the one the word was found by
                if (text[i + k] != w[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * "the first foreign visit since 2011", "the highest level since March", "sales rose 43% compared with the same
     * period last year": the date is what the happening is measured against, so it dates nothing of the clause (the
     * visit is not in 2011, the rise not last year). {@link #COMPARED_SINCE} is asked only when {@code since},
     * {@link #BASELINE} only when {@code baseline}.
     */
    private static boolean comparisonPoint(String before, char[] lower, boolean since, boolean baseline) {
        return since && SINCE_CUES.in(lower) && COMPARED_SINCE.matcher(before).find()
                || baseline && BASELINE_CUES.in(lower) && BASELINE.matcher(before).find();
    }

    /**
     * "cut 31,500 jobs by 2012" in an article of 2009, "run out of cash by June" in one of 1 June: a deadline ("by",
     * "no later than") whose period had not ended when the article was published.
     */
    static boolean deadlineAhead(String text, TimeMention t, TimexValue date, LocalDate published) {
        if (published == null || date.last().isBefore(published)) {
            return false;
        }
        String before = text.substring(Math.max(0, t.span().start() - LOOK), t.span().start());
        return DEADLINE_BEFORE.matcher(before).find();
    }

    /** "from X to Y", "between X and Y", "X – Y". */
    private static boolean joinsRange(String text, TimeMention t, TimeMention u) {
        if (u.span().start() < t.span().end()) {
            return false;
        }
        Matcher join = RANGE_JOIN.matcher(text.substring(t.span().end(), u.span().start()));
        if (!join.find()) {
            return false;
        }
        String word = join.group(1).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1) {
            return true; // a dash between two dates
        }
        Matcher opener = RANGE_OPENER.matcher(
                text.substring(Math.max(0, t.span().start() - LOOK), t.span().start()));
        return opener.find() && (word.equals("and") == opener.group(1).equalsIgnoreCase("between"));
    }

    /** A year followed by "-2018" the timex left out: the range up to that later year. */
    private static TimexValue yearSpan(String text, TimeMention t, TimexValue d) {
        if (d.value().length() != 4) {
            return null;
        }
        Matcher m = YEAR_SPAN.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 8)));
        if (!m.find()) {
            return null;
        }
        return TimexValue.parse(m.group(1)).filter(y -> y.first().isAfter(d.last())).orElse(null);
    }
}

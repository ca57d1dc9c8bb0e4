package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.AnalysedText;
import org.parallax.text.Sentence;
import org.parallax.text.TextAnalyser;
import org.parallax.model.Article;
import org.parallax.model.Span;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/**
 * Finds temporal expressions in an article and normalises them to TIMEX3 values in news mode: relative
 * expressions resolve against the article's publication date.
 *
 * <ul>
 *   <li>Rules ({@link Rules}) propose candidates sentence by sentence; where candidates overlap the longest wins
 *       (ties: the earlier rule), so mentions never overlap and always cover real characters of the text.</li>
 *   <li>Candidates are normalised in reading order, so anaphoric expressions ("the same night", "two days
 *       later") lean on the last day the article mentioned, else on the publication date.</li>
 *   <li>A weekday resolves to the nearest such day on or before the publication date, unless the clause looks
 *       forward ("will address ... on Thursday", "is due to ... on Friday", "would meet ... on Friday"): then to
 *       the nearest on or after it. A day and month without a year take the year that puts them nearest the
 *       publication date, moved by a year when the clause's tense contradicts a gap of more than two weeks.</li>
 *   <li>Undated articles ({@code published == null}): explicit dates are normalised as usual; a year-less date
 *       or month gets {@code XXXX} for its year and a weekday {@code XXXX-WXX-n}; expressions that only make sense
 *       against a date ("yesterday", "last month", "three weeks ago") are left out rather than guessed.</li>
 * </ul>
 *
 * <p>Thread-safe and stateless between calls.
 */
public final class TimexTagger {

    private final Rules rules;
    /** The tense cues of a sentence, found when a rule first asks for a tense. */
    private final Function<String, TenseCues.Clauses> clausesOf;
    private final TimexOptions options;
    private final TextAnalyser analyser;
    private final Set<String> speechVerbs;

    public TimexTagger() {
        this(TimexOptions.DEFAULT);
    }

    public TimexTagger(TimexOptions options) {
        this(options, TextAnalyser.shared());
    }

    public TimexTagger(TimexOptions options, TextAnalyser analyser) {
        this(options, analyser, Rules.bundled(), new TenseCues(TimeWords.bundled())::onDemand);
    }

    /** A tagger with its own {@code rules} and sentence clauses (a test counts what they are asked). */
    TimexTagger(TimexOptions options, TextAnalyser analyser, Rules rules,
                Function<String, TenseCues.Clauses> clausesOf) {
        this.rules = rules;
        this.clausesOf = clausesOf;
        this.options = options;
        this.analyser = analyser;
        this.speechVerbs = Set.copyOf(TimeWords.bundled().words("speech"));
    }

    /** The temporal expressions of {@code article}, in text order. */
    public List<TimeMention> tag(Article article) {
        return tag(article, analyser.analyse(article.text()));
    }

    /** The temporal expressions of {@code article}, whose text {@code analysed} already splits into sentences. */
    public List<TimeMention> tag(Article article, AnalysedText analysed) {
        DateOrder order = options.dateOrder().apply(article);
        LocalDate dct = article.published();
        List<TimeMention> out = new ArrayList<>();
        String text = article.text();
        // the text's chars copied out once: its quotes, its line breaks and each sentence's chars are read from them
        char[] all = text.toCharArray();
        StoryTime story = new StoryTime(all);
        Track track = new Track(all);
        for (Sentence sentence : analysed.sentences()) {
            String s = text.substring(sentence.start(), sentence.end());
            CueHits.SentenceCues read = rules.read(s, Arrays.copyOfRange(all, sentence.start(), sentence.end()));
            MatchStarts.Text chars = read.text();
            track.sentenceReference = null;
            TenseCues.Clauses cues = clausesOf.apply(s);
            List<Candidate> chosen = candidates(read, cues, dct, order, track.scene(sentence.start()));
            List<EventAnchors.Dated> dated = new ArrayList<>(chosen.size());
            for (Candidate cand : chosen) {
                Matcher m = cand.m;
                int start = sentence.start() + cand.start;
                int end = sentence.start() + cand.end;
                LocalDate speech = null;
                if (story.quoted(start, end)) {
                    LocalDate said = attributionDay(story, text, sentence, chosen, cand, cues, dct, order);
                    speech = said == null ? StoryTime.speechDay(dct, track.writtenDay) : said.equals(dct) ? null : said;
                }
                Context ctx = track.context(speech != null ? speech : dct, order, cues, cand.start, cand.end,
                        track.scene(start));
                LocalDate focus = speech == null ? track.paragraphFocus(text, start, dct) : null;
                boolean focused = focus != null && cand.rule.name().equals("weekday") && m.group("rel") == null
                        && ctx.tense() != Tense.FUTURE;
                if (focused) {
                    // a bare weekday in a paragraph told on a day far from publication: that day or the six after it,
                    // as the story moves on
                    ctx = new Context(focus.plusDays(6), order, Tense.PAST, track.reference, track.sentenceReference,
                            track.referenceValue, Scene.NONE);
                }
                boolean checked = cand.context.sameIn(ctx, cand.reads);
                Value v = checked ? cand.value : normalise(cand.rule, m, ctx, s);
                if (v == null) {
                    continue;
                }
                // the same parts read, with the same values, as the check that took the candidate read
                int reads = checked ? cand.reads : ctx.reads();
                TimeAnchor told = storyAnchor(cand.rule, m);
                TimeAnchor anchor = focused ? TimeAnchor.PREVIOUS_DATE
                        : told != null ? told : anchorOf(cand.rule, m, ctx, s, v, reads, speech != null);
                out.add(new TimeMention(new Span(article.id(), start, end), text.substring(start, end), v.type(),
                        v.value(), v.mod(), anchor));
                track.after(cand.rule, v);
                track.explicit(v, anchor, end);
                dated.add(new EventAnchors.Dated(cand.start, cand.end, dayOf(v.value())));
                if (cand.rule.writesDay() && dayOf(v.value()) != null) {
                    track.writtenEnd = end;
                    track.writtenFrames = frames(s, cand.start, cand.end);
                }
            }
            track.readEvents(rules.events(), chars, dated);
        }
        return out;
    }

    /**
     * The anchor of the rules that lean on what the story set up rather than on one date: an event named by a noun
     * ("the day before the vote", "at the time of the attack"), or the paragraph's date in focus ("at the time");
     * null for every other rule.
     */
    private static TimeAnchor storyAnchor(Rules.Rule rule, Matcher m) {
        return switch (rule.name()) {
            case "event-relative" -> TimeAnchor.EVENT;
            case "time-in-focus" -> MatchText.has(m, "ev") ? TimeAnchor.EVENT : TimeAnchor.PREVIOUS_DATE;
            default -> null;
        };
    }

    /**
     * The day the quote around {@code cand} was said, as its own attribution in the sentence names it ("'...
     * today,' she said on Monday"): the day expression nearest the quote in a stretch beside it that holds a verb of
     * saying, read against the publication date; null when none names a day (or a day after publication).
     */
    private LocalDate attributionDay(StoryTime story, String text, Sentence sentence, List<Candidate> chosen,
                                     Candidate cand, TenseCues.Clauses cues, LocalDate dct, DateOrder order) {
        int offset = sentence.start();
        String s = text.substring(sentence.start(), sentence.end());
        for (int[] stretch : story.attributions(text, sentence.start(), sentence.end(), offset + cand.start,
                offset + cand.end, speechVerbs)) {
            boolean after = stretch[0] >= offset + cand.end;
            for (int k = 0; k < chosen.size(); k++) {
                Candidate c = chosen.get(after ? k : chosen.size() - 1 - k);
                if (offset + c.start < stretch[0] || offset + c.end > stretch[1]) {
                    continue;
                }
                Value v = normalise(c.rule, c.m,
                        new Context(dct, order, cues, c.start, c.end, null, null, null, Scene.NONE), s);
                LocalDate day = v == null ? null : dayOf(v.value());
                if (day != null && (dct == null || !day.isAfter(dct))) {
                    return day;
                }
            }
        }
        return null;
    }

    private static final Pattern SCENE_OPENER = Pattern.compile("\\s*(?:(?i:on|in)\\s+)?");

    /** Whether the day at {@code start..end} of sentence {@code s} opens it and is set off by a comma ("On May 2, ..."). */
    private static boolean frames(String s, int start, int end) {
        return SCENE_OPENER.matcher(s.substring(0, start)).matches() && s.startsWith(",", end);
    }

    /** The dates read so far in an article that later expressions lean on. */
    private static final class Track {
        LocalDate reference;
        LocalDate sentenceReference;
        String referenceValue;
        LocalDate writtenDay;
        int writtenEnd = -1;
        /** Whether the last day written out sets the scene of its sentence ("On September 15, 2008, ..."). */
        boolean writtenFrames;
        static final int FOCUS_DAYS = 7;

        /**
         * The day a paragraph is told on, when it sets the scene with a day well before publication ("On September 15,
         * 2008, ..."): the last day written out, when it opens its sentence, stands in the same paragraph before
         * {@code start}, is the last day named, and lies more than {@value #FOCUS_DAYS} days before {@code dct}
         * (within a week, "on Friday" is this week's). A day named inside a clause ("announced the deal on
         * September 30") or after publication ("set to open on March 3") moves no weekday.
         */
        LocalDate paragraphFocus(String text, int start, LocalDate dct) {
            if (writtenDay == null || dct == null || writtenEnd < 0 || !writtenFrames || !writtenDay.equals(reference)
                    || !writtenDay.isBefore(dct.minusDays(FOCUS_DAYS))
                    || text.lastIndexOf('\n', start) >= writtenEnd) {
                return null;
            }
            return writtenDay;
        }

        /** The explicit date last written out (words alone give its value) and where it ends: the time in focus. */
        String focusValue;
        int focusEnd = -1;
        /** The days the article gave events named by a noun, by the noun's key ({@link EventAnchors#read}). */
        private final Map<String, LocalDate> eventDays = new HashMap<>();
        /**
         * A copy of {@link #eventDays} for the scenes, made again only after a sentence's nouns gave an event a day: a
         * scene is asked for every sentence and every mention, and copying the map each time was most of that (and
         * copying it after every sentence, most of which date no noun, a {@code Map.copyOf} per sentence).
         */
        private Map<String, LocalDate> eventDaysCopy = Map.of();

        /** Records the days {@code events} gives the nouns of {@code sentence}, whose mentions are {@code dated}. */
        void readEvents(EventAnchors events, MatchStarts.Text sentence, List<EventAnchors.Dated> dated) {
            if (events.read(sentence, dated, eventDays)) {
                eventDaysCopy = null;
            }
        }

        Context context(LocalDate anchor, DateOrder order, TenseCues.Clauses cues, int start, int end, Scene scene) {
            return new Context(anchor, order, cues, start, end, reference, sentenceReference, referenceValue, scene);
        }

        /** The text's line breaks, read as mentions ask for them. */
        private final LineBreaks lineBreaks;

        Track(char[] text) {
            this.lineBreaks = new LineBreaks(text);
        }

        /**
         * The scene at {@code at} of the text: the date in focus when the paragraph wrote one out before, and the events'
         * days.
         */
        Scene scene(int at) {
            boolean inParagraph = focusValue != null && lineBreaks.lastBefore(at) < focusEnd;
            if (eventDaysCopy == null) {
                eventDaysCopy = Map.copyOf(eventDays);
            }
            return new Scene(inParagraph ? focusValue : null, eventDaysCopy);
        }

        /** Keeps a calendar date the words alone give ("January 2011", "March 3, 2021") as the time in focus. */
        void explicit(Value v, TimeAnchor anchor, int end) {
            if (anchor == null && v.type() != TimexType.DURATION && v.type() != TimexType.SET
                    && Character.isDigit(v.value().charAt(0)) && !v.value().contains("X")) {
                focusValue = v.value();
                focusEnd = end;
            }
        }

        void after(Rules.Rule rule, Value v) {
            LocalDate day = dayOf(v.value());
            if (day != null) {
                reference = day;
                sentenceReference = day;
                if (rule.writesDay()) {
                    writtenDay = day;
                }
            }
            if (v.type() == TimexType.DATE && Character.isDigit(v.value().charAt(0)) && !v.value().contains("X")) {
                referenceValue = v.value();
            }
        }
    }

    /**
     * The rule's value of its match, or null when it rejects it or the value is not TIMEX3; {@code ctx.reads()} then
     * tells the parts of the context the rule read.
     */
    private static Value normalise(Rules.Rule rule, Matcher m, Context ctx, String s) {
        ctx.forgetReads();
        try {
            Value v = rule.normaliser().apply(m, ctx, s);
            return v == null || !Timex3.isValid(v.type(), v.value()) ? null : v;
        } catch (RuntimeException e) {
            return null; // a rule that cannot read its match rejects it
        }
    }

    /**
     * What the value leans on: nothing when the words alone give it (the same value with no date to lean on), the
     * publication (or speech) date when that alone gives it, else the date the text named before. {@code v} is the
     * value in {@code ctx}, whose parts {@code reads} the rule read: a context the same in those takes {@code v} again.
     */
    private static TimeAnchor anchorOf(Rules.Rule rule, Matcher m, Context ctx, String s, Value v, int reads,
                                       boolean speech) {
        if (!ctx.anchored()) {
            return null;
        }
        Context none = ctx.bare(null);
        Value alone = ctx.sameIn(none, reads) ? v : normalise(rule, m, none, s);
        if (alone != null && alone.value().equals(v.value())) {
            return null;
        }
        Context dctAlone = ctx.bare(ctx.dct());
        Value dctOnly = ctx.sameIn(dctAlone, reads) ? v : normalise(rule, m, dctAlone, s);
        if (dctOnly != null && dctOnly.value().equals(v.value())) {
            return speech ? TimeAnchor.SPEECH : TimeAnchor.PUBLICATION;
        }
        return TimeAnchor.PREVIOUS_DATE;
    }

    /**
     * A match its rule found in a sentence: the rule's place among the rules (an earlier one wins a tie), the matcher
     * left on the match and the mention it marks ({@code start..end}: its group {@code t} where it has one, without
     * white space or a comma at its end).
     */
    private record Match(Rules.Rule rule, int order, Matcher m, int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** Longest first, then by rule, then by start: the order in which matches claim their chars. */
    private static final Comparator<Match> CLAIM_ORDER = Comparator.comparingInt(Match::length).reversed()
            .thenComparingInt(Match::order).thenComparingInt(Match::start);

    /**
     * A match its rule normalised to {@code value} in {@code context} (the publication date alone, the scene at the
     * sentence's start), reading the parts {@code reads} of it; {@code m} stays on the match.
     */
    private record Candidate(Rules.Rule rule, Matcher m, int start, int end, Value value, Context context, int reads) {
    }

    /**
     * Non-overlapping candidates of one sentence, longest first, returned in text order. A match is valued only when no
     * longer (or earlier-ruled) candidate holds one of its chars: one its rule rejects claims none, so a match that
     * overlaps a chosen one would be dropped whatever its value, and valuing every match first was a third of the
     * normalising spent on matches dropped.
     */
    private List<Candidate> candidates(CueHits.SentenceCues sentence, TenseCues.Clauses cues, LocalDate dct,
                                       DateOrder order, Scene scene) {
        String s = sentence.text().string();
        List<Match> all = matches(sentence.text(), sentence.hits());
        all.sort(CLAIM_ORDER);
        List<Candidate> chosen = new ArrayList<>();
        for (Match c : all) {
            if (overlapsOne(c, chosen)) {
                continue;
            }
            // whether the rule normalises its match at all, with the publication date as the only date to lean on and
            // the scene at the sentence's start (a noun's event day, the paragraph's date in focus)
            Context checked = new Context(dct, order, cues, c.start, c.end, null, null, null, scene);
            Value v = normalise(c.rule, c.m, checked, s);
            if (v != null) {
                chosen.add(new Candidate(c.rule, c.m, c.start, c.end, v, checked, checked.reads()));
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private static boolean overlapsOne(Match c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (c.start < o.end && o.start < c.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every match of every rule whose cues the sentence holds ({@code hits}), rule by rule, each with a matcher of its own; a rule with
     * no start in the sentence is not searched (half the rules its cues leave: a matcher made for nothing). The rules
     * left are read as the bits of one {@code long} (2.6 a sentence of 51).
     */
    private List<Match> matches(MatchStarts.Text text, CueHits hits) {
        String s = text.string();
        List<Match> all = new ArrayList<>();
        List<Rules.Rule> list = rules.all();
        RuleStarts.Found starts = rules.starts().find(text, hits.rules());
        // the rules are at most 64 (CueHits.Reader refuses more), each a bit, walked in their order
        for (long left = hits.rules() & starts.mayStart(); left != 0; left &= left - 1) {
            int i = Long.numberOfTrailingZeros(left);
            Rules.Rule r = list.get(i);
            Matcher m = r.pattern().matcher(s);
            int from = 0;
            while (from <= s.length() && starts.find(r, i, m, from)) {
                int matchStart = m.start();
                int matchEnd = m.end();
                int start = matchStart;
                int end = matchEnd;
                if (r.marked() && m.group("t") != null) {
                    start = m.start("t");
                    end = m.end("t");
                }
                // never end a mention on white space or a comma (optional parts of a pattern may leave them)
                while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
                    end--;
                }
                if (end > start) {
                    all.add(new Match(r, i, m, start, end));
                    m = r.pattern().matcher(s); // the match keeps its matcher, the search goes on with a new one
                }
                from = matchEnd > matchStart ? matchEnd : matchStart + 1;
                // also try matches starting inside this one: a shorter pattern may fit better after selection
                if (matchEnd - matchStart > 1) {
                    from = nextWordStart(s, matchStart);
                }
            }
        }
        return all;
    }

    private static int nextWordStart(String s, int pos) {
        int i = pos;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return Math.max(i, pos + 1);
    }

    /** The day of a day-precise value ("2015-10-20", "2015-10-20TEV"), else null. */
    static LocalDate dayOf(String value) {
        if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && (value.length() == 10 || value.charAt(10) == 'T')) {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year < 0 || month < 0 || day < 0) {
                return null; // as LocalDate.parse refuses what is not ISO digits
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The number the ASCII digits of {@code s} from {@code start} to {@code end} write, or -1 if one is not a digit. */
    private static int digits(String s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + c - '0';
        }
        return n;
    }
}

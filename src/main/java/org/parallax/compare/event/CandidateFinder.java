package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.text.PatternSpace;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Token;

/**
 * Finds the time-anchored statements of a corpus: one candidate per sentence and date it names (DATE and TIME
 * timexes with a resolved point-in-time value; durations, sets, {@code PRESENT_REF} and unresolved values are
 * skipped). Several timexes of one sentence that give the same day ("on Tuesday ... the same night") make one
 * candidate. The candidate is the clause holding the date's first timex, widened until it has a few words besides
 * the timex; clauses end at semicolons, colons, dashes and at a comma before a subordinate or participle clause, and
 * when the sentence names several dates at every comma: "X on Tuesday, though Y on Wednesday" gives two
 * statements, and "A quake struck on Tuesday, killing ..." is about the quake. A statement must be running text
 * ({@link #runningText}): datelines and Title Case headlines are left out.
 */
public final class CandidateFinder {

    /** A clause needs this many words besides its timexes to stand alone. */
    static final int MIN_CLAUSE_WORDS = 4;

    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s|\\s[–—]\\s|\\s-\\s");
    /**
     * The breaks that end a statement even in a sentence of one date: semicolons, dashes, and a comma before a
     * subordinate or participle clause (", killing ...", ", though ..."); not before a relative
     * clause (", which ..."), which mostly closes again with a comma.
     */
    static final Pattern STRONG_BREAK = Pattern.compile("[;:]\\s|\\s[–—]\\s|\\s-\\s|,\\s(?=(?:when|while|whereas|though|although|but|after|before|since|until|because|as|so|and then)\\b"
            + "|\\p{Ll}+ing\\b)");

    public List<Candidate> find(Corpus corpus) {
        return findAll(corpus, false).dated();
    }

    /** The dated statements and, when asked, the undated ones that name an action (see {@link Undated}). */
    public Found findAll(Corpus corpus, boolean undatedToo) {
        Map<String, List<TimeMention>> byArticle = corpus.timexes().stream()
                .filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                .collect(Collectors.groupingBy(t -> t.span().articleId(), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Quote>> quotes = corpus.quotes().stream().filter(q -> q.speakerIfKnown().isPresent())
                .collect(Collectors.groupingBy(Quote::articleId));
        // articles are independent: found on every core, then joined in article order as one thread would
        List<Found> each = corpus.articles().parallelStream().map(a -> {
            List<TimeMention> ts = new ArrayList<>(byArticle.getOrDefault(a.id(), List.of()));
            ts.sort(Comparator.comparingInt(t -> t.span().start()));
            List<Undated> undated = undatedToo ? new ArrayList<>() : null;
            List<Candidate> dated = find(a, ts, undated, quotes.getOrDefault(a.id(), List.of()));
            return new Found(dated, undated == null ? List.of() : undated);
        }).toList();
        int dated = 0;
        int undatedCount = 0;
        for (Found f : each) { // sized first: filled as they came, the lists grew by copies
            dated += f.dated().size();
            undatedCount += f.undated().size();
        }
        List<Candidate> out = new ArrayList<>(dated);
        List<Undated> undated = new ArrayList<>(undatedCount);
        for (Found f : each) {
            out.addAll(f.dated());
            undated.addAll(f.undated());
        }
        return new Found(out, undated);
    }

    /** What {@link #findAll} found. */
    public record Found(List<Candidate> dated, List<Undated> undated) {
    }

    List<Candidate> find(Article article, List<TimeMention> timexes, List<Undated> undated) {
        return find(article, timexes, undated, List.of());
    }

    /** As above, {@code quotes} being the article's quotes with a known speaker. */
    List<Candidate> find(Article article, List<TimeMention> timexes, List<Undated> undated, List<Quote> quotes) {
        String text = article.text();
        List<Raw> raws = new ArrayList<>();
        // its words read from an array (KnownWords), once for every sentence; the splitter reads the same copy
        char[] chars = text.toCharArray();
        List<int[]> sentences = sentences(text, chars);
        SpeakerLemmas speakers = new SpeakerLemmas(quotes);
        int ti = 0;
        for (int[] s : sentences) {
            List<TimeMention> inSentence = new ArrayList<>();
            while (ti < timexes.size() && timexes.get(ti).span().start() < s[1]) {
                TimeMention t = timexes.get(ti++);
                if (t.span().start() >= s[0] && t.span().end() <= s[1] + 1) {
                    inSentence.add(t);
                }
            }
            // most sentences hold no timex: no stream, list or map made for them
            List<int[]> skip = inSentence.isEmpty() ? List.of() : spans(inSentence);
            Map<String, ClauseDates.Site> dates = inSentence.isEmpty() ? Map.of() : new LinkedHashMap<>();
            for (ClauseDates.Site site : inSentence.isEmpty() ? List.<ClauseDates.Site>of()
                    : ClauseDates.of(text, inSentence, article.published())) {
                dates.putIfAbsent(site.key(), site);
            }
            SentenceWords words = new SentenceWords(text, chars, s[0], s[1]);
            if (dates.isEmpty() && undated != null) {
                int before = undated.size();
                if (words.mayNameAction()) { // else no clause of it would be kept: its breaks are not looked for
                    undatedClauses(article, chars, s, words, skip, undated);
                }
                if (undated.size() == before) {
                    speech(article, s, words, skip, speakers, undated);
                }
            }
            // made only for a sentence that names a date: most name none, and it held three maps for nothing
            Reading reading = dates.isEmpty() ? null : new Reading(text, chars, s, words, skip);
            for (ClauseDates.Site site : dates.values()) {
                int[] range = reading.clause(site.timex().span(), dates.size() > 1 ? CLAUSE_BREAK : STRONG_BREAK);
                Statement statement = Statement.taken(reading.statement(range), () -> reading.statement(s));
                if (statement == null) {
                    continue; // a dateline or Title Case headline: "August 10, 2011 -- Updated 0947 GMT"
                }
                raws.add(new Raw(new Span(article.id(), statement.range[0], statement.range[1]), site,
                        statement.label(), statement.terms(), statement.gist()));
            }
        }
        LocalDate reference = article.published() != null ? article.published() : mainDay(raws);
        return raws.stream().map(r -> new Candidate(r.mention, r.site.date(), r.label, r.terms, reference,
                r.site.until(), r.gist)).toList();
    }

    /** The splitter of the statements' sentences: made once, it holds nothing per text. */
    private static final SentenceSplitter SENTENCES = SentenceSplitter.punctuation();

    /**
     * Each sentence's {@code [start, end)}, {@code chars} the text's: split from the finder's own copy of them, where
     * {@code split(text)} made a copy of its own per article (a sixth of the split).
     */
    static List<int[]> sentences(String text, char[] chars) {
        List<Sentence> split = SENTENCES.split(text, chars);
        List<int[]> out = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            out.add(new int[] {split.get(i).start(), split.get(i).end()});
        }
        return out;
    }

    /** Each timex's {@code [start, end)}. */
    private static List<int[]> spans(List<TimeMention> timexes) {
        List<int[]> out = new ArrayList<>(timexes.size());
        for (TimeMention t : timexes) {
            out.add(new int[] {t.span().start(), t.span().end()});
        }
        return out;
    }

    /**
     * The clauses of an undated sentence (split where a dated one is: semicolons, dashes, a comma before a
     * subordinate or participle clause) that name an action and are running text.
     */
    private static void undatedClauses(Article article, char[] chars, int[] s, SentenceWords sentence,
                                       List<int[]> skip, List<Undated> out) {
        int start = s[0];
        for (int[] b : breaks(STRONG_BREAK, article.text(), chars, s[0], s[1], sentence.all())) {
            undatedClause(article, start, b[0], sentence, skip, out);
            start = b[1];
        }
        if (start < s[1]) {
            undatedClause(article, start, s[1], sentence, skip, out);
        }
    }

    private static void undatedClause(Article article, int start, int end, SentenceWords sentence, List<int[]> skip,
                                      List<Undated> out) {
        ClauseWords words = sentence.clause(start, end, skip);
        if (!Gist.namesAction(words)) {
            return; // its gist would name no action: not read
        }
        Gist gist = Gist.of(words);
        if (runningText(article.text(), new int[] {start, end}, words)) {
            out.add(new Undated(new Span(article.id(), start, end), Terms.of(words), gist, article.published()));
        }
    }

    /**
     * The matches of a clause-break pattern in {@code text[from, to)}, as {@code find} gives them. Every break opens
     * with a comma, semicolon or colon, or with white space before a dash, so the pattern is tried only there: tried
     * at every position, it was a sixth of the events step. {@code words} are the words of {@code text[from, to)}
     * ({@link Words#split}, the sentence's): a break lies between two words (no char of a word opens one, and what a
     * break holds, marks and white space, joins no word), so only the chars between them are tried. {@code chars} are
     * the text's chars ({@code text.toCharArray()}, made once per article): the gaps are read from them, where
     * {@code charAt} on a text with curly quotes (UTF-16) checked each index in a call of its own.
     */
    static List<int[]> breaks(Pattern breakAt, String text, char[] chars, int from, int to, List<Token> words) {
        List<int[]> out = new ArrayList<>();
        Matcher m = null;
        int i = from;
        for (int w = 0; w <= words.size(); w++) {
            int gapEnd = w < words.size() ? words.get(w).start() : to;
            for (; i < gapEnd; i++) {
                if (!mayOpenBreak(chars, i, to) || breakAt == STRONG_BREAK && !mayOpenStrongBreak(chars, i, to)) {
                    continue;
                }
                m = m == null ? breakAt.matcher(text) : m;
                if (m.region(i, to).lookingAt()) {
                    out.add(new int[] {m.start(), m.end()});
                    i = m.end() - 1;
                }
            }
            i = w < words.size() ? Math.max(i, words.get(w).end()) : i;
        }
        return out;
    }

    /**
     * Whether {@link #STRONG_BREAK} may match at {@code i}, where {@link #mayOpenBreak} holds: only its last branch
     * opens with a comma, and that needs white space and then a lower-case letter ({@code \\p{Ll}}: each word of its
     * list opens with one too) inside the range. Most commas of a text are followed by a capital, a digit or a quote,
     * told here without the pattern.
     */
    private static boolean mayOpenStrongBreak(char[] chars, int i, int to) {
        if (chars[i] != ',') {
            return true;
        }
        if (i + 2 >= to || !PatternSpace.is(chars[i + 1])) {
            return false;
        }
        char c = chars[i + 2];
        // Character.codePointAt reads up to the array's end as String.codePointAt reads up to the text's
        return c >= 'a' && c <= 'z'
                || c >= 128 && Character.getType(Character.codePointAt(chars, i + 2)) == Character.LOWERCASE_LETTER;
    }

    /** A comma, semicolon or colon, or a control or space char (as {@code \\s} is) before a dash. */
    private static boolean mayOpenBreak(char[] chars, int i, int to) {
        char c = chars[i];
        if (c == ',' || c == ';' || c == ':') {
            return true;
        }
        if (c > ' ' || i + 1 >= to) {
            return false;
        }
        char next = chars[i + 1];
        return next == '-' || next == '–' || next == '—';
    }

    /**
     * An undated sentence naming no action that reports a known speaker's words ("Obama stated that the plan ...",
     * "“We will build”, Henderson said"): it may belong to the occasion the article dates for that speaker
     * ({@link UndatedJoiner}).
     */
    private static void speech(Article article, int[] s, SentenceWords sentence, List<int[]> skip,
                               SpeakerLemmas quotes, List<Undated> out) {
        String text = article.text();
        for (int i = 0; i < quotes.quotes().size(); i++) {
            Quote q = quotes.quotes().get(i);
            if (q.span().start() < s[1] && s[0] < q.span().end()) {
                List<String> speaker = quotes.lemmas(i);
                ClauseWords words = speaker.isEmpty() ? null : sentence.clause(s[0], s[1], skip);
                if (words != null && runningText(text, s, words)) {
                    out.add(new Undated(new Span(article.id(), s[0], s[1]), Terms.of(words), Gist.of(words),
                            article.published(), speaker));
                }
                return;
            }
        }
    }

    /**
     * The words of a page's time stamp, which opens with one of them or gives a clock time ("Posted Jun 11th, 2012",
     * "Tue Jul 02 2013, 14:58 hrs"); elsewhere they are words of a statement ("The report was published on Tuesday").
     */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}\\s?[:.]\\s?\\d{2}\\b");

    private static final java.util.Set<String> STAMP_WORDS = java.util.Set.of("posted", "updated", "published",
            "modified", "edited", "hrs");

    /**
     * Whether a statement is running text: it has a lower-case content word (three letters or more, no function or
     * calendar word, no word of a time stamp beside a clock time) outside its timexes. Datelines, time stamps and Title Case headlines
     * are not statements.
     */
    static boolean runningText(String text, int[] range, ClauseWords clause) {
        int stamp = -1; // whether the range is a time stamp, read only when a stamp word asks (-1: not yet)
        for (int i = 0; i < clause.size(); i++) {
            Token w = clause.word(i);
            if (!w.capitalised() && w.text().length() >= 3 && Character.isLetter(w.text().charAt(0))
                    && !clause.stop(i)) {
                if (!STAMP_WORDS.contains(w.text())) {
                    return true;
                }
                stamp = stamp < 0 ? (stamp(text, range, clause.all()) ? 1 : 0) : stamp;
                if (stamp == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the range is a time stamp: it gives a clock time or opens with a stamp word. Asked only when a content
     * word of the range is a stamp word: most ranges have another first, and the clock test read every word's end.
     */
    private static boolean stamp(String text, int[] range, List<Token> all) {
        return mayHoldClock(text, range, all) && CLOCK.matcher(text).region(range[0], range[1]).find()
                || !all.isEmpty() && mayBeStampWord(all.get(0).text())
                && STAMP_WORDS.contains(all.get(0).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether {@link #CLOCK} may match in the range: a digit, maybe a space, a colon or point, maybe a space, and a
     * digit. The digit before the colon or point ends a word of the range ({@code words}, the range's words: a digit
     * is always inside one, and neither mark nor space continues it), so only words' last chars are tried, not every
     * char of the range (the test char by char was a third of telling running text, and few statements hold a digit).
     */
    static boolean mayHoldClock(String text, int[] range, List<Token> words) {
        for (Token w : words) {
            int i = w.end(); // after the word's last char
            char last = w.text().charAt(w.text().length() - 1);
            if (last < '0' || last > '9' || i >= range[1]) {
                continue;
            }
            if (Character.isWhitespace(text.charAt(i)) && i + 1 < range[1]) {
                i++;
            }
            if (text.charAt(i) != ':' && text.charAt(i) != '.' || ++i >= range[1]) {
                continue;
            }
            if (Character.isWhitespace(text.charAt(i)) && i + 1 < range[1]) {
                i++;
            }
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word may be one of {@link #STAMP_WORDS} lower-cased: it opens with one of their letters in either
     * case, or with a char outside ASCII (lower-casing it is left to the set's test), so most first words are told
     * without a lower-cased copy.
     */
    private static boolean mayBeStampWord(String word) {
        char c = word.charAt(0);
        return c >= 128 || "pumehPUMEH".indexOf(c) >= 0;
    }

    /** The most frequent day among an undated article's statements, the day it is most likely about. */
    private static LocalDate mainDay(List<Raw> raws) {
        return raws.stream().filter(r -> r.site.date().isDay())
                .collect(Collectors.groupingBy(r -> r.site.date().first(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * One sentence as its dated statements are read from it. What depends only on a range of the sentence is read
     * once: a sentence without clause breaks (a page without punctuation is one of 3,000 characters) gives every
     * date in it the same statement, which was read, tagged into terms and counted anew for each.
     */
    private static final class Reading {
        private final String text;
        private final char[] chars;
        private final int[] s;
        private final SentenceWords sentence;
        private final List<int[]> timexes;
        private final Map<Pattern, List<int[]>> breaks = new HashMap<>();
        private final Map<Long, Integer> words = new HashMap<>();
        private final Map<Long, Statement> statements = new HashMap<>();

        Reading(String text, char[] chars, int[] s, SentenceWords sentence, List<int[]> timexes) {
            this.text = text;
            this.chars = chars;
            this.s = s;
            this.sentence = sentence;
            this.timexes = timexes;
        }

        /**
         * The clause of the sentence that holds {@code timex}: between the clause breaks (commas, semicolons, colons,
         * dashes) around it, widened over the next break (then the previous one) while it has fewer than
         * {@link #MIN_CLAUSE_WORDS} words besides timexes ("Since Sep. 30, Russia has been launching airstrikes").
         */
        int[] clause(Span timex, Pattern breakAt) {
            List<int[]> breaks = new ArrayList<>();
            for (int[] b : breaksOf(breakAt)) {
                if (b[1] <= timex.start() || b[0] >= timex.end()) {
                    breaks.add(b);
                }
            }
            int before = -1;
            for (int i = 0; i < breaks.size(); i++) {
                if (breaks.get(i)[1] <= timex.start()) {
                    before = i;
                }
            }
            int after = before + 1;
            int start = before >= 0 ? breaks.get(before)[1] : s[0];
            int end = after < breaks.size() ? breaks.get(after)[0] : s[1];
            while (words(start, end) < MIN_CLAUSE_WORDS && (after < breaks.size() || before >= 0)) {
                if (after < breaks.size()) {
                    after++;
                    end = after < breaks.size() ? breaks.get(after)[0] : s[1];
                } else {
                    before--;
                    start = before >= 0 ? breaks.get(before)[1] : s[0];
                }
            }
            return new int[] {start, end};
        }

        Statement statement(int[] range) {
            return statements.computeIfAbsent(key(range[0], range[1]),
                    k -> new Statement(text, range, sentence.clause(range[0], range[1], timexes), timexes));
        }

        private List<int[]> breaksOf(Pattern breakAt) {
            return breaks.computeIfAbsent(breakAt, p -> breaks(p, text, chars, s[0], s[1], sentence.all()));
        }

        /** Words of {@code [start, end)} outside the timexes. */
        private int words(int start, int end) {
            return words.computeIfAbsent(key(start, end), k -> {
                int n = 0;
                for (Token w : sentence.in(start, end)) {
                    boolean inTimex = false;
                    for (int t = 0; t < timexes.size(); t++) { // by index: an iterator per word was made
                        inTimex |= w.start() < timexes.get(t)[1] && timexes.get(t)[0] < w.end();
                    }
                    n += inTimex ? 0 : 1;
                }
                return n;
            });
        }

        private static long key(int start, int end) {
            return (long) start << 32 | end;
        }
    }

    private record Raw(Span mention, ClauseDates.Site site, String label, Map<String, Double> terms, Gist gist) {
    }

}

package org.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one sentence splitter. What a sentence is, is shared: a paragraph break (a blank line) always ends one,
 * sentences never hold surrounding white space, and a full stop after an abbreviation of the one
 * {@link Abbreviations} list ("Sep.", "Mr.", "U.S.", an initial) does not end one. Where sentences end inside a
 * paragraph is a named choice, because the consumers measurably need different ones:
 * <ul>
 *   <li>{@link #model()}: OpenNLP's English sentence model decides and the abbreviation list corrects it. Dates
 *       need it ({@link AnalysedText#sentences()}): on punctuation alone 7 of the 18 checked corpora get other
 *       dates.</li>
 *   <li>{@link #punctuation(Option...)}: punctuation alone, for what reads the model's text without the models
 *       (the comparison), and for figures and quotes, whose rules were tuned on it: on the model's sentences
 *       they find other figures in 2 of the 18 corpora and other quotes in 3. {@code . ! ?} (with the closing
 *       marks right after it) end a sentence before white space and a capital, a digit or an opening mark. The
 *       {@link Option}s adjust it for one consumer each.</li>
 * </ul>
 * All offsets index into the text given.
 *
 * <p>Thread-safe: the sentence model's breaks ({@link SentenceBreaks}) are read from one shared table.
 */
public final class SentenceSplitter {

    /** Adjustments of the punctuation rule, each for the consumer named. */
    public enum Option {
        /**
         * Every line break ends a sentence. Figures: texts laid out a sentence a line (headline, date line) must not
         * run a number on into the next line ("below 9,000\nOctober 9").
         */
        LINE_BREAKS_END,
        /**
         * A number never starts a sentence, so it stays with what comes before it. Figures: "Nov . 15" and
         * "2 . 7 GHz" in tokenised text.
         */
        NUMBERS_CONTINUE,
        /**
         * Quotation marks count as written, not as they should be: any mark may start a sentence, and a mark that
         * stands alone after the end of a sentence closes it and stands as a sentence of its own ("... number 12.\n”
         * I can't"): sources turn marks the wrong way round. An ellipsis ("...", "…") ends a sentence too. Quotes.
         */
        MARKS_AS_WRITTEN
    }

    /** The longest sentence, in characters: ten times a long sentence of news. */
    static final int LONGEST = 3000;
    /** The longest run without white space in which the model looks for the end of a sentence. */
    static final int LONGEST_RUN = 200;

    private static final class Shared {
        static final SentenceSplitter MODEL = new SentenceSplitter(Abbreviations.bundled(), null);
    }

    private final Abbreviations abbreviations;
    /** Null for the model. */
    private final Set<Option> options;
    /** Null for the model. */
    private final PunctuationRule punctuation;
    /** Null for the punctuation rule. */
    private final SentenceBreaks breaks;

    private SentenceSplitter(Abbreviations abbreviations, Set<Option> options) {
        this.abbreviations = abbreviations;
        this.options = options == null ? null : Set.copyOf(options);
        this.punctuation = options == null ? null : new PunctuationRule(abbreviations, this.options);
        this.breaks = options == null ? new SentenceBreaks(OpenNlpModels.sentences()) : null;
    }

    /** OpenNLP's sentence model corrected by the bundled abbreviation list; made once. */
    public static SentenceSplitter model() {
        return Shared.MODEL;
    }

    /** The punctuation rule with the bundled abbreviation list, adjusted by {@code options}. */
    public static SentenceSplitter punctuation(Option... options) {
        EnumSet<Option> set = EnumSet.noneOf(Option.class);
        set.addAll(List.of(options));
        return new SentenceSplitter(Abbreviations.bundled(), set);
    }

    /**
     * The sentences of {@code text}, in order, numbered from 0. The text's chars are read from one copy in an array:
     * {@code String.charAt} checks its index in a call of its own on a text that is not Latin-1 (news with curly
     * quotes), and the splitter reads every char several times.
     */
    public List<Sentence> split(String text) {
        return split(text, text.toCharArray());
    }

    /**
     * {@link #split(String)} of {@code text} whose chars the caller has copied already ({@code chars}, only read): for
     * one that reads them itself too. They must be {@code text.toCharArray()}'s, unchanged (only their length is
     * checked): sentences are read from the chars and given as ranges of the text.
     */
    public List<Sentence> split(String text, char[] chars) {
        if (chars.length != text.length()) {
            throw new IllegalArgumentException("chars are not the text's: " + chars.length + " for " + text.length());
        }
        List<Sentence> out = new ArrayList<>();
        if (punctuation != null) {
            punctuation.split(chars, out);
            return out;
        }
        int paragraph = 0;
        int from = 0;
        while (true) {
            int[] found = paragraphBreak(chars, from);
            int to = found != null ? found[0] : chars.length;
            if (splitParagraph(chars, from, to, paragraph, out)) {
                paragraph++;
            }
            if (found == null) {
                return out;
            }
            from = found[1];
        }
    }

    /**
     * The first paragraph break at or after {@code from} (a line break, blanks, a line break), as {@code [start, end)},
     * or null: looked for from line break to line break (as a pattern tried at every char, it cost more than the
     * splitting).
     */
    static int[] paragraphBreak(char[] chars, int from) {
        for (int at = from; at < chars.length; at++) {
            if (chars[at] == '\n') {
                int end = paragraphBreakAt(chars, at);
                if (end >= 0) {
                    return new int[] {at, end};
                }
            }
        }
        return null;
    }

    /** Where the paragraph break starting with the line break at {@code at} ends, or -1 if none starts there. */
    static int paragraphBreakAt(char[] chars, int at) {
        int i = at + 1;
        while (i < chars.length && isBlank(chars[i])) {
            i++;
        }
        return i < chars.length && chars[i] == '\n' ? i + 1 : -1;
    }

    /** Whether {@code c} may stand between the two line breaks of a paragraph break: space, tab, CR, no-break space. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0';
    }

    /**
     * Adds the model's sentences of {@code text[from, to)} ({@code chars} its chars); false if it holds only white
     * space.
     */
    private boolean splitParagraph(char[] chars, int from, int to, int paragraph, List<Sentence> out) {
        from = skipSpace(chars, from, to);
        to = trimEnd(chars, from, to);
        if (from >= to) {
            return false;
        }
        addSentences(chars, byModel(chars, from, to), paragraph, out);
        return true;
    }

    /**
     * Adds the sentences of a paragraph found by either rule, {@code bounds} in order, to {@code out}: those longer
     * than {@link #LONGEST} {@link #cut}.
     */
    static void addSentences(char[] chars, List<int[]> bounds, int paragraph, List<Sentence> out) {
        for (int[] b : bounds) {
            if (b[1] - b[0] <= LONGEST) {
                out.add(new Sentence(out.size(), paragraph, b[0], b[1]));
                continue;
            }
            for (int[] piece : cut(chars, b[0], b[1])) {
                out.add(new Sentence(out.size(), paragraph, piece[0], piece[1]));
            }
        }
    }

    /**
     * {@code chars[from, to)} in pieces of at most {@link #LONGEST} characters, cut at white space where there is
     * some: a sentence that long is a page without punctuation, and every rule that reads a sentence at a time (the
     * tagger, clauses, speakers) would cost its square.
     */
    private static List<int[]> cut(char[] chars, int from, int to) {
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        while (to - start > LONGEST) {
            int end = start + LONGEST;
            int space = end;
            while (space > start + LONGEST / 2 && !isSpace(chars[space])) {
                space--;
            }
            end = isSpace(chars[space]) ? space : end;
            addTrimmed(pieces, chars, start, end);
            start = skipSpace(chars, end, to);
        }
        addTrimmed(pieces, chars, start, to);
        return pieces;
    }

    /** OpenNLP's sentences of a trimmed paragraph, joined again after abbreviations; they cover all of it. */
    private List<int[]> byModel(char[] chars, int from, int to) {
        List<int[]> merged = new ArrayList<>();
        int[] spans = breaks.spans(withoutStopsInRuns(chars, from, to));
        for (int k = 0; k < spans.length; k += 2) {
            int start = skipSpace(chars, from + spans[k], from + spans[k + 1]);
            int end = trimEnd(chars, start, from + spans[k + 1]);
            if (start >= end) {
                continue;
            }
            if (!merged.isEmpty()) {
                int[] prev = merged.get(merged.size() - 1);
                if (abbreviations.holdsTogether(lastWord(chars, prev[0], prev[1]), firstWord(chars, start, end))) {
                    prev[1] = end;
                    continue;
                }
            }
            merged.add(new int[] {start, end});
        }
        if (merged.isEmpty()) {
            merged.add(new int[] {from, to});
        }
        // OpenNLP may leave characters between its sentences (rare); never lose any text of the paragraph.
        merged.get(0)[0] = Math.min(merged.get(0)[0], from);
        merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], to);
        return merged;
    }

    /**
     * {@code paragraph} with the full stops, question and exclamation marks of every run without white space longer
     * than {@link #LONGEST_RUN} turned into underscores (same length, so offsets hold): OpenNLP looks for the next
     * white space after each of them, which costs the square of the run ("a.b.c..." of a megabyte took minutes), and
     * such a run is an address or garbage, never the end of a sentence.
     */
    static String withoutStopsInRuns(String paragraph) {
        return new String(withoutStopsInRuns(paragraph.toCharArray(), 0, paragraph.length()));
    }

    /**
     * {@link #withoutStopsInRuns(String)} of {@code chars[from, to)}, as a copy of its own. Most paragraphs have no
     * such run, and that is found without reading every char ({@link #hasLongRun}).
     */
    private static char[] withoutStopsInRuns(char[] chars, int from, int to) {
        char[] out = Arrays.copyOfRange(chars, from, to);
        if (!hasLongRun(chars, from, to)) {
            return out;
        }
        int run = 0;
        for (int i = from; i <= to; i++) {
            if (i < to && !isSpace(chars[i])) {
                run++;
                continue;
            }
            if (run > LONGEST_RUN) {
                for (int k = i - run; k < i; k++) {
                    char c = chars[k];
                    if (c == '.' || c == '?' || c == '!') {
                        out[k - from] = '_';
                    }
                }
            }
            run = 0;
        }
        return out;
    }

    /**
     * Whether {@code chars[from, to)} holds a run of more than {@link #LONGEST_RUN} chars without white space. Looks
     * at the last char of each window of that many + 1 chars and back to the nearest white space, from which no such
     * run can start before it: the next window starts after it. In news that is a few chars per window, where reading
     * every char for white space was a third of the model's splitting.
     */
    static boolean hasLongRun(char[] chars, int from, int to) {
        int start = from;
        while (start + LONGEST_RUN < to) {
            int space = start + LONGEST_RUN;
            while (space >= start && !isSpace(chars[space])) {
                space--;
            }
            if (space < start) {
                return true;
            }
            start = space + 1;
        }
        return false;
    }

    static void addTrimmed(List<int[]> out, char[] chars, int start, int end) {
        int e = trimEnd(chars, start, end);
        if (e > start) {
            out.add(new int[] {start, e});
        }
    }

    static int skipSpace(char[] chars, int i, int to) {
        while (i < to && isSpace(chars[i])) {
            i++;
        }
        return i;
    }

    static int trimEnd(char[] chars, int start, int end) {
        while (end > start && isSpace(chars[end - 1])) {
            end--;
        }
        return end;
    }

    static String lastWord(char[] chars, int start, int end) {
        int i = end;
        while (i > start && !isSpace(chars[i - 1])) {
            i--;
        }
        return new String(chars, i, end - i);
    }

    private static String firstWord(char[] chars, int start, int end) {
        int i = start;
        while (i < end && !isSpace(chars[i])) {
            i++;
        }
        return new String(chars, start, i - start);
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without a call for ASCII (nearly every char the splitter reads):
     * below 128 white space is the space, tab to carriage return and the four separators 0x1C to 0x1F.
     */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceSplitter s && abbreviations == s.abbreviations
                && Objects.equals(options, s.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(abbreviations), options);
    }
}

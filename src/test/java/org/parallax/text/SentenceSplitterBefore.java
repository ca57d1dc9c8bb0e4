package org.parallax.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.text.SentenceSplitter.Option;

/**
 * {@link SentenceSplitter} as it was before it read a text's chars from an array (the reference of
 * {@code SentenceSplitterArrayTest}): every char read with {@code String.charAt}, the options asked of a set.
 */
final class SentenceSplitterBefore {

    /** The longest sentence, in characters: ten times a long sentence of news. */
    static final int LONGEST = 3000;
    /** The longest run without white space in which the model looks for the end of a sentence. */
    static final int LONGEST_RUN = 200;

    /** What may stand between the two line breaks of a paragraph break. */
    private static final String BLANK = " \t\r\u00A0";
    private static final String CLOSERS = "\"”’')»";
    private static final String MARKS = "\"“”„«»‹›‘’‚'";
    private static final String OPENERS = "\"“‘'«([";
    private static final String ANY_MARK_OR_BRACKET = MARKS + "([";

    private static final class Shared {
        static final SentenceSplitterBefore MODEL = new SentenceSplitterBefore(Abbreviations.bundled(), null);
    }

    private final Abbreviations abbreviations;
    /** Null for the model. */
    private final Set<Option> options;
    private final SentenceBreaks breaks;

    private SentenceSplitterBefore(Abbreviations abbreviations, Set<Option> options) {
        this.abbreviations = abbreviations;
        this.options = options == null ? null : Set.copyOf(options);
        this.breaks = options == null ? new SentenceBreaks(OpenNlpModels.sentences()) : null;
    }

    /** OpenNLP's sentence model corrected by the bundled abbreviation list; made once. */
    static SentenceSplitterBefore model() {
        return Shared.MODEL;
    }

    /** The punctuation rule with the bundled abbreviation list, adjusted by {@code options}. */
    static SentenceSplitterBefore punctuation(Option... options) {
        EnumSet<Option> set = EnumSet.noneOf(Option.class);
        set.addAll(List.of(options));
        return new SentenceSplitterBefore(Abbreviations.bundled(), set);
    }

    /** The sentences of {@code text}, in order, numbered from 0. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        while (true) {
            int[] found = paragraphBreak(text, from);
            int to = found != null ? found[0] : text.length();
            if (splitParagraph(text, from, to, paragraph, out)) {
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
    static int[] paragraphBreak(String text, int from) {
        for (int at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) {
            int i = at + 1;
            while (i < text.length() && BLANK.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                return new int[] {at, i + 1};
            }
        }
        return null;
    }

    /** Adds the sentences of {@code text[from, to)}; false if it holds only white space. */
    private boolean splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return false;
        }
        List<int[]> bounds = options == null ? byModel(text, from, to) : byPunctuation(text, from, to);
        for (int[] b : bounds) {
            for (int[] piece : cut(text, b[0], b[1])) {
                out.add(new Sentence(out.size(), paragraph, piece[0], piece[1]));
            }
        }
        return true;
    }

    /**
     * {@code text[from, to)} in pieces of at most {@link #LONGEST} characters, cut at white space where there is
     * some: a sentence that long is a page without punctuation, and every rule that reads a sentence at a time (the
     * tagger, clauses, speakers) would cost its square.
     */
    private static List<int[]> cut(String text, int from, int to) {
        if (to - from <= LONGEST) {
            return List.of(new int[] {from, to});
        }
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        while (to - start > LONGEST) {
            int end = start + LONGEST;
            int space = end;
            while (space > start + LONGEST / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            end = Character.isWhitespace(text.charAt(space)) ? space : end;
            addTrimmed(pieces, text, start, end);
            start = skipSpace(text, end, to);
        }
        addTrimmed(pieces, text, start, to);
        return pieces;
    }

    /** OpenNLP's sentences of a trimmed paragraph, joined again after abbreviations; they cover all of it. */
    private List<int[]> byModel(String text, int from, int to) {
        List<int[]> merged = new ArrayList<>();
        int[] spans = breaks.spans(withoutStopsInRuns(text.substring(from, to)));
        for (int k = 0; k < spans.length; k += 2) {
            int start = skipSpace(text, from + spans[k], from + spans[k + 1]);
            int end = trimEnd(text, start, from + spans[k + 1]);
            if (start >= end) {
                continue;
            }
            if (!merged.isEmpty()) {
                int[] prev = merged.get(merged.size() - 1);
                if (abbreviations.holdsTogether(lastWord(text, prev[0], prev[1]), firstWord(text, start, end))) {
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
        char[] chars = null;
        int n = paragraph.length();
        int run = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !Character.isWhitespace(paragraph.charAt(i))) {
                run++;
                continue;
            }
            if (run > LONGEST_RUN) {
                for (int k = i - run; k < i; k++) {
                    char c = paragraph.charAt(k);
                    if (c == '.' || c == '?' || c == '!') {
                        chars = chars == null ? paragraph.toCharArray() : chars;
                        chars[k] = '_';
                    }
                }
            }
            run = 0;
        }
        return chars == null ? paragraph : new String(chars);
    }

    /** The punctuation rule's sentences of a trimmed paragraph. */
    private List<int[]> byPunctuation(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' && options.contains(Option.LINE_BREAKS_END)) {
                addTrimmed(out, text, start, i);
                start = skipSpace(text, i, to);
                i = start - 1;
                continue;
            }
            if (!isStop(c)) {
                continue;
            }
            int end = i + 1;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end, to); // the paragraph is trimmed, so a non-space follows
            if (startsSentence(text.charAt(next)) && !(c == '.' && holdsTogether(text, start, i))) {
                out.add(new int[] {start, end});
                start = next;
                i = next - 1;
            }
            int after = options.contains(Option.MARKS_AS_WRITTEN) ? strayMarkEnd(text, next, to) : -1;
            if (after > 0) {
                out.add(new int[] {start, next + 1});
                start = after;
                i = after - 1;
            }
        }
        addTrimmed(out, text, start, to);
        return out;
    }

    private boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' && options.contains(Option.MARKS_AS_WRITTEN);
    }

    private boolean startsSentence(char c) {
        if (Character.isDigit(c)) {
            return !options.contains(Option.NUMBERS_CONTINUE);
        }
        String marks = options.contains(Option.MARKS_AS_WRITTEN) ? ANY_MARK_OR_BRACKET : OPENERS;
        return Character.isUpperCase(c) || marks.indexOf(c) >= 0;
    }

    /** Whether the full stop at {@code dot} belongs to an abbreviation (an ellipsis may, see the options). */
    private boolean holdsTogether(String text, int start, int dot) {
        boolean ellipsis = dot > start && text.charAt(dot - 1) == '.';
        if (ellipsis && options.contains(Option.MARKS_AS_WRITTEN)) {
            return false;
        }
        return abbreviations.isAbbreviation(lastWord(text, start, dot + 1));
    }

    /**
     * A quotation mark standing on its own after the end of a sentence ("... number 12.\n” I can't"); returns where
     * the sentence after it starts, or -1.
     */
    private int strayMarkEnd(String text, int mark, int to) {
        if (MARKS.indexOf(text.charAt(mark)) < 0 || mark + 1 >= to || !Character.isWhitespace(text.charAt(mark + 1))) {
            return -1;
        }
        int next = skipSpace(text, mark + 1, to);
        return startsSentence(text.charAt(next)) ? next : -1;
    }

    private static void addTrimmed(List<int[]> out, String text, int start, int end) {
        int e = trimEnd(text, start, end);
        if (e > start) {
            out.add(new int[] {start, e});
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String lastWord(String text, int start, int end) {
        int i = end;
        while (i > start && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end);
    }

    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceSplitterBefore s && abbreviations == s.abbreviations
                && Objects.equals(options, s.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(abbreviations), options);
    }
}

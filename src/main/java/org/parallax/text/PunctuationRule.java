package org.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.parallax.text.SentenceSplitter.Option;

/**
 * {@link SentenceSplitter#punctuation(Option...)}'s rule, adjusted by its options: {@code . ! ?} (with the closing
 * marks right after it) end a sentence before white space and a capital, a digit or an opening mark, unless the full
 * stop ends an abbreviation. It reads a text once (decision 0095): the paragraph breaks and the chars it may stop at
 * are found in one pass, each paragraph is then split at the chars found in it. Immutable.
 */
final class PunctuationRule {

    /**
     * The ASCII chars that end a sentence: full stop, exclamation and question marks. The one list both the pass that
     * finds where the rule may stop ({@link #STOPS_AND_LINE_BREAK}) and the rule ({@link #isStop}) read, so neither
     * can skip a stop the other knows.
     */
    private static final String STOPS = ".!?";
    /** The ellipsis, a stop with {@link Option#MARKS_AS_WRITTEN}; the one char above ASCII the rule may stop at. */
    private static final char ELLIPSIS = '…';

    private static final String MARKS = "\"“”„«»‹›‘’‚'";
    private static final String OPENERS = "\"“‘'«([";
    private static final String ANY_MARK_OR_BRACKET = MARKS + "([";

    /** {@link #STOPS} as a table of the ASCII chars. */
    private static final boolean[] STOP = table(STOPS);
    /** The ASCII chars the rule may stop at: {@link #STOPS} and the line break. */
    private static final boolean[] STOPS_AND_LINE_BREAK = table(STOPS + "\n");

    private final Abbreviations abbreviations;
    /*
     * The options as fields, read at every char: asking the set (an immutable set's hash probe) per char cost more
     * than the test it guarded.
     */
    private final boolean lineBreaksEnd;
    private final boolean numbersContinue;
    private final boolean marksAsWritten;

    PunctuationRule(Abbreviations abbreviations, Set<Option> options) {
        this.abbreviations = abbreviations;
        this.lineBreaksEnd = options.contains(Option.LINE_BREAKS_END);
        this.numbersContinue = options.contains(Option.NUMBERS_CONTINUE);
        this.marksAsWritten = options.contains(Option.MARKS_AS_WRITTEN);
    }

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[128];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /**
     * The rule's sentences of all of {@code chars}, added to {@code out}: the paragraph breaks and the chars the rule
     * stops at (a stop, a line break, the ellipsis) found in one pass, each paragraph then split at the chars found in
     * it. Finding the breaks first cost a pass over every char of its own, as long as the rule's.
     */
    void split(char[] chars, List<Sentence> out) {
        int paragraph = 0;
        int from = 0;
        int[] marks = new int[32];
        int count = 0;
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 128 ? !STOPS_AND_LINE_BREAK[c] : c != ELLIPSIS) {
                continue; // most chars
            }
            if (c == '\n') {
                int end = SentenceSplitter.paragraphBreakAt(chars, i);
                if (end < 0) {
                    if (!lineBreaksEnd) {
                        continue;
                    }
                } else {
                    if (splitParagraph(chars, from, i, paragraph, marks, count, out)) {
                        paragraph++;
                    }
                    from = end;
                    count = 0;
                    i = end - 1;
                    continue;
                }
            }
            if (count == marks.length) {
                marks = Arrays.copyOf(marks, 2 * count);
            }
            marks[count++] = i;
        }
        splitParagraph(chars, from, n, paragraph, marks, count, out);
    }

    /**
     * Adds the sentences of {@code text[from, to)} ({@code chars} its chars), {@code marks[0, count)} being where in it
     * the rule may stop, in order; false if it holds only white space.
     */
    private boolean splitParagraph(char[] chars, int from, int to, int paragraph, int[] marks, int count,
                                   List<Sentence> out) {
        from = SentenceSplitter.skipSpace(chars, from, to);
        to = SentenceSplitter.trimEnd(chars, from, to);
        if (from >= to) {
            return false;
        }
        SentenceSplitter.addSentences(chars, byPunctuation(chars, from, to, marks, count), paragraph, out);
        return true;
    }

    /**
     * The rule's sentences of a trimmed paragraph, {@code marks[0, count)} being where it may stop (every stop, the
     * ellipsis, and with {@link Option#LINE_BREAKS_END} every line break, in order; some may lie in the white space
     * trimmed off): each is read as the rule's loop over every char read it, and those the loop would have jumped over
     * are skipped ({@code resume}).
     */
    private List<int[]> byPunctuation(char[] chars, int from, int to, int[] marks, int count) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int resume = from;
        for (int k = 0; k < count; k++) {
            int i = marks[k];
            if (i < resume || i >= to) {
                continue;
            }
            char c = chars[i];
            if (c == '\n' && lineBreaksEnd) {
                SentenceSplitter.addTrimmed(out, chars, start, i);
                start = SentenceSplitter.skipSpace(chars, i, to);
                resume = start;
                continue;
            }
            if (!isStop(c)) {
                continue;
            }
            int end = i + 1;
            while (end < to && isCloser(chars[end])) {
                end++;
            }
            if (end >= to || !SentenceSplitter.isSpace(chars[end])) {
                continue;
            }
            int next = SentenceSplitter.skipSpace(chars, end, to); // the paragraph is trimmed, so a non-space follows
            if (startsSentence(chars[next]) && !(c == '.' && holdsTogether(chars, start, i))) {
                out.add(new int[] {start, end});
                start = next;
                resume = next;
            }
            int after = marksAsWritten ? strayMarkEnd(chars, next, to) : -1;
            if (after > 0) {
                out.add(new int[] {start, next + 1});
                start = after;
                resume = after;
            }
        }
        SentenceSplitter.addTrimmed(out, chars, start, to);
        return out;
    }

    /**
     * Whether {@code c} closes what a stop ends ({@code " ” ’ ' ) »}), so the sentence ends after it: a switch, where a
     * string's {@code indexOf} was a call.
     */
    private static boolean isCloser(char c) {
        switch (c) {
            case '"', '”', '’', '\'', ')', '»':
                return true;
            default:
                return false;
        }
    }

    private boolean isStop(char c) {
        return c < 128 ? STOP[c] : c == ELLIPSIS && marksAsWritten;
    }

    private boolean startsSentence(char c) {
        if (Character.isDigit(c)) {
            return !numbersContinue;
        }
        String marks = marksAsWritten ? ANY_MARK_OR_BRACKET : OPENERS;
        return Character.isUpperCase(c) || marks.indexOf(c) >= 0;
    }

    /** Whether the full stop at {@code dot} belongs to an abbreviation (an ellipsis may, see the options). */
    private boolean holdsTogether(char[] chars, int start, int dot) {
        boolean ellipsis = dot > start && chars[dot - 1] == '.';
        if (ellipsis && marksAsWritten) {
            return false;
        }
        return abbreviations.isAbbreviation(SentenceSplitter.lastWord(chars, start, dot + 1));
    }

    /**
     * A quotation mark standing on its own after the end of a sentence ("... number 12.\n” I can't"); returns where
     * the sentence after it starts, or -1.
     */
    private int strayMarkEnd(char[] chars, int mark, int to) {
        if (MARKS.indexOf(chars[mark]) < 0 || mark + 1 >= to || !SentenceSplitter.isSpace(chars[mark + 1])) {
            return -1;
        }
        int next = SentenceSplitter.skipSpace(chars, mark + 1, to);
        return startsSentence(chars[next]) ? next : -1;
    }
}

package org.parallax.compare.event;

import java.util.List;
import org.parallax.text.Token;

/**
 * The words of one sentence ({@link Words#split}), split once when first asked, and those of any range of it: its
 * statements, clauses and the ranges a clause is widened over each read the sentence's words, where each split its
 * own range anew (up to four times a sentence). Their clauses read each word's normal form and lemma once too
 * ({@link #clause}, over the sentence's {@link WordReadings}).
 */
final class SentenceWords {

    private final String text;
    /** The text's chars ({@code text.toCharArray()}, made once per article), or null: split without them. */
    private final char[] chars;
    private final int from;
    private final int to;
    private List<Token> all;
    private WordReadings readings;

    SentenceWords(String text, int from, int to) {
        this(text, null, from, to);
    }

    /**
     * The sentence {@code [from, to)} of {@code text}, {@code chars} its chars: its words and their readings are then
     * read through this thread's {@link KnownWords}, together.
     */
    SentenceWords(String text, char[] chars, int from, int to) {
        this.text = text;
        this.chars = chars;
        this.from = from;
        this.to = to;
    }

    /** Every word of the sentence. */
    List<Token> all() {
        if (all == null) {
            if (chars == null) {
                all = Words.split(text, from, to);
            } else {
                KnownWords.Split split = KnownWords.ofThisThread().split(chars, from, to);
                all = split.words();
                readings = new WordReadings(all, split.readings());
            }
        }
        return all;
    }

    /**
     * Whether a clause of the sentence may name an action ({@link Gist#namesAction}): a word of it is a predicate head
     * or may start a multi-word form ({@link Predicates#at} finds a predicate at no other word). Half the sentences have
     * none: their clauses need not be found.
     */
    boolean mayNameAction() {
        List<Token> words = all();
        if (readings == null) {
            readings = new WordReadings(words);
        }
        for (int k = 0; k < words.size(); k++) {
            Words.Reading r = readings.reading(k);
            if (r.predicate() || r.formStart()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code [start, end)}, a range of the sentence: those {@code Words.split(text, start, end)} gives.
     * They are the sentence's words inside the range unless a word of the sentence crosses one of its ends (a range
     * cut inside a word ends it there); then the range is split on its own.
     */
    List<Token> in(int start, int end) {
        int[] span = span(start, end);
        return span == null ? Words.split(text, start, end) : all().subList(span[0], span[1]);
    }

    /**
     * The clause {@code [start, end)} of the sentence, leaving out the words in the ranges of {@code skip}: what
     * {@code ClauseWords.of(in(start, end), skip)} gives, each word read through the sentence's readings, which its
     * other clauses share (a range a word crosses is split and read on its own).
     */
    ClauseWords clause(int start, int end, List<int[]> skip) {
        int[] span = span(start, end);
        if (span == null) {
            return ClauseWords.of(Words.split(text, start, end), skip);
        }
        List<Token> words = all();
        if (readings == null) {
            readings = new WordReadings(words);
        }
        return ClauseWords.of(readings, span[0], span[1], skip);
    }

    /**
     * The sentence's words {@code [first, last)} that make the words of {@code [start, end)}, or null when the range
     * is not inside the sentence or a word of the sentence crosses one of its ends.
     */
    private int[] span(int start, int end) {
        if (start < from || end > to || start >= end) {
            return null;
        }
        List<Token> words = all();
        int first = firstEndingAfter(words, start);
        int last = firstEndingAfter(words, end); // the first word ending after the range, if any
        if (first < words.size() && words.get(first).start() < start
                || last < words.size() && words.get(last).start() < end) {
            return null; // a word crosses an end of the range
        }
        return new int[] {first, last};
    }

    /** The index of the first word ending after {@code at}, or the number of words. */
    private static int firstEndingAfter(List<Token> words, int at) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

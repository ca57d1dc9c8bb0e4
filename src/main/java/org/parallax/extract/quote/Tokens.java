package org.parallax.extract.quote;

import java.util.Arrays;

/**
 * An article's tokens, read by index: token {@code i} is the text {@code [start(i), end(i))} of the article and its
 * {@link MaskedToken} ({@link #get}), which every token of the same chars shares. Held as arrays, not as an object per
 * token: every token of the corpus is live from the making of its article's text until its quotes are found (the
 * corpus-wide name pass lies between), 5.3 million of them at 16,000 bench articles, and each young collection copied
 * every one of them; three arrays an article are 12 bytes a token and three objects to copy.
 */
final class Tokens {

    private final int[] starts;
    private final int[] ends;
    private final MaskedToken[] words;

    private Tokens(int[] starts, int[] ends, MaskedToken[] words) {
        this.starts = starts;
        this.ends = ends;
        this.words = words;
    }

    int size() {
        return starts.length;
    }

    /** Token {@code i}'s word: its text, with quoted words masked, and its facts. */
    MaskedToken get(int i) {
        return words[i];
    }

    /** The offset in the article's text of token {@code i}'s first char. */
    int start(int i) {
        return starts[i];
    }

    /** The offset in the article's text after token {@code i}'s last char. */
    int end(int i) {
        return ends[i];
    }

    /** Tokens added in text order, then {@link #done}: the arrays grow as a list's would and are cut to size once. */
    static final class Builder {

        private int[] starts;
        private int[] ends;
        private MaskedToken[] words;
        private int size;

        /** For about {@code expected} tokens (a guess: it grows). */
        Builder(int expected) {
            int n = Math.max(16, expected);
            starts = new int[n];
            ends = new int[n];
            words = new MaskedToken[n];
        }

        /** The number of tokens added. */
        int size() {
            return size;
        }

        void add(int start, int end, MaskedToken word) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                words = Arrays.copyOf(words, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            words[size++] = word;
        }

        /** The tokens added; the builder is not used after. */
        Tokens done() {
            return new Tokens(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(words, size));
        }
    }
}

package org.parallax.extract.quote;

import java.util.Arrays;

/**
 * The tokens of one article made once per distinct word: the first "said" of an article is made with its text, its
 * lower case and its word tests; every later "said" shares that token's strings and copies its facts. An article
 * repeats most of its tokens (punctuation, function words, its names), so this saves a substring and often a
 * lower-case copy per token (the stage keeps every token of the corpus live until its quotes are found), and a shared
 * lower-case string pays its hash once for the many look-ups the rules make with it. Looked up by the chars of the
 * text, without making a string; one table per article, so nothing is shared between threads.
 */
final class ArticleWords {

    private final String text;
    /** The text's chars: read here, not through {@code charAt}, which checks each index and the string's coder. */
    private final char[] chars;
    private MaskedToken[] slots;
    private int[] hashes;
    private int size;

    ArticleWords(String text, int expected) {
        this(text, text.toCharArray(), expected);
    }

    /** With {@code chars}, the text's chars, which the table reads but never changes. */
    ArticleWords(String text, char[] chars, int expected) {
        this.text = text;
        this.chars = chars;
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
        slots = new MaskedToken[capacity];
        hashes = new int[capacity];
    }

    /** The unquoted token {@code text[start, end)}, sharing the strings of the first token with the same text. */
    MaskedToken token(int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + chars[k]; // String.hashCode's, so the table spreads as a HashMap of words would
        }
        int mask = slots.length - 1;
        int len = end - start;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            MaskedToken seen = slots[i];
            if (seen == null) {
                MaskedToken made = new MaskedToken(start, end, text.substring(start, end), false);
                slots[i] = made;
                hashes[i] = h;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return made;
            }
            if (hashes[i] == h && seen.end() - seen.start() == len
                    && Arrays.equals(chars, start, end, chars, seen.start(), seen.end())) { // the first's own chars
                return new MaskedToken(start, end, seen.text(), seen.lower(), seen.facts());
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        MaskedToken[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new MaskedToken[oldSlots.length * 2];
        hashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int i = mix(oldHashes[j]) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}

package org.parallax.extract.figure;

import java.util.Arrays;
import org.parallax.text.WordTable;

/**
 * The words the figures hand the tagger as strings, one string per distinct word on a thread, found by a range of a
 * text's chars ({@link WordTable}). A substring made for every word of every clause tagged (and, in a text with a
 * curly quote, compressed from two bytes a char to one) was one in twelve of the stage's own samples (the tagger's
 * aside) at 16,000 articles, and the tagger's look-up of the word's features hashed each fresh string again; a kept
 * string carries its hash. Keyed by a word alone, so the same on any corpus: made anew after {@link #KEPT} words, so a
 * long run's rare words do not stay. One per thread, not for sharing.
 */
final class WordStrings {

    /** Words kept before the table is made anew (a few MB at most; news repeats its words). */
    static final int KEPT = 1 << 15;

    private static final ThreadLocal<WordStrings> OF_THREAD = ThreadLocal.withInitial(WordStrings::new);

    private WordTable table;
    /** Each word's string, by its number in {@link #table}. */
    private String[] strings;

    private WordStrings() {
        renew();
    }

    /** This thread's words. */
    static WordStrings ofThisThread() {
        return OF_THREAD.get();
    }

    /** The word {@code chars[from, to)} as a string: kept if met before, else made (its own copy of the chars) and kept. */
    String of(char[] chars, int from, int to) {
        int number = table.find(chars, from, to);
        if (number >= 0) {
            return strings[number];
        }
        if (table.size() >= KEPT) {
            renew();
        }
        char[] copy = Arrays.copyOfRange(chars, from, to);
        number = table.number(copy, 0, copy.length);
        if (number == strings.length) {
            strings = Arrays.copyOf(strings, number * 2);
        }
        String word = new String(copy);
        strings[number] = word;
        return word;
    }

    private void renew() {
        table = new WordTable(4096);
        strings = new String[4096];
    }
}

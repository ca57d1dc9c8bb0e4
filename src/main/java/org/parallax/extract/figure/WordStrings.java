package org.parallax.extract.figure;

import java.util.Arrays;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.WordFeatures;
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
    /** Each word's features for the tagger, by its number; null until asked. */
    private WordFeatures[] features;
    /** The features of the one-char ASCII words, by char; null until asked. */
    private final WordFeatures[] oneChar = new WordFeatures[128];

    private WordStrings() {
        renew();
    }

    /** This thread's words. */
    static WordStrings ofThisThread() {
        return OF_THREAD.get();
    }

    /**
     * The number of the word {@code chars[from, to)} among the kept words, kept if new (its string made from its own
     * copy of the chars): good for {@link #string} and {@link #features} until the next word is asked (a new word may
     * make the table anew).
     */
    int number(char[] chars, int from, int to) {
        int number = table.find(chars, from, to);
        if (number >= 0) {
            return number;
        }
        if (table.size() >= KEPT) {
            renew();
        }
        char[] copy = Arrays.copyOfRange(chars, from, to);
        number = table.number(copy, 0, copy.length);
        if (number == strings.length) {
            strings = Arrays.copyOf(strings, number * 2);
            features = Arrays.copyOf(features, number * 2);
        }
        strings[number] = new String(copy);
        return number;
    }

    /** The string of kept word {@code number}. */
    String string(int number) {
        return strings[number];
    }

    /**
     * What the tagger reads of kept word {@code number} ({@link PartsOfSpeech#features}), asked of the tagger once
     * while the word is kept: looking each word of a tagged clause up in the tagger's shared map of strings was a
     * twentieth of the stage's samples.
     */
    WordFeatures features(int number) {
        WordFeatures f = features[number];
        if (f == null) {
            f = PartsOfSpeech.features(strings[number]);
            features[number] = f;
        }
        return f;
    }

    /** The tagger's features of the one-char ASCII word {@code c} ({@link FigureTokens#oneCharText} its text). */
    WordFeatures oneCharFeatures(char c) {
        WordFeatures f = oneChar[c];
        if (f == null) {
            f = PartsOfSpeech.features(FigureTokens.oneCharText(c));
            oneChar[c] = f;
        }
        return f;
    }

    private void renew() {
        table = new WordTable(4096);
        strings = new String[4096];
        features = new WordFeatures[4096];
    }
}

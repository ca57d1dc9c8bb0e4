package org.parallax.extract.figure;

import java.util.Arrays;
import org.parallax.text.KeptFeatures;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.WordFeatures;
import org.parallax.text.WordTable;

/**
 * The words of the clauses the figures tag, one string per distinct word on a thread, found by a range of a text's
 * chars ({@link WordTable}), with the features the tagger reads of it ({@link KeptFeatures}): the tagger is handed
 * the features, and a token made later takes the kept string. A substring made for every word of every clause tagged
 * (and, in a text with a curly quote, compressed from two bytes a char to one) was one in twelve of the stage's own
 * samples (the tagger's aside) at 16,000 articles, and the look-up of each word's features in the tagger's shared
 * table a twentieth. Keyed by a word alone, so the same on any corpus: made anew after {@link #KEPT} words, so a long
 * run's rare words do not stay. One per thread, not for sharing.
 */
final class WordStrings {

    /**
     * Words kept before the table is made anew: their strings a few MB at most (news repeats its words), their
     * features at most {@link KeptFeatures#KEPT} words' (about 7.5 MB, at most about 25 MB).
     */
    static final int KEPT = 1 << 15;

    private static final ThreadLocal<WordStrings> OF_THREAD = ThreadLocal.withInitial(WordStrings::new);

    private WordTable table;
    /** Each word's string, by its number in {@link #table}. */
    private String[] strings;
    /** Each word's features for the tagger, by its number, as many as the tagger's own table keeps. */
    private final KeptFeatures features = new KeptFeatures();
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
        }
        strings[number] = new String(copy);
        return number;
    }

    /** The string of kept word {@code number}. */
    String string(int number) {
        return strings[number];
    }

    /** What the tagger reads of kept word {@code number} ({@link KeptFeatures}). */
    WordFeatures features(int number) {
        return features.of(number, strings[number]);
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
        features.clear();
    }
}

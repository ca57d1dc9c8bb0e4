package org.parallax.compare.event;

import java.util.List;
import org.parallax.text.Token;

/**
 * The words of a sentence with what the word functions say of each (the tables' reading of its normal form, its name
 * lemmas),
 * each found when first asked and then kept. Every clause of a sentence, each range a dated statement is widened
 * over, and the whole sentence read again for a speaker's words read the same words: each clause read its own,
 * so a word was normalised and looked up again for every range that held it (about one reading in six).
 */
final class WordReadings {

    private final List<Token> words;
    private final Words.Reading[] readings;
    /** Made when a word's names are first asked: only capitalised words' are. */
    private List<String>[] names;

    WordReadings(List<Token> words) {
        this(words, new Words.Reading[words.size()]);
    }

    /**
     * The words with their readings as far as known: {@code readings[k]} is word {@code k}'s, or null until asked
     * (the array may be longer than the words; it is kept, not copied).
     */
    WordReadings(List<Token> words, Words.Reading[] readings) {
        this.words = words;
        this.readings = readings;
    }

    List<Token> words() {
        return words;
    }

    /** What the word tables say of word {@code k}'s normal form ({@link Words#normalise}, {@link Words#read}). */
    Words.Reading reading(int k) {
        if (readings[k] == null) {
            readings[k] = Words.read(Words.normalise(words.get(k).text()));
        }
        return readings[k];
    }

    /** {@link Terms#nameLemmas} of word {@code k}. */
    @SuppressWarnings("unchecked")
    List<String> nameLemmas(int k) {
        if (names == null) {
            names = (List<String>[]) new List<?>[words.size()];
        }
        if (names[k] == null) {
            String w = words.get(k).text();
            names[k] = w.indexOf('-') >= 0 ? Terms.nameLemmas(w)
                    : w.length() > 2 && !reading(k).stop() ? List.of(reading(k).lemma()) : List.of();
        }
        return names[k];
    }
}

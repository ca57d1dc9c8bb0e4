package org.parallax.compare.event;

import java.util.List;
import org.parallax.text.Token;

/**
 * The words of a sentence with what the word functions say of each (normal form, the tables' reading, name lemmas),
 * each found when first asked and then kept. Every clause of a sentence, each range a dated statement is widened
 * over, and the whole sentence read again for a speaker's words read the same words: each clause read its own,
 * so a word was normalised and looked up again for every range that held it (about one reading in six).
 */
final class WordReadings {

    private final List<Token> words;
    private final String[] normal;
    private final Words.Reading[] readings;
    private final List<String>[] names;

    @SuppressWarnings("unchecked")
    WordReadings(List<Token> words) {
        this.words = words;
        int n = words.size();
        this.normal = new String[n];
        this.readings = new Words.Reading[n];
        this.names = (List<String>[]) new List<?>[n];
    }

    List<Token> words() {
        return words;
    }

    /** {@link Words#normalise} of word {@code k}. */
    String normal(int k) {
        if (normal[k] == null) {
            normal[k] = Words.normalise(words.get(k).text());
        }
        return normal[k];
    }

    /** What the word tables say of word {@code k}, read with one look-up ({@link Words#read}). */
    Words.Reading reading(int k) {
        if (readings[k] == null) {
            readings[k] = Words.read(normal(k));
        }
        return readings[k];
    }

    /** {@link Terms#nameLemmas} of word {@code k}. */
    List<String> nameLemmas(int k) {
        if (names[k] == null) {
            String w = words.get(k).text();
            names[k] = w.indexOf('-') >= 0 ? Terms.nameLemmas(w)
                    : w.length() > 2 && !reading(k).stop() ? List.of(reading(k).lemma()) : List.of();
        }
        return names[k];
    }
}

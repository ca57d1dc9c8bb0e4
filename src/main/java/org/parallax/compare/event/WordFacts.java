package org.parallax.compare.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the events read of one word from its text alone: what the word tables say of its normal form, its name
 * lemmas, and what a statement's terms test of its lemma. A corpus's statements read the same few thousand words over
 * and over ("said", "President", "forces" in every article), and each occurrence was lower-cased, looked up, stemmed
 * and looked up again; a {@link Table} reads each distinct word once for a whole corpus.
 *
 * @param reading    {@link Words#read} of its normal form ({@link Words#normalise}): lemma, predicate head, stop word,
 *                   form start
 * @param nameLemmas the name terms of the word as a capitalised one gives them ({@link ClauseWords#nameLemmas})
 * @param content    its lemma has three letters or more and is no stop word ({@link Words#isStopWord} of the lemma)
 * @param wordTerm   the lemma lower-cased, the term a plain content word gives; {@code null} for a bare number
 */
record WordFacts(Words.Reading reading, List<String> nameLemmas, boolean content, String wordTerm) {

    /** The facts of {@code word}, read anew. */
    static WordFacts of(String word) {
        Words.Reading reading = Words.read(Words.normalise(word));
        String lemma = reading.lemma();
        List<String> names = word.indexOf('-') >= 0 ? List.copyOf(Terms.nameLemmas(word))
                : word.length() > 2 && !reading.stop() ? List.of(lemma) : List.of();
        boolean content = lemma.length() >= 3 && !Words.isStopWord(lemma);
        return new WordFacts(reading, names, content, allDigits(lemma) ? null : lemma.toLowerCase(Locale.ROOT));
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The facts of every word asked, each read once, shared by the articles read on every core (a word's facts do
     * not depend on who asks first). It lives as long as one corpus is read: at 16,000 bench articles it holds some
     * tens of thousands of words.
     */
    static final class Table {

        private final Map<String, WordFacts> facts = new ConcurrentHashMap<>();

        WordFacts of(String word) {
            WordFacts f = facts.get(word);
            if (f == null) {
                f = WordFacts.of(word);
                facts.putIfAbsent(word, f);
            }
            return f;
        }
    }
}

package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Token;

/**
 * The words of one clause as its gist, its terms and the running-text test read them: split once, those inside its
 * timexes left out, and each word's lemma, table facts, name lemmas and predicate found once, when first asked. The
 * three read the same clause; each split it anew, and the gist and the terms each lemmatised every word several times
 * and ran the predicate search at every word. What depends on the word alone is read through its sentence's
 * {@link WordReadings}, shared by every clause of the sentence; the predicate, which reads the words after it in the
 * clause, is kept per clause.
 */
final class ClauseWords {

    private final List<Token> all;
    private final List<Token> words;
    private final WordReadings readings;
    /** Where word {@code i} is in {@link #readings}: {@code from + i}, or {@code at[i]} when words were left out. */
    private final int from;
    private final int[] at;
    /** Each word's predicate, {@link #NO_PREDICATE} when it has none, {@code null} until asked. */
    private final Predicates.Match[] predicates;

    private static final Predicates.Match NO_PREDICATE = new Predicates.Match("", "", 0, 0);

    private ClauseWords(List<Token> all, List<Token> words, WordReadings readings, int from, int[] at) {
        this.all = all;
        this.words = words;
        this.readings = readings;
        this.from = from;
        this.at = at;
        this.predicates = new Predicates.Match[words.size()];
    }

    /** The words of {@code text[from, to)}, leaving out those in the ranges of {@code skip} (timex spans). */
    static ClauseWords of(String text, int from, int to, List<int[]> skip) {
        return of(Words.split(text, from, to), skip);
    }

    /** The words {@code all} of a range (split already), leaving out those in the ranges of {@code skip}. */
    static ClauseWords of(List<Token> all, List<int[]> skip) {
        return of(new WordReadings(all), 0, all.size(), skip);
    }

    /**
     * The words {@code [first, last)} of {@code sentence}, leaving out those in the ranges of {@code skip}; their
     * readings are the sentence's, shared with its other clauses.
     */
    static ClauseWords of(WordReadings sentence, int first, int last, List<int[]> skip) {
        List<Token> all = sentence.words().subList(first, last);
        int[] at = null;
        int kept = 0;
        for (int k = first; k < last; k++) {
            if (Terms.inside(sentence.words().get(k), skip)) {
                if (at == null) {
                    at = new int[last - first];
                    for (int j = 0; j < kept; j++) {
                        at[j] = first + j;
                    }
                }
            } else {
                if (at != null) {
                    at[kept] = k;
                }
                kept++;
            }
        }
        if (at == null) {
            return new ClauseWords(all, all, sentence, first, null);
        }
        List<Token> words = new ArrayList<>(kept);
        for (int j = 0; j < kept; j++) {
            words.add(sentence.words().get(at[j]));
        }
        return new ClauseWords(all, words, sentence, first, at);
    }

    /** Every word of the range, those inside the skipped ranges too. */
    List<Token> all() {
        return all;
    }

    /** The words outside the skipped ranges. */
    List<Token> words() {
        return words;
    }

    int size() {
        return words.size();
    }

    Token word(int i) {
        return words.get(i);
    }

    /** Word {@code i}'s index in the sentence's readings. */
    private int index(int i) {
        return at == null ? from + i : at[i];
    }

    /** {@link Words#lemma} of word {@code i}. */
    String lemma(int i) {
        return reading(i).lemma();
    }

    /** {@link Words#isPredicate} of word {@code i}'s lemma. */
    boolean predicateLemma(int i) {
        return reading(i).predicate();
    }

    /** The term word {@code i} gives written in lower case ({@link Words.Reading#term}). */
    String term(int i) {
        return reading(i).term();
    }

    /** {@link Words#isStopWord} of word {@code i}. */
    boolean stop(int i) {
        return reading(i).stop();
    }

    /** Whether a multi-word form may start at word {@code i} ({@link Words#startsForm}). */
    boolean startsForm(int i) {
        return reading(i).formStart();
    }

    /** What the word tables say of word {@code i}, read once with one look-up ({@link Words#read}). */
    private Words.Reading reading(int i) {
        return readings.reading(index(i));
    }

    /** {@link Terms#nameLemmas} of word {@code i}. */
    List<String> nameLemmas(int i) {
        return readings.nameLemmas(index(i));
    }

    /** {@link Predicates#at} word {@code i}. */
    Predicates.Match predicate(int i) {
        if (predicates[i] == null) {
            Predicates.Match m = Predicates.at(this, i);
            predicates[i] = m == null ? NO_PREDICATE : m;
        }
        return predicates[i] == NO_PREDICATE ? null : predicates[i];
    }
}

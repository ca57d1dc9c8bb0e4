package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Token;

/**
 * The words of one clause as its gist, its terms and the running-text test read them: split once, those inside its
 * timexes left out, and each word's normal form, lemma, name lemmas and predicate found once, when first asked. The
 * three read the same clause; each split it anew, and the gist and the terms each lemmatised every word several times
 * and ran the predicate search at every word.
 */
final class ClauseWords {

    private final List<Token> all;
    private final List<Token> words;
    private final String[] normal;
    private final Words.Reading[] readings;
    private final List<String>[] names;
    private final Predicates.Match[] predicates;
    private final boolean[] predicateRead;

    @SuppressWarnings("unchecked")
    private ClauseWords(List<Token> all, List<Token> words) {
        this.all = all;
        this.words = words;
        int n = words.size();
        this.normal = new String[n];
        this.readings = new Words.Reading[n];
        this.names = (List<String>[]) new List<?>[n];
        this.predicates = new Predicates.Match[n];
        this.predicateRead = new boolean[n];
    }

    /** The words of {@code text[from, to)}, leaving out those in the ranges of {@code skip} (timex spans). */
    static ClauseWords of(String text, int from, int to, List<int[]> skip) {
        return of(Words.split(text, from, to), skip);
    }

    /** The words {@code all} of a range (split already), leaving out those in the ranges of {@code skip}. */
    static ClauseWords of(List<Token> all, List<int[]> skip) {
        List<Token> words = new ArrayList<>(all.size());
        for (Token w : all) {
            if (!Terms.inside(w, skip)) {
                words.add(w);
            }
        }
        return new ClauseWords(all, words);
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

    /** {@link Words#normalise} of word {@code i}. */
    String normal(int i) {
        if (normal[i] == null) {
            normal[i] = Words.normalise(words.get(i).text());
        }
        return normal[i];
    }

    /** {@link Words#lemma} of word {@code i}. */
    String lemma(int i) {
        return reading(i).lemma();
    }

    /** {@link Words#isPredicate} of word {@code i}'s lemma. */
    boolean predicateLemma(int i) {
        return reading(i).predicate();
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
        if (readings[i] == null) {
            readings[i] = Words.read(normal(i));
        }
        return readings[i];
    }

    /** {@link Terms#nameLemmas} of word {@code i}. */
    List<String> nameLemmas(int i) {
        if (names[i] == null) {
            String w = words.get(i).text();
            names[i] = w.indexOf('-') >= 0 ? Terms.nameLemmas(w)
                    : w.length() > 2 && !stop(i) ? List.of(lemma(i)) : List.of();
        }
        return names[i];
    }

    /** {@link Predicates#at} word {@code i}. */
    Predicates.Match predicate(int i) {
        if (!predicateRead[i]) {
            predicates[i] = Predicates.at(this, i);
            predicateRead[i] = true;
        }
        return predicates[i];
    }
}

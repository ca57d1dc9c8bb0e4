package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Token;

/**
 * The words of one clause as its gist, its terms and the running-text test read them: split once, those inside its
 * timexes left out, and each word's normal form, lemma, name lemmas and predicate found once, when first asked. The
 * three read the same clause; each split it anew, and the gist and the terms each lemmatised every word several times
 * and ran the predicate search at every word. What a word's text alone says of it ({@link WordFacts}) comes from a
 * table that reads each distinct word once.
 */
final class ClauseWords {

    private final List<Token> all;
    private final List<Token> words;
    private final WordFacts.Table table;
    private final WordFacts[] facts;
    private final Predicates.Match[] predicates;
    private final boolean[] predicateRead;

    private ClauseWords(List<Token> all, List<Token> words, WordFacts.Table table) {
        this.all = all;
        this.words = words;
        this.table = table;
        int n = words.size();
        this.facts = new WordFacts[n];
        this.predicates = new Predicates.Match[n];
        this.predicateRead = new boolean[n];
    }

    /** The words of {@code text[from, to)}, leaving out those in the ranges of {@code skip} (timex spans). */
    static ClauseWords of(String text, int from, int to, List<int[]> skip) {
        return of(Words.split(text, from, to), skip);
    }

    /** The words {@code all} of a range (split already), leaving out those in the ranges of {@code skip}. */
    static ClauseWords of(List<Token> all, List<int[]> skip) {
        return of(all, skip, new WordFacts.Table());
    }

    /** As above, each word's facts read through {@code table} (a corpus's, where each distinct word is read once). */
    static ClauseWords of(List<Token> all, List<int[]> skip, WordFacts.Table table) {
        List<Token> words = new ArrayList<>(all.size());
        for (Token w : all) {
            if (!Terms.inside(w, skip)) {
                words.add(w);
            }
        }
        return new ClauseWords(all, words, table);
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

    /** What the word tables say of word {@code i} ({@link Words#read} of its normal form). */
    private Words.Reading reading(int i) {
        return facts(i).reading();
    }

    /** {@link Terms#nameLemmas} of word {@code i} when it has a hyphen, else its lemma unless short or a stop word. */
    List<String> nameLemmas(int i) {
        return facts(i).nameLemmas();
    }

    /** What word {@code i}'s text alone says of it, read once per distinct word of the table. */
    WordFacts facts(int i) {
        WordFacts f = facts[i];
        if (f == null) {
            f = table.of(words.get(i).text());
            facts[i] = f;
        }
        return f;
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

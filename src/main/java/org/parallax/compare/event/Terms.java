package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.text.Token;

/**
 * The content terms of a statement, by lemma, and their kind weights: names ({@link EventRules#NAME_WEIGHT}: a
 * capitalised word that is no function word: participants and places; "al-Assad" gives "assad"), predicate heads from
 * the synonym table ({@link EventRules#PREDICATE_WEIGHT}: "flew", "arrived", "visited" → "visit"), other content
 * words ({@link EventRules#WORD_WEIGHT}, three letters or more, no bare numbers). A word is one term whatever its
 * case, so "civil war" and "Civil War" match. Words inside timexes do not count.
 */
public final class Terms {

    private Terms() {
    }

    /** Terms of {@code text[from, to)}, leaving out the ranges in {@code skip} (timex spans, [start, end) pairs). */
    public static Map<String, Double> of(String text, int from, int to, List<int[]> skip) {
        return of(ClauseWords.of(text, from, to, skip));
    }

    /** The kind weights boxed once: each term's weight was boxed anew, and again by every merge. */
    private static final Double PREDICATE = EventRules.PREDICATE_WEIGHT;
    private static final Double NAME = EventRules.NAME_WEIGHT;
    private static final Double WORD = EventRules.WORD_WEIGHT;

    /** Terms of a clause's words, as {@link TermMap#of} keeps them. */
    static Map<String, Double> of(ClauseWords clause) {
        TermMap.Builder out = new TermMap.Builder(clause.size()); // about a term a word (a hyphenated name gives more)
        java.util.BitSet taken = null; // the later words of a multi-word form: made for the few clauses with one
        for (int i = 0; i < clause.size(); i++) {
            Token w = clause.word(i);
            if (taken != null && taken.get(i)) {
                continue;
            }
            Predicates.Match phrase = clause.predicate(i);
            if (phrase != null && phrase.multiWord()) {
                out.put(phrase.head(), PREDICATE); // "put (the plan) on hold"
                taken = taken == null ? new java.util.BitSet() : taken;
                taken.set(phrase.tailFrom(), phrase.tailTo());
                continue;
            }
            if (clause.stop(i)) {
                continue;
            }
            if (w.capitalised() && Character.isLetter(w.text().charAt(0))) {
                // a capitalised predicate ("Quake Hits ...", a headline) still names the happening
                String lemma = clause.lemma(i);
                if (clause.predicateLemma(i)) {
                    out.put(lemma, PREDICATE);
                    continue;
                }
                List<String> names = clause.nameLemmas(i);
                for (int k = 0; k < names.size(); k++) {
                    out.keepLarger(names.get(k), NAME);
                }
                continue;
            }
            String term = clause.term(i); // the lemma's tests and lower case, made once with the word's reading
            if (term == null) {
                continue;
            }
            if (clause.predicateLemma(i)) {
                out.put(term, PREDICATE);
            } else {
                out.keepLarger(term, WORD);
            }
        }
        return out.build();
    }

    /** The name terms of a capitalised word: its hyphen parts of three letters or more ("al-Assad" → "assad"). */
    static List<String> nameLemmas(String word) {
        List<String> out = new ArrayList<>(2);
        for (String part : word.split("-")) {
            if (part.length() > 2 && !Words.isStopWord(part)) {
                out.add(Words.lemma(part));
            }
        }
        return out;
    }

    static boolean inside(Token w, List<int[]> skip) {
        for (int k = 0; k < skip.size(); k++) { // by index: asked of every word, an iterator each was made
            int[] s = skip.get(k);
            if (w.start() < s[1] && s[0] < w.end()) {
                return true;
            }
        }
        return false;
    }
}

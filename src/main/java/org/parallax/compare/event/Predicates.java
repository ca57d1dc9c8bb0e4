package org.parallax.compare.event;

import org.parallax.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Predicate heads of a statement's words, including the multi-word forms of {@code lemmas.txt} ("put on hold" is
 * written {@code put-on-hold} there and matches three words here).
 */
final class Predicates {

    /**
     * Predicates that report another happening ("X announced it would halt ..."): a statement is about the other
     * one when it names one.
     */
    static final Set<String> FRAMING = Set.of("announce");

    private static final int LONGEST_FORM = 3;
    private static final int MAX_GAP = 4;

    private Predicates() {
    }

    /**
     * A predicate starting at word {@code i}: its head and the words its form takes. A multi-word form may have its
     * object inside ("put the plan on hold", "called the strike off"): its later words may come up to
     * {@link #MAX_GAP} words after the first. (Asked through {@link ClauseWords#predicate}, which keeps it.)
     */
    static Match at(ClauseWords clause, int i) {
        List<Token> words = clause.words();
        boolean mayStartForm = clause.startsForm(i);
        for (int n = LONGEST_FORM; n >= 2 && mayStartForm; n--) {
            for (int gap = 0; gap <= MAX_GAP && i + gap + n <= words.size(); gap++) {
                StringBuilder joined = new StringBuilder(words.get(i).text());
                for (int k = 1; k < n; k++) {
                    joined.append('-').append(words.get(i + gap + k).text());
                }
                String lemma = Words.lemma(joined.toString());
                if (Words.isPredicate(lemma)) {
                    String said = joined.toString().replace('-', ' ');
                    return new Match(lemma, said, i + 1 + gap, i + gap + n);
                }
            }
        }
        return clause.predicateLemma(i) ? new Match(clause.lemma(i), words.get(i).text(), i + 1, i + 1) : null;
    }

    /**
     * A predicate head, its words as written, and where its later words lie: {@code [tailFrom, tailTo)} (empty for
     * a one-word form).
     */
    record Match(String head, String text, int tailFrom, int tailTo) {

        boolean multiWord() {
            return tailTo > tailFrom;
        }
    }
}

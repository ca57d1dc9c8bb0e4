package org.parallax.compare.event;

import java.util.List;
import java.util.Set;
import org.parallax.compare.event.TaggedWords.Word;

/**
 * A clause's verb group ("has arrived", "was not revealed", "will meet") and its headline form: the present tense
 * ("arrives"), "to" for the future ("to meet"), the bare participle for a passive ("not revealed"), nothing for a
 * copula ("Conference due to take place").
 *
 * @param lemma    the main verb's base form ("arrive"; "be" for a copula)
 * @param main     the main verb as written
 * @param copula   a form of "be" with no verb after it
 * @param passive  a form of "be" before a participle
 * @param future   "will", "would", "shall"
 * @param modal    another modal as written ("could"), empty when none
 * @param negated  "not", "n't" or "never" in the group
 * @param incomplete a modal or "do" with no verb after it ("plants will" where the tagger missed "close")
 */
record VerbGroup(String lemma, String main, boolean copula, boolean passive, boolean future, String modal,
                 boolean negated, boolean incomplete) {

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "’s", "'s");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "’ll", "'ll");
    private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "must", "should");
    private static final Set<String> DO = Set.of("do", "does", "did");
    private static final Set<String> NEGATION = Set.of("not", "n't", "n’t", "never");

    static VerbGroup of(List<Word> group) {
        int main = -1;
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).is("VERB")) {
                main = i;
            }
        }
        boolean copula = false;
        if (main < 0) {
            for (int i = 0; i < group.size(); i++) {
                if (group.get(i).is("AUX")) {
                    main = i;
                }
            }
            copula = BE.contains(group.get(main).lower());
        }
        boolean future = false;
        boolean negated = false;
        String modal = "";
        boolean beBefore = false;
        for (int i = 0; i < main; i++) {
            String w = group.get(i).lower();
            future |= FUTURE.contains(w);
            modal = MODALS.contains(w) ? w : modal;
            beBefore = group.get(i).is("AUX") ? BE.contains(w) : beBefore;
        }
        for (Word w : group) {
            negated |= NEGATION.contains(w.lower());
        }
        String written = group.get(main).lower();
        boolean passive = !copula && beBefore && VerbForms.participle(written) && !written.endsWith("ing");
        boolean incomplete = !copula && !group.get(main).is("VERB")
                && (FUTURE.contains(written) || MODALS.contains(written) || DO.contains(written));
        return new VerbGroup(copula ? "be" : VerbForms.base(written), written, copula, passive, future, modal,
                negated, incomplete);
    }

    /** The group as a headline says it, after a singular or plural subject. */
    String headline(boolean plural) {
        String not = negated ? "not " : "";
        if (future) {
            return not + "to " + (passive ? "be " + main : lemma);
        }
        if (!modal.isEmpty()) {
            return modal + " " + not + lemma;
        }
        if (copula) {
            return not.strip();
        }
        if (passive) {
            return not + main;
        }
        if (negated) {
            return (plural ? "do not " : "does not ") + lemma;
        }
        return VerbForms.present(lemma, plural);
    }
}

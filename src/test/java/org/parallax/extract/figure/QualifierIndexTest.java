package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureWords.QualifierPhrase;
import org.parallax.model.Claim;
import org.parallax.model.Qualifier;

/**
 * The qualifiers are found through their index by a number's neighbouring word as they were by matching every phrase:
 * each phrase stands under its last word (before a number) or its first (after one), with the others that share it,
 * longest first as {@link FigureWords#qualifiers} has them ("well over" is tried before "over"), and under no other.
 */
class QualifierIndexTest {

    private static final FigureWords WORDS = FigureWords.get();

    @Test
    void everyPhraseStandsUnderItsWordInTheOrderOfThePhrases() {
        Map<String, List<QualifierPhrase>> before = new LinkedHashMap<>();
        Map<String, List<QualifierPhrase>> after = new LinkedHashMap<>();
        for (QualifierPhrase q : WORDS.qualifiers) {
            List<String> words = q.words();
            (q.before() ? before : after).computeIfAbsent(q.before() ? words.get(words.size() - 1) : words.get(0),
                    k -> new ArrayList<>()).add(q);
        }
        assertThat(WORDS.qualifiersBeforeByLastWord).isEqualTo(before);
        assertThat(WORDS.qualifiersAfterByFirstWord).isEqualTo(after);
        assertThat(before.get("over")).extracting(q -> String.join(" ", q.words()))
                .containsSubsequence("just over", "over").containsSubsequence("well over", "over");
    }

    @Test
    void theLongestPhraseBeforeANumberAndThePhraseAfterItQualifyIt() {
        FigureExtractor figures = new FigureExtractor();
        assertThat(figures.figures("a", "Well over 100 people came, no more than 20 soldiers left, and it cost 30 dollars "
                + "or more. Just over 5 million voters and over 7 million others."))
                .extracting(Claim::text, Claim::qualifier)
                .containsExactly(tuple("Well over 100 people", Qualifier.AT_LEAST),
                        tuple("no more than 20 soldiers", Qualifier.AT_MOST),
                        tuple("30 dollars or more", Qualifier.AT_LEAST),
                        tuple("Just over 5 million voters", Qualifier.AT_LEAST),
                        tuple("over 7 million others", Qualifier.AT_LEAST));
    }
}

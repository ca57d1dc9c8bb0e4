package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;

/** A clause's words, read once, are what the word functions give each word. */
class ClauseWordsTest {

    private static final String TEXT = "On Tuesday Syrian President Bashar al-Assad's forces put the plan on hold, "
            + "the UN's envoy said; rebels’ leaders met in Aleppo-based offices, calling it a ceasefire of sorts.";

    @Test
    void eachWordsLemmaNamesAndPredicateAreTheWordFunctions() {
        List<int[]> skip = List.of(new int[] {3, 10}); // "Tuesday"
        ClauseWords clause = ClauseWords.of(TEXT, 0, TEXT.length(), skip);

        assertThat(clause.all()).extracting(Token::text).contains("Tuesday");
        assertThat(clause.words()).extracting(Token::text).doesNotContain("Tuesday")
                .containsSubsequence("al-Assad's", "put", "hold", "UN's", "rebels", "Aleppo-based", "calling");
        for (int i = 0; i < clause.size(); i++) {
            String w = clause.word(i).text();
            assertThat(clause.lemma(i)).as(w).isEqualTo(Words.lemma(w));
            assertThat(clause.stop(i)).as(w).isEqualTo(Words.isStopWord(w));
            assertThat(clause.predicateLemma(i)).as(w).isEqualTo(Words.isPredicate(Words.lemma(w)));
            assertThat(clause.nameLemmas(i)).as(w).isEqualTo(Terms.nameLemmas(w));
            assertThat(clause.predicate(i)).as(w).isEqualTo(Predicates.at(clause, i)).isSameAs(clause.predicate(i));
        }
        int put = clause.words().stream().map(Token::text).toList().indexOf("put");
        assertThat(clause.predicate(put).multiWord()).isTrue();
    }
}

package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link SpeechWords#runKind} stands for three list look-ups of the name-run rules: it must agree with the lists. */
class SpeechWordsRunKindTest {

    private final SpeechWords lex = SpeechWords.standard();

    private void agrees(Set<String> words) {
        for (String w : words) {
            int kind = lex.runKind(w);
            assertThat((kind & SpeechWords.ROLE_WORD) != 0).as(w)
                    .isEqualTo(lex.isRoleHead(w) || lex.roleModifiers.contains(w));
            assertThat((kind & SpeechWords.HONORIFIC) != 0).as(w).isEqualTo(lex.isHonorific(w));
            assertThat((kind & SpeechWords.PARTICLE) != 0).as(w).isEqualTo(lex.particles.contains(w));
        }
    }

    @Test
    void everyListedWordHasTheKindsOfItsLists() {
        agrees(lex.roleHeads);
        agrees(lex.roleModifiers);
        agrees(lex.honorifics.keySet());
        agrees(lex.particles);
        agrees(lex.functionWords);
    }

    @Test
    void examplesOfEachKindAndNone() {
        assertThat(lex.runKind("president") & SpeechWords.ROLE_WORD).isNotZero();
        assertThat(lex.runKind("mr") & SpeechWords.HONORIFIC).isNotZero();
        assertThat(lex.runKind("al") & SpeechWords.PARTICLE).isNotZero();
        assertThat(lex.runKind("the")).isZero();
        assertThat(lex.runKind("")).isZero();
        assertThat(lex.runKind("President")).isZero(); // lower case only, as the lists are
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CueHitsTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());

    @Test
    void sharedLookUpsDecideAsEachRuleAlone() throws IOException, URISyntaxException {
        int kept = 0;
        for (String text : RuleCuesTest.texts()) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                String shape = RuleCues.shape(lower);
                boolean digits = sentence.chars().anyMatch(Character::isDigit);
                CueHits hits = RULES.hits(lower, shape, digits);
                for (Rules.Rule rule : RULES.all()) {
                    boolean alone = rule.mayMatch(lower, shape, digits);
                    assertThat(rule.mayMatch(hits)).as(rule.name() + " in " + sentence).isEqualTo(alone);
                    kept += alone ? 0 : 1;
                }
            }
        }
        assertThat(kept).isGreaterThan(1000);
    }

    @Test
    void aRuleHoldsWhenOneOfItsCuesIsHeld() {
        CueHits hits = new CueHits(false, new boolean[] {false, true, false}, new boolean[] {false});
        assertThat(hits.holdsCue(new int[] {0, 1})).isTrue();
        assertThat(hits.holdsCue(new int[] {0, 2})).isFalse();
        assertThat(hits.holdsCue(new int[] {})).isTrue();
        assertThat(hits.holdsShape(new int[] {0})).isFalse();
        assertThat(hits.digits()).isFalse();
    }
}

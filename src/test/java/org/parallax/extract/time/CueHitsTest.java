package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
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
    void aCueIsHeldOrNotWhicheverRuleAsksFirst() {
        CueHits hits = new CueHits("the vote on monday", "the vote on monday", false, 3, 1);
        assertThat(hits.holdsCue(new int[] {0, 1}, List.of("tuesday", "monday"))).isTrue();
        assertThat(hits.holdsCue(new int[] {0}, List.of("tuesday"))).isFalse();
        assertThat(hits.holdsCue(new int[] {1, 2}, List.of("monday", "vote"))).isTrue();
        assertThat(hits.holdsCue(new int[] {}, List.of())).isTrue();
        assertThat(hits.holdsShape(new int[] {0}, List.of("0:00"))).isFalse();
        assertThat(hits.digits()).isFalse();
    }
}

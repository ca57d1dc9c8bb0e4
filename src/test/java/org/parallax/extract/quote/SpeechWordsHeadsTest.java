package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Role look-ups only consider learned roles whose head {@link SpeechWords#headsCoverable} lists, so it must list every
 * head that {@link SpeechWords#roleCovers} accepts: a missing head would silently lose a speaker.
 */
class SpeechWordsHeadsTest {

    private final SpeechWords lex = SpeechWords.standard();

    @Test
    void everyHeadARoleCoversIsListed() {
        for (Map.Entry<String, Set<String>> e : lex.hypernyms.entrySet()) {
            String asked = e.getKey();
            Set<String> heads = lex.headsCoverable(asked);
            assertThat(heads).contains(asked);
            for (String covered : e.getValue()) {
                assertThat(lex.roleCovers(asked, covered, null)).isTrue();
                assertThat(heads).contains(covered);
                for (int dash = covered.indexOf('-'); dash >= 0; dash = covered.indexOf('-', dash + 1)) {
                    String before = covered.substring(0, dash);
                    String head = covered.substring(dash + 1);
                    assertThat(lex.roleCovers(asked, head, before)).isTrue();
                    assertThat(heads).as("%s covers %s", asked, covered).contains(head);
                }
            }
        }
    }

    @Test
    void aHeadWithoutHypernymsCoversItselfOnly() {
        assertThat(lex.headsCoverable("no-such-head")).containsExactly("no-such-head");
    }
}

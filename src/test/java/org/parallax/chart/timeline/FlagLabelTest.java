package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A flag's label too long for its flag is cut before a phrase, never inside a word. */
class FlagLabelTest {

    @Test
    void aShortLabelStaysWhole() {
        assertThat(FlagTexts.truncate("Pell visits Harwick", 46)).isEqualTo("Pell visits Harwick");
    }

    @Test
    void aLongLabelLosesItsLastPhrases() {
        assertThat(FlagTexts.truncate("Two ministers discuss details of the Velan harbour agreement", 46))
                .isEqualTo("Two ministers discuss details…");
    }

    @Test
    void withoutAPhraseItIsCutAtASpace() {
        assertThat(FlagTexts.truncate("Harwick council suspends bridge project indefinitely tonight", 46))
                .isEqualTo("Harwick council suspends bridge project…");
    }
}

package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonKeyTest {

    @Test
    void ignoresCaseWhitespaceQuoteAndDashStyles() {
        assertThat(ComparisonKey.of(" “Putin’s  visit” — «ended»… "))
                .isEqualTo(ComparisonKey.of("\"PUTIN'S visit\" - \"ended\"..."))
                .isEqualTo("\"putin's visit\" - \"ended\"...");
    }

    @Test
    void plainKeepsCaseAndDropsInvisibleCharacters() {
        assertThat(ComparisonKey.plain("Don’t\u00AD\u200B miss")).isEqualTo("Don't miss");
        assertThat(ComparisonKey.of("")).isEmpty();
    }
}

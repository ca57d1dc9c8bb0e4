package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MaskedTokenTest {

    private static MaskedToken token(String text) {
        return new MaskedToken(0, text.length(), text, false);
    }

    @Test
    void lowerBareIsTheBareWordInLowerCase() {
        for (String w : List.of("Putin’s", "Putin's", "PUTIN'S", "Putin", "'s", "it’s", "Straße's", "İstanbul's")) {
            assertThat(token(w).lowerBare()).as(w).isEqualTo(token(w).bare().toLowerCase(Locale.ROOT));
        }
        assertThat(token("Putin’s").lowerBare()).isEqualTo("putin");
        assertThat(token("PUTIN'S").lowerBare()).isEqualTo("putin's"); // only a lower-case "s" is a possessive
    }

    @Test
    void aWordStartsWithALetterOrDigit() {
        assertThat(token("Putin").isWord()).isTrue();
        assertThat(token("2024").isWord()).isTrue();
        assertThat(token("𝐀bc").isWord()).isTrue(); // a letter beyond the first plane
        assertThat(token(",").isWord()).isFalse();
        assertThat(token("“").isWord()).isFalse();
    }
}

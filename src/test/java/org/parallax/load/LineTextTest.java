package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTextTest {

    @Test
    void splitsOnEveryLineEndAndNumbersTheLines() {
        assertThat(LineText.split("a\nb\r\nc\rd")).containsExactly(
                new Located(0, "a"), new Located(1, "b"), new Located(2, "c"), new Located(3, "d"));
        assertThat(LineText.split("")).containsExactly(new Located(0, ""));
    }

    @Test
    void normalisesSpacesButKeepsEveryOtherCharacter() {
        assertThat(LineText.normalise("\t  “Well,”\u00A0she\u2009said —\u202Fno.  \t")).isEqualTo("“Well,” she said — no.");
    }

    @Test
    void aLineOfInvisibleCharactersIsBlank() {
        assertThat(LineText.normalise("\u200B\u00A0\uFEFF")).isEmpty();
        assertThat(LineText.normalise("a\u00ADb")).isEqualTo("a\u00ADb");
    }
}

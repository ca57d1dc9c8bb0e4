package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceBoundsTest {

    private static final String TEXT = "Rain fell. The river rose 3 metres by noon! \"It is bad.\" He left.\nA new line";

    @Test
    void theSentenceAroundASpanRunsFromTheLastEndToTheNext() {
        int at = TEXT.indexOf("3 metres");
        assertThat(SentenceBounds.around(TEXT, at, at + 8).text(TEXT)).isEqualTo("The river rose 3 metres by noon!");
        int quote = TEXT.indexOf("bad");
        assertThat(SentenceBounds.around(TEXT, quote, quote + 3).text(TEXT)).isEqualTo("\"It is bad.\"");
        int line = TEXT.indexOf("new");
        assertThat(SentenceBounds.around(TEXT, line, line + 3).text(TEXT)).isEqualTo("A new line");
    }

    @Test
    void offsetsPastTheEndAreClamped() {
        assertThat(SentenceBounds.around("Short.", 3, 99)).isEqualTo(new SentenceBounds(0, 6));
    }
}

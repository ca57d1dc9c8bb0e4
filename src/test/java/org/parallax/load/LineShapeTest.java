package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void sentenceEndsPastClosingQuotesAndBrackets() {
        assertThat(LineShape.endsSentence("He left.")).isTrue();
        assertThat(LineShape.endsSentence("“We are ready.”")).isTrue();
        assertThat(LineShape.endsSentence("(It held.)")).isTrue();
        assertThat(LineShape.endsSentence("Really?'")).isTrue();
        assertThat(LineShape.endsSentence("our work…")).isTrue();
        assertThat(LineShape.endsSentence("in this fight,\"")).isFalse();
        assertThat(LineShape.endsSentence("Syrians'")).isFalse();
        assertThat(LineShape.endsSentence("")).isFalse();
        assertThat(LineShape.endsParagraph("It read:")).isTrue();
    }

    @Test
    void lowerCaseStartsPastOpeningQuotes() {
        assertThat(LineShape.startsLowercase("“but not now”")).isTrue();
        assertThat(LineShape.startsLowercase("But")).isFalse();
        assertThat(LineShape.startsLowercase("30 September")).isFalse();
        assertThat(LineShape.startsLowercase("")).isFalse();
    }

    @Test
    void bullets() {
        assertThat(LineShape.isUnambiguousBullet("• item")).isTrue();
        assertThat(LineShape.isUnambiguousBullet("* item")).isTrue();
        assertThat(LineShape.isAmbiguousBullet("- item")).isTrue();
        assertThat(LineShape.isAmbiguousBullet("12. item")).isTrue();
        assertThat(LineShape.isAmbiguousBullet("3) item")).isTrue();
        assertThat(LineShape.isAmbiguousBullet("2015. It began")).isFalse();
        assertThat(LineShape.isAmbiguousBullet("-item")).isFalse();
        assertThat(LineShape.isBullet("Item")).isFalse();
    }

    @Test
    void headingsAndWords() {
        assertThat(LineShape.isAllCapsHeading("KEY DATES")).isTrue();
        assertThat(LineShape.isAllCapsHeading("Key dates")).isFalse();
        assertThat(LineShape.isAllCapsHeading("2015")).isFalse();
        assertThat(LineShape.wordCount("  “We – will, win”  * ")).isEqualTo(3);
        assertThat(LineShape.lastWord("visit to Moscow.”")).isEqualTo("moscow");
        assertThat(LineShape.lastWord("...")).isEmpty();
    }
}

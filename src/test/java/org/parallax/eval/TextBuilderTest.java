package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MEANTIME's tokens rebuilt as an article would write them, with exact offsets. */
class TextBuilderTest {

    private static String rebuild(boolean quotes, String... sentences) {
        TextBuilder tb = new TextBuilder(quotes);
        List<int[]> offsets = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            for (String t : sentences[s].split(" ")) {
                offsets.add(tb.token(String.valueOf(s), t));
                tokens.add(t);
            }
        }
        String text = tb.text();
        for (int i = 0; i < tokens.size(); i++) {
            int[] o = offsets.get(i);
            String t = tokens.get(i);
            String rebuilt = text.substring(o[0], o[1]);
            assertThat(t.equals(rebuilt) || t.equals("``") || t.equals("''") || t.equals("`") || t.equals("'")
                    || t.equals("\"")).as("token %s at %s", t, rebuilt).isTrue();
        }
        return text;
    }

    @Test
    void latexQuotesBecomeTypographicAndTouchTheirWords() {
        assertThat(rebuild(true, "`` We are ready , '' he said .")).isEqualTo("“We are ready ,” he said .");
        assertThat(rebuild(true, "he said that '' ... ] costs remain high .")).isEqualTo("he said that “... ] costs remain high .");
        assertThat(rebuild(true, "`` A . B .", "C , '' she said .")).isEqualTo("“A . B .\nC ,” she said .");
        assertThat(rebuild(true, "\" We love it , \" said Jobs .")).isEqualTo("“We love it ,” said Jobs .");
        assertThat(rebuild(true, "a ` term ' here")).isEqualTo("a ‘term’ here");
    }

    @Test
    void cliticsAndNamePrefixesAreRejoined() {
        assertThat(rebuild(true, "the aircraft 's life , the investors ' money , O' Leary do n't"))
                .isEqualTo("the aircraft's life , the investors' money , O'Leary don't");
    }

    @Test
    void aSentenceWithoutFinalStopEndsItsParagraph() {
        assertThat(rebuild(true, "Port reopens", "March 01 , 2008", "It opened .", "It closed ."))
                .isEqualTo("Port reopens\n\nMarch 01 , 2008\n\nIt opened .\nIt closed .");
    }

    @Test
    void withoutRebuildingTokensAreJoinedAsTheyAre() {
        assertThat(rebuild(false, "`` We are ready , '' he said .", "Next"))
                .isEqualTo("`` We are ready , '' he said .\nNext");
    }
}

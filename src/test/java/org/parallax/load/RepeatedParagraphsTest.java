package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedParagraphsTest {

    private static final String LONG = "President Marcelo Rebelo de Sousa accepted the resignation on Tuesday evening.";
    private final RepeatedParagraphs repeats = new RepeatedParagraphs();

    private RepeatedParagraphs.Result drop(String... paragraphs) {
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            located.add(new Located(i, paragraphs[i]));
        }
        return repeats.drop(located);
    }

    private static List<String> texts(List<Located> paragraphs) {
        return paragraphs.stream().map(Located::text).toList();
    }

    @Test
    void emptyAndSingleInputs() {
        assertThat(drop().kept()).isEmpty();
        assertThat(texts(drop("Yes.").kept())).containsExactly("Yes.");
    }

    @Test
    void dropsExactRepeatsIgnoringCaseWhitespaceQuotesAndDashes() {
        RepeatedParagraphs.Result result = drop("“We will stay” – he said it twice.", "Other text here.",
                "\"WE WILL  STAY\" - he said it twice.");

        assertThat(texts(result.kept())).containsExactly("“We will stay” – he said it twice.", "Other text here.");
        assertThat(result.dropped()).extracting(Located::line).containsExactly(2);
    }

    @Test
    void dropsAnAdjacentCopyHoweverShort() {
        assertThat(texts(drop("Gaza truce", "Gaza Truce", "It held.").kept())).containsExactly("Gaza truce", "It held.");
    }

    @Test
    void keepsShortParagraphsThatRecurApart() {
        assertThat(texts(drop("Yes.", "Will it be signed?", "Yes.", "* * *", "Later.", "* * *").kept()))
                .containsExactly("Yes.", "Will it be signed?", "Yes.", "* * *", "Later.", "* * *");
    }

    @Test
    void dropsATruncatedRepeatCutMidWord() {
        RepeatedParagraphs.Result result = drop(LONG, "Other.", "President Marcelo Rebelo de Sousa accepted the resig");

        assertThat(texts(result.kept())).containsExactly(LONG, "Other.");
    }

    @Test
    void dropsATruncatedRepeatEndingInAnEllipsis() {
        assertThat(texts(drop(LONG, "Other.", "President Marcelo Rebelo de Sousa accepted the…").kept()))
                .containsExactly(LONG, "Other.");
        assertThat(texts(drop(LONG, "Other.", "President Marcelo Rebelo de Sousa accepted the resignation ...")
                .kept())).containsExactly(LONG, "Other.");
    }

    @Test
    void keepsAShortCoincidentalPrefix() {
        assertThat(texts(drop(LONG, "President Marcelo Rebelo de", "President Marcelo...").kept()))
                .containsExactly(LONG, "President Marcelo Rebelo de", "President Marcelo...");
    }

    @Test
    void keepsTheFullParagraphWhenTheCutCopyCameFirst() {
        String cut = "President Marcelo Rebelo de Sousa accepted the resig";

        assertThat(texts(drop(cut, LONG).kept())).containsExactly(cut, LONG);
    }

    @Test
    void aSingleFullStopIsNotAnEllipsis() {
        assertThat(RepeatedParagraphs.withoutTrailingEllipsis("it held.")).isEqualTo("it held.");
        assertThat(RepeatedParagraphs.withoutTrailingEllipsis("it held ...")).isEqualTo("it held");
    }

    @Test
    void manyParagraphsSharingALongOpeningAreHandledWithoutPairwiseWork() {
        List<String> paragraphs = new ArrayList<>();
        String opening = "According to the statement issued by the ministry on Tuesday, item ";
        for (int i = 0; i < 20_000; i++) {
            paragraphs.add(opening + i + " was approved.");
        }
        paragraphs.add(opening + "19999 was appr");

        RepeatedParagraphs.Result result = drop(paragraphs.toArray(String[]::new));

        assertThat(result.kept()).hasSize(20_000);
        assertThat(result.dropped()).hasSize(1);
    }
}

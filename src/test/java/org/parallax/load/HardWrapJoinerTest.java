package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class HardWrapJoinerTest {

    private static final IntPredicate NONE = line -> false;
    private final HardWrapJoiner joiner = new HardWrapJoiner();

    private List<String> join(String text, IntPredicate standalone) {
        return joiner.join(LineText.split(text), standalone).stream().map(Located::text).toList();
    }

    private List<String> join(String text) {
        return join(text, NONE);
    }

    @Test
    void emptyAndBlankInputGiveNoParagraphs() {
        assertThat(join("")).isEmpty();
        assertThat(join("\n\n  \n")).isEmpty();
    }

    @Test
    void oneLineIsOneParagraph() {
        assertThat(join("Turnout was high")).containsExactly("Turnout was high");
    }

    @Test
    void joinsALineEndingMidSentenceWithTheNext() {
        assertThat(join("Turnout was\nhigh in the capital.\nCounting starts at nine."))
                .containsExactly("Turnout was high in the capital.", "Counting starts at nine.");
    }

    @Test
    void joinsAOneWordLineEvenBeforeACapital() {
        assertThat(join("Finnish\nPrime Minister Petteri Orpo voted early.")).containsExactly(
                "Finnish Prime Minister Petteri Orpo voted early.");
    }

    @Test
    void joinsAQuoteEndingInACommaWithItsAttribution() {
        assertThat(join("\"We will win this fight,\"\nthe mayor said.\n\"We will,\"\nHaavisto said."))
                .containsExactly("\"We will win this fight,\" the mayor said.", "\"We will,\" Haavisto said.");
    }

    @Test
    void aQuoteEndingASentenceEndsTheParagraph() {
        assertThat(join("He said: “We are ready.”\nThe talks ended."))
                .containsExactly("He said: “We are ready.”", "The talks ended.");
    }

    @Test
    void aLowerCaseLineContinuesEvenAfterAFullStop() {
        assertThat(join("The talks involved the U.S.\nofficials said.")).containsExactly(
                "The talks involved the U.S. officials said.");
    }

    @Test
    void aLeadInColonEndsTheParagraph() {
        assertThat(join("The statement read:\n“We will not retreat.”"))
                .containsExactly("The statement read:", "“We will not retreat.”");
    }

    @Test
    void blankLinesAlwaysSeparate() {
        assertThat(join("Turnout was\n\nhigh")).containsExactly("Turnout was", "high");
    }

    @Test
    void theStandaloneLineIsNeverJoined() {
        assertThat(join("Orpo and Haavisto face run-off\nFinnish voters went to the polls.", line -> line == 0))
                .containsExactly("Orpo and Haavisto face run-off", "Finnish voters went to the polls.");
    }

    @Test
    void listItemsStandApartAndTakeOnlyLowerCaseContinuations() {
        assertThat(join("Priorities:\n- energy\n- support for\nUkraine and\n- migration\nThe talks ended."))
                .containsExactly("Priorities:", "- energy", "- support for Ukraine and", "- migration",
                        "The talks ended.");
        assertThat(join("Priorities:\n- support for\nthe budget\n• migration")).containsExactly(
                "Priorities:", "- support for the budget", "• migration");
    }

    @Test
    void aDashInsideAWrappedSentenceIsNotABullet() {
        assertThat(join("The operation\n- which began in September -\nwas extended.")).containsExactly(
                "The operation - which began in September - was extended.");
    }

    @Test
    void anAllCapsHeadingStandsAlone() {
        assertThat(join("The vote is on Sunday.\nKEY DATES\nThe count starts at nine.")).containsExactly(
                "The vote is on Sunday.", "KEY DATES", "The count starts at nine.");
    }

    @Test
    void aHyphenatedWordIsJoinedWithoutASpace() {
        assertThat(join("the so-\ncalled zones")).containsExactly("the so-called zones");
        assertThat(join("the zones -\nso called")).containsExactly("the zones - so called");
    }

    @Test
    void blankLineParagraphsWrappedWhereASentenceEndedStayWhole() {
        String text = """
                Firefighters battled the blaze for a second day on
                Monday. Strong winds pushed it towards the suburbs.
                Four villages were evacuated.

                The fire brigade said 670 firefighters were
                deployed.
                """;

        assertThat(join(text)).containsExactly(
                "Firefighters battled the blaze for a second day on Monday. Strong winds pushed it towards the"
                        + " suburbs. Four villages were evacuated.",
                "The fire brigade said 670 firefighters were deployed.");
    }

    @Test
    void oneParagraphPerLineWithAStrayBlankLineIsNotMergedIntoBlocks() {
        String text = "First paragraph.\nSecond paragraph.\nThird paragraph.\n\nFourth paragraph.\nFifth.";

        assertThat(HardWrapJoiner.blocksAreParagraphs(LineText.split(text), NONE)).isFalse();
        assertThat(join(text)).hasSize(5);
    }
}

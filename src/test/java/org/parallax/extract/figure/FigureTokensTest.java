package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;

/** The tokenizer reads ordinary figures as before and any run in one pass (no repeated group recurses). */
class FigureTokensTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    private static List<String> kinds(String text) {
        return FigureTokens.of(text).stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void ordinaryFiguresAndAddressesAreOneTokenEach() {
        assertThat(kinds("4,000 troops, 1.2 bn, G20, 20th, US$3bn; see www.bbc.co.uk. or news@example.com."))
                .containsExactly("NUMBER:4,000", "WORD:troops", "SYMBOL:,", "NUMBER:1.2", "WORD:bn", "SYMBOL:,",
                        "WORD:G20", "SYMBOL:,", "NUMBER_WORD:20th", "SYMBOL:,", "CURRENCY:US$", "NUMBER_WORD:3bn",
                        "SYMBOL:;", "WORD:see", "ADDRESS:www.bbc.co.uk.", "WORD:or", "ADDRESS:news@example.com",
                        "SYMBOL:.");
        assertThat(kinds("at bbc.co.uk. Then")).containsExactly("WORD:at", "ADDRESS:bbc.co.uk", "SYMBOL:.", "WORD:Then");
    }

    @Test
    void aMegabyteNumberInThousandsGroupsIsOneTokenWithoutOverflowingTheStack() {
        String number = "1" + ",234".repeat(250_000);
        List<FigureToken> tokens = assertTimeoutPreemptively(HANG, () -> FigureTokens.of(number + " people"));
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(0).kind()).isEqualTo(Kind.NUMBER);
        assertThat(tokens.get(0).text()).isEqualTo(number);
    }

    @Test
    void longHyphenatedDottedAndDigitRunsAreReadInLinearTime() {
        for (String run : List.of("a" + "-b’c".repeat(100_000), "a" + ".b".repeat(200_000) + "@x",
                "1" + ".2".repeat(200_000) + "x", "7".repeat(400_000) + "km", "A.".repeat(200_000) + "x")) {
            List<FigureToken> tokens = assertTimeoutPreemptively(HANG, () -> FigureTokens.of(run));
            assertThat(tokens).isNotEmpty();
            assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(run.length());
        }
    }
}

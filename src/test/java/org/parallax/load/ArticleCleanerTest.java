package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void emptyInputGivesEmptyText() {
        CleanedText cleaned = cleaner.clean("", "");

        assertThat(cleaned.text()).isEmpty();
        assertThat(cleaned.title()).isEmpty();
        assertThat(cleaned.removedLines()).isEmpty();
    }

    @Test
    void blankInputKeepsTheKnownTitle() {
        CleanedText cleaned = cleaner.clean("\n \t\n\u00A0\n", "  Known   title ");

        assertThat(cleaned.text()).isEmpty();
        assertThat(cleaned.title()).isEqualTo("Known title");
    }

    @Test
    void nullArgumentsAreTreatedAsEmpty() {
        assertThat(cleaner.clean(null, null).text()).isEmpty();
    }

    @Test
    void onlyFurnitureLeavesNoTextAndKeepsEveryLine() {
        CleanedText cleaned = cleaner.clean("Share this article\n\nAdvertisement\nStay Connected\n", "");

        assertThat(cleaned.text()).isEmpty();
        assertThat(cleaned.title()).isEmpty();
        assertThat(cleaned.removedLines()).containsExactly("Share this article", "Advertisement", "Stay Connected");
    }

    @Test
    void oneSentenceIsOneParagraphAndNoTitle() {
        CleanedText cleaned = cleaner.clean("The ceasefire held overnight.", "");

        assertThat(cleaned.text()).isEqualTo("The ceasefire held overnight.");
        assertThat(cleaned.title()).isEmpty();
    }

    @Test
    void oneHeadlineLineIsTitleAndText() {
        CleanedText cleaned = cleaner.clean("Ceasefire holds in Gaza\n", "");

        assertThat(cleaned.text()).isEqualTo("Ceasefire holds in Gaza");
        assertThat(cleaned.title()).isEqualTo("Ceasefire holds in Gaza");
    }

    @Test
    void aHeadlineInTheTextWinsOverTheKnownTitle() {
        CleanedText cleaned = cleaner.clean("Ceasefire holds in Gaza\nThe truce held overnight.", "Gaza live");

        assertThat(cleaned.title()).isEqualTo("Ceasefire holds in Gaza");
    }

    @Test
    void removedLinesKeepTheirOrderAcrossFurnitureAndRepeats() {
        String input = """
                Officials in Lima declared a state of emergency on Monday after days of protests.
                Advertisement
                Protesters blocked the Pan-American highway in three regions.
                Officials in Lima declared a state of emergency on Monday after days of protests.
                Read more
                """;

        CleanedText cleaned = cleaner.clean(input, "");

        assertThat(cleaned.removedLines()).containsExactly("Advertisement",
                "Officials in Lima declared a state of emergency on Monday after days of protests.", "Read more");
    }

    @Test
    void furnitureIsRemovedBeforeReflowingSoItIsNotGluedToAParagraph() {
        CleanedText cleaned = cleaner.clean("The vote was postponed until\nSubscribe to our newsletter\nnext week.", "");

        assertThat(cleaned.text()).isEqualTo("The vote was postponed until next week.");
    }

    @Test
    void strayCarriageReturnsAndAByteOrderMarkAreTolerated() {
        CleanedText cleaned = cleaner.clean("\uFEFFThe vote was\r\npostponed.\rIt resumes today.", "");

        assertThat(cleaned.text()).isEqualTo("The vote was postponed.\n\nIt resumes today.");
    }

    @Test
    void randomInputKeepsTheTextContractAndLosesNoCharacters() {
        String[] pieces = {"The", "talks", "ended", ".", ",", "\"", "“", "”", "—", "-", "•", "\n", "\n", "\n\n", " ",
            "\t", "\u00A0", "KEY", "Read more", "Advertisement", "?", ":", "1.", "U.S.", "Yes."};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder input = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                input.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }

            CleanedText cleaned = cleaner.clean(input.toString(), "");

            if (!cleaned.text().isEmpty()) {
                assertThat(cleaned.text().split("\n\n", -1)).allSatisfy(p ->
                        assertThat(p).isNotBlank().doesNotContain("\n", "  ", "\t", "\u00A0").isEqualTo(p.strip()));
            }
            String kept = (cleaned.text() + String.join("", cleaned.removedLines())).replaceAll("[\\s\u00A0]", "");
            assertThat(kept).as(input.toString()).hasSameSizeAs(input.toString().replaceAll("[\\s\u00A0]", ""));
        }
    }

    @Test
    void customFurniturePatternsCanBeGiven() {
        ArticleCleaner custom = new ArticleCleaner(PageFurniture.parse(List.of("# only this", "bulletin \\d+")));

        CleanedText cleaned = custom.clean("Bulletin 42\nThe dam held.\nAdvertisement", "");

        assertThat(cleaned.text()).isEqualTo("The dam held.\n\nAdvertisement");
        assertThat(cleaned.removedLines()).containsExactly("Bulletin 42");
    }
}

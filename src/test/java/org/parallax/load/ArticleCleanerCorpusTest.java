package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Article;

/** Acceptance: the five raw articles of the bundled corpus, cleaned without any metadata title. */
class ArticleCleanerCorpusTest {

    private static final Path CORPUS = Path.of("resources", "corpus");
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"000_ecf9c5f17e379244.txt", "001_438747ce390c668c.txt", "002_89fd0c75253ddc28.txt",
            "003_437f314616787b1a.txt", "004_249f8d1ba6e39445.txt"})
    void noFurnitureAndWellFormedParagraphs(String file) throws IOException {
        CleanedText cleaned = clean(file);

        assertThat(cleaned.text()).doesNotContain("Get short URL", "Stay Connected", "Add new comment",
                "Contact the writer at", "Like this piece?", "Cover Photo Credit");
        assertThat(paragraphs(cleaned)).isNotEmpty().allSatisfy(p -> {
            assertThat(p).doesNotContain("\n").isNotBlank().isEqualTo(p.strip()).doesNotContain("  ");
        });
    }

    @Test
    void article002HasItsRepeatedParagraphsOnceAndItsWrappedSentenceJoined() throws IOException {
        CleanedText cleaned = clean("002_89fd0c75253ddc28.txt");

        assertThat(occurrences(cleaned.text(), "Assad also said that terrorism has become an obstacle")).isOne();
        assertThat(occurrences(cleaned.text(), "The talks were held in both a limited and an expanded format")).isOne();
        assertThat(occurrences(cleaned.text(), "According to Putin’s spokesman")).isOne();
        assertThat(paragraphs(cleaned)).anySatisfy(p -> assertThat(p).contains(
                "Russian President Vladimir Putin and Syrian President Bashar Assad met in Moscow on Tuesday evening"));
        assertThat(paragraphs(cleaned)).contains(
                "\"The Syrian people have resisted and fought international terrorism practically alone for several"
                        + " years now, suffering heavy losses, but recently also achieving serious, positive results in"
                        + " this fight,\" Putin said.");
        assertThat(paragraphs(cleaned)).hasSize(12);
        assertThat(cleaned.title()).isEmpty();
    }

    @Test
    void article001HasItsTitleOnce() throws IOException {
        String title = "Bashar al-Assad Makes First Foreign Visit Since 2011 To Personally Thank Putin For Airstrikes";
        CleanedText cleaned = clean("001_438747ce390c668c.txt");

        assertThat(cleaned.title()).isEqualTo(title);
        assertThat(occurrences(cleaned.text(), title)).isOne();
        assertThat(paragraphs(cleaned).get(0)).isEqualTo(title);
        assertThat(paragraphs(cleaned)).hasSize(12);
    }

    @Test
    void article000HasItsHeadlineAsTitle() throws IOException {
        CleanedText cleaned = clean("000_ecf9c5f17e379244.txt");

        assertThat(cleaned.title()).isEqualTo("Bashar al-Assad thanks Putin during his secret visit to Moscow");
        assertThat(paragraphs(cleaned)).hasSize(8);
    }

    @Test
    void articles003And004KeepEveryRealParagraph() throws IOException {
        CleanedText sochi = clean("003_437f314616787b1a.txt");
        CleanedText rise = clean("004_249f8d1ba6e39445.txt");

        assertThat(paragraphs(sochi)).hasSize(16);
        assertThat(sochi.removedLines()).containsExactly("Add new comment");
        assertThat(paragraphs(rise)).hasSize(8);
        assertThat(rise.removedLines()).hasSize(2);
        assertThat(rise.removedLines().get(1)).startsWith("Cover Photo Credit:");
    }

    private CleanedText clean(String file) throws IOException {
        return cleaner.clean(Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8), "");
    }

    private static List<String> paragraphs(CleanedText cleaned) {
        return List.of(cleaned.text().split(Article.PARAGRAPH_BREAK, -1));
    }

    private static long occurrences(String text, String phrase) {
        return Pattern.compile(Pattern.quote(phrase)).matcher(text).results().count();
    }
}

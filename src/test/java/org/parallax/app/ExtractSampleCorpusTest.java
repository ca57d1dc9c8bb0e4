package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.store.ModelJson;

/** The foundation issue's check: {@code extract resources/corpus} on the bundled sample, end to end. */
class ExtractSampleCorpusTest {

    private static Corpus corpus;
    private static Map<String, Article> byId;

    @BeforeAll
    static void extract() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"extract", "resources/corpus"});
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        corpus = new ModelJson().fromJson(out.toString(StandardCharsets.UTF_8));
        byId = corpus.articlesById();
    }

    @Test
    void fiveArticlesWithOutletsAndDatesFromTheManifest() {
        assertThat(corpus.articles()).hasSize(5);
        assertThat(byId.get("000_ecf9c5f17e379244").outlet().name()).isEqualTo("International Business Times Australia");
        assertThat(byId.get("002_89fd0c75253ddc28").outlet().name()).isEqualTo("Sputnik");
        assertThat(byId.get("004_249f8d1ba6e39445").outlet().name()).isEqualTo("Rise News");
        for (Article a : corpus.articles()) {
            LocalDate expected = a.id().startsWith("003") ? LocalDate.of(2017, 11, 21) : LocalDate.of(2015, 10, 21);
            assertThat(a.published()).as(a.id()).isEqualTo(expected);
            assertThat(a.publishedFrom()).as(a.id()).isEqualTo(DateSource.MANIFEST);
        }
    }

    /** Putin's "today" in 003 (published 21 November) is the day of the Sochi talks he spoke at. */
    @Test
    void aQuotedTodayIsTheDayOfTheSpeech() {
        assertThat(corpus.timexes()).filteredOn(t -> t.span().articleId().startsWith("003")
                        && t.text().equalsIgnoreCase("today"))
                .singleElement().satisfies(t -> {
                    assertThat(t.value()).isEqualTo("2017-11-20");
                    assertThat(t.anchor()).isEqualTo(org.parallax.model.TimeAnchor.SPEECH);
                });
    }

    @Test
    void noPageFurnitureInAnyText() {
        List<String> furniture = List.of("Get short URL", "Stay Connected", "Add new comment", "Contact the writer at",
                "Like this piece?", "Cover Photo Credit", "[email protected]");
        for (Article a : corpus.articles()) {
            for (String f : furniture) {
                assertThat(a.text()).as(a.id()).doesNotContain(f);
            }
        }
    }

    @Test
    void repeatedParagraphsOfTheSputnikArticleAppearOnce() {
        String text = byId.get("002_89fd0c75253ddc28").text();
        for (String p : List.of("Assad also said that terrorism has become an obstacle",
                "The talks were held in both a limited and an expanded format",
                "According to Putin\u2019s spokesman, members of Russia\u2019s upper leadership")) {
            assertThat(occurrences(text, p)).as(p).isEqualTo(1);
        }
    }

    @Test
    void hardWrappedSentenceIsOneParagraph() {
        Article a = byId.get("002_89fd0c75253ddc28");
        assertThat(a.paragraphs()).anySatisfy(p -> assertThat(p).contains(
                "Russian President Vladimir Putin and Syrian President Bashar Assad met in Moscow on Tuesday evening"));
    }

    @Test
    void repeatedHeadlineAppearsOnce() {
        Article a = byId.get("001_438747ce390c668c");
        String headline = "Bashar al-Assad Makes First Foreign Visit Since 2011 To Personally Thank Putin For Airstrikes";
        assertThat(occurrences(a.text(), headline)).isEqualTo(1);
        assertThat(a.title()).isEqualTo(headline);
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.DateSource;

/** Lists of stories (Media Cloud or spreadsheet CSV) beside or instead of article files. */
class StoryListTest {

    private static final String BODY = "The central bank raised its main interest rate on Tuesday, the first rise in "
            + "two years, citing inflation that has stayed above its target for a year.";

    private static LoadResult loadFolder(Path dir) {
        return new CorpusLoader().loadFolder(dir, LoadProgress.NONE);
    }

    @Test
    void aMediaCloudListWithTextOpensAsItsArticlesWithOutletsAndDates(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stories.csv"), """
                stories_id,publish_date,title,url,media_name,text
                101,2023-03-07 10:15:00,Bank raises rates,https://a.example/rates,Daily Ledger,"%s"
                102,2023-03-07 12:00:00,"Rates up, again",https://b.example/r,Morning Post,"%s"
                103,2023-03-08,Rate rise explained,https://c.example/x,Wire Service,"%s"
                """.formatted(BODY, BODY.replace("Tuesday", "Tuesday morning"), BODY), StandardCharsets.UTF_8);
        LoadResult r = loadFolder(dir);
        List<Article> articles = r.corpus().articles();
        assertThat(articles).extracting(a -> a.outlet().name())
                .containsExactly("Daily Ledger", "Morning Post", "Wire Service");
        assertThat(articles).extracting(Article::published).containsExactly(LocalDate.of(2023, 3, 7),
                LocalDate.of(2023, 3, 7), LocalDate.of(2023, 3, 8));
        assertThat(articles).extracting(Article::publishedFrom).containsOnly(DateSource.MANIFEST);
        assertThat(articles.get(1).title()).isEqualTo("Rates up, again");
        assertThat(articles).extracting(Article::id).containsExactly("stories-2", "stories-3", "stories-4");
        assertThat(articles.get(0).text()).contains("raised its main interest rate");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void badRowsAreNamedByLineAndSkippedTheOthersStand(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("list.csv"), """
                title,date,outlet,body
                Good one,2023-03-07,Daily Ledger,"%s

                A second paragraph on a line of its own."
                Bad date,07/03/2023,Morning Post,"%s"
                ,,,
                No text,2023-03-07,Wire,
                """.formatted(BODY, BODY), StandardCharsets.UTF_8);
        LoadResult r = loadFolder(dir);
        assertThat(r.corpus().articles()).extracting(Article::title).containsExactly("Good one", "Bad date");
        assertThat(r.corpus().articles().get(1).published()).isNull();
        assertThat(r.warnings()).extracting(LoadWarning::line).containsExactly(5, 7);
        assertThat(r.warnings().get(0).message()).contains("'07/03/2023' is not a day");
        assertThat(r.warnings().get(1).message()).contains("has no text");
    }

    @Test
    void aListWithoutTextDescribesTheArticleFilesBesideItByFileUrlOrTitle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Bank raises rates\n\n" + BODY);
        Files.writeString(dir.resolve("b.html"), "<html><head><title>Rates up</title>"
                + "<link rel=\"canonical\" href=\"https://www.b.example/r/\"></head><body><p>" + BODY
                + "</p></body></html>");
        Files.writeString(dir.resolve("sources.csv"), """
                url,title,publish_date,media_name,file
                ,,2023-03-07,Daily Ledger,a.txt
                http://b.example/r?utm=x,,2023-03-08,Morning Post,
                https://gone.example/,Nowhere,2023-03-09,Lost Outlet,
                """, StandardCharsets.UTF_8);
        LoadResult r = loadFolder(dir);
        assertThat(r.corpus().articles()).extracting(a -> a.outlet().name()).containsExactly("Daily Ledger",
                "Morning Post");
        assertThat(r.corpus().articles()).extracting(Article::published).containsExactly(LocalDate.of(2023, 3, 7),
                LocalDate.of(2023, 3, 8));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("sources.csv");
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("1 row describes no article file");
        });
    }

    @Test
    void aCsvThatIsNoListIsNamedAndSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Bank raises rates\n\n" + BODY);
        Files.writeString(dir.resolve("numbers.csv"), "year,value\n2020,3\n");
        LoadResult r = loadFolder(dir);
        assertThat(r.corpus().articles()).hasSize(1);
        assertThat(r.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("is not a list of stories"));
    }

    @Test
    void addressesCompareWithoutSchemeWwwQueryOrTrailingSlash() {
        assertThat(StoryList.address("https://www.Example.org/news/a/?x=1#top"))
                .isEqualTo(StoryList.address("http://example.org/news/a"));
        assertThat(StoryList.address("https://example.org/news/a")).isNotEqualTo(StoryList.address(
                "https://example.org/news/b"));
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.model.Event;
import org.parallax.model.TimeMention;
import org.parallax.store.Overlay;
import org.parallax.store.TwoStageOverlay;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceJson;

/**
 * An article's publication date set by the user re-resolves its relative dates and re-runs the comparison: through
 * the pipeline the window uses (a folder opened), and for a workspace opened (the article texts from the model).
 */
class RedatedArticleTest {

    /** Published on a Wednesday: "on Friday" is 8 March 2024, "on Saturday" the 9th. */
    static final String A = """
            Storm damage closes coastal road

            The county council closed the coastal road on Friday after storm waves broke through the sea wall near Whitby.

            Engineers inspected the wall on Saturday and said repairs would take weeks, according to council leader Jane Marsh.
            """;
    static final String B = """
            Sea wall breached in Whitby

            Storm waves broke through the sea wall near Whitby on Friday, and the county council closed the coastal road.

            "We will rebuild the wall before winter," said council leader Jane Marsh.
            """;
    /** A week after the article's date. */
    static final LocalDate WEEK_LATER = LocalDate.of(2024, 3, 20);

    @TempDir
    static Path dir;
    private static Path folder;
    private static Pipeline pipeline;
    private static Corpus extracted;

    /** Two outlets reporting the breach; the Gazette's article says "on Friday" and "on Saturday". */
    static Path writeFolder(Path root) throws Exception {
        Path f = Files.createDirectories(root.resolve("whitby"));
        Files.writeString(f.resolve("a.txt"), A);
        Files.writeString(f.resolve("b.txt"), B);
        Files.writeString(f.resolve("corpus.json"), """
                {"articles": [{"file": "a.txt", "outlet": "Whitby Gazette", "published": "2024-03-13"},
                              {"file": "b.txt", "outlet": "Yorkshire Post", "published": "2024-03-12"}]}
                """);
        return f;
    }

    @BeforeAll
    static void extract() throws Exception {
        folder = writeFolder(dir);
        pipeline = Pipeline.uncached();
        extracted = pipeline.loadFolder(folder, LoadProgress.NONE).corpus();
    }

    private static String dateOf(Corpus c, String words) {
        return c.events().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.articleId().equals("a")
                && c.article("a").orElseThrow().textOf(m).contains(words))).map(Event::date).findFirst().orElse(null);
    }

    @Test
    void extractingTheSameArticlesAgainChangesNothing() {
        assertThat(pipeline.reextract(extracted, Set.of("a"))).isEqualTo(extracted);
    }

    @Test
    void aWeekLaterTheArticlesFridayAndItsEventsMoveAWeek() {
        assertThat(dateOf(extracted, "Engineers inspected")).isEqualTo("2024-03-09");
        assertThat(dateOf(extracted, "closed the coastal road")).isEqualTo("2024-03-08");
        Overlay.Result r = new TwoStageOverlay(ParallaxApplication.source(pipeline).reextraction())
                .apply(extracted, List.of(new Correction.ArticleDate("a", WEEK_LATER)));
        Corpus c = r.corpus();
        assertThat(c.timexes()).filteredOn(t -> t.span().articleId().equals("a")).extracting(TimeMention::value)
                .containsExactly("2024-03-15", "2024-03-16", "PXW"); // "would take weeks": a duration, not moved
        assertThat(dateOf(c, "Engineers inspected")).isEqualTo("2024-03-16");
        assertThat(dateOf(c, "closed the coastal road")).as("the comparison ran again").isEqualTo("2024-03-15");
        assertThat(c.events()).as("the Post's breach stays on its Friday, now alone").filteredOn(e -> e.mentions()
                .stream().anyMatch(m -> m.articleId().equals("b"))).extracting(Event::date).contains("2024-03-08");
        assertThat(r.corrected()).contains("a");
        assertThat(c.timexes()).filteredOn(t -> t.span().articleId().equals("b"))
                .isEqualTo(extracted.timexes().stream().filter(t -> t.span().articleId().equals("b")).toList());
    }

    @Test
    void aWorkspaceOpenedReResolvesFromTheTextsInItsModel() throws Exception {
        Path file = dir.resolve("whitby" + WorkspaceJson.EXTENSION);
        new WorkspaceJson().write(new Workspace(dir.resolve("gone"), extracted,
                List.of(new Correction.ArticleDate("a", WEEK_LATER)), Map.of()), file);
        LoadResult opened = pipeline.loadFiles(List.of(file), LoadProgress.NONE);
        assertThat(opened.warnings()).isEmpty();
        assertThat(dateOf(opened.corpus(), "Engineers inspected")).isEqualTo("2024-03-16");
        assertThat(opened.corpus().article("a").orElseThrow().published()).isEqualTo(WEEK_LATER);
    }
}

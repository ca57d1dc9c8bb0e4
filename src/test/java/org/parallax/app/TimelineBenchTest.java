package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.store.ModelJson;

/** {@code bench timeline --model}: a model file's figures, and a missing or broken file named in one line. */
class TimelineBenchTest {

    private static final String TEXT = "The talks began on Monday. \"We agreed,\" the minister said. They ended Friday.";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    /** Three articles of two outlets; two dated events and an undated one, which the timeline leaves out. */
    static Corpus smallModel() {
        List<Article> articles = List.of(
                article("a1", "Outlet A", "2015-10-20"), article("a2", "Outlet B", "2015-10-21"),
                article("a3", "Outlet A", null));
        Span talks = new Span("a1", 0, 26);
        return Corpus.of(articles)
                .withQuotes(List.of(new Quote("q1", new Span("a1", 28, 37), "We agreed", new Speaker("the minister"),
                        QuoteKind.DIRECT, null)))
                .withEvents(List.of(
                        new Event("e1", "The talks began", "2015-10-19", "s1", List.of(talks, new Span("a2", 0, 26)),
                                false),
                        new Event("e2", "They ended", "2015-10-23", "s1", List.of(new Span("a2", 59, 77)), false),
                        new Event("e3", "Some time", "PAST_REF", null, List.of(new Span("a3", 0, 9)), false)))
                .withStories(List.of(new Story("s1", "Talks, October 2015", "2015-10-19", "2015-10-23")));
    }

    private static Article article(String id, String outlet, String published) {
        return new Article(id, id + ".txt", Outlet.of(outlet), "Talks", published == null ? null
                : LocalDate.parse(published), published == null ? DateSource.UNKNOWN : DateSource.MANIFEST, "", TEXT,
                List.of());
    }

    private Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void drawsTheEventsOfAModelAndSaysHowLongReadingItTook() throws Exception {
        Path model = write("small.json", new ModelJson().toJson(smallModel()));
        assertThat(run("bench", "timeline", "--model", model.toString())).isZero();
        assertThat(out()).contains("3 articles, 3 events (2 on the timeline), 1 quotes", "read in ", " ms; heap ",
                "redraw ms", "zoom ms").doesNotContain("100000");
        assertThat(out().lines().reduce((a, b) -> b).orElseThrow().trim()).startsWith("2 ");
    }

    @Test
    void printsTheModelFiguresAsJson() throws Exception {
        Path model = write("small.json", new ModelJson().toJson(smallModel()));
        assertThat(run("bench", "timeline", "--model", model.toString(), "--json")).isZero();
        assertThat(out()).startsWith("{\"model\": ").contains("\"articles\": 3", "\"events\": 3",
                "\"timeline_events\": 2", "\"width\": 1600", "\"height\": 900", "\"load_ms\": ", "\"heap_mb\": ",
                "\"build_ms\": ", "\"redraw_ms\": ", "\"zoom_ms\": ", "\"rendered_redraw_ms\": ")
                .doesNotContain("redraw_ms_1000");
    }

    @Test
    void aMissingModelIsNamedWithoutAStackTrace() {
        Path missing = dir.resolve("none.json");
        assertThat(run("bench", "timeline", "--model", missing.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("parallax bench timeline: no such model file: " + missing + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void aBrokenModelIsNamedWithWhereItBroke() throws Exception {
        String json = new ModelJson().toJson(smallModel());
        Path broken = write("broken.json", json.substring(0, json.length() / 2));
        assertThat(run("bench", "timeline", "--model", broken.toString())).isEqualTo(1);
        assertThat(err()).startsWith("parallax bench timeline: cannot read the model " + broken + ": not valid JSON at line ")
                .doesNotContain("Exception", "\tat ");
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void aJsonFileThatIsNoModelIsNamed() throws Exception {
        Path article = write("article.json", "{\"title\": \"Talks\", \"maintext\": \"The talks began.\"}");
        assertThat(run("bench", "timeline", "--model", article.toString())).isEqualTo(1);
        assertThat(err()).contains(article.toString(), "no schemaVersion: not a Parallax model JSON document");
    }

    @Test
    void aModelWithNothingDatedSaysSo() throws Exception {
        Corpus all = smallModel();
        Corpus undated = Corpus.of(List.of(all.articles().get(2))).withEvents(List.of(all.events().get(2)));
        Path model = write("undated.json", new ModelJson().toJson(undated));
        assertThat(run("bench", "timeline", "--model", model.toString())).isEqualTo(1);
        assertThat(err()).contains(model.toString(), "nothing in it has a date");
    }
}

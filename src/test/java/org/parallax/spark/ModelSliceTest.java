package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Variant;
import org.parallax.testing.SampleCorpus;

/** The slice of a model a user names with --story, --from/--to, --outlets; and the job's options. No Spark needed. */
class ModelSliceTest {

    private static Corpus bundled;

    @BeforeAll
    static void compare() {
        bundled = SampleCorpus.get(); // the bundled corpus as the app builds it, made once per test run
    }

    @Test
    void aDateRangeKeepsItsEventsAndTheArticlesTheyCite() {
        Corpus slice = new ModelSlice(null, LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 30), Set.of())
                .apply(bundled);

        assertThat(slice.events()).isNotEmpty().allSatisfy(e -> assertThat(e.date()).startsWith("2017-11"));
        assertThat(slice.articles()).extracting(Article::id).containsExactly("003_437f314616787b1a");
        assertThat(slice.quotes()).allSatisfy(q -> assertThat(q.articleId()).isEqualTo("003_437f314616787b1a"));
        assertThat(slice.stories()).hasSize(1);
    }

    @Test
    void outletsKeepTheirArticlesAndOnlyTheirMentionsAndClusterMembers() {
        Corpus slice = new ModelSlice(null, null, null, Set.of("Sputnik", "Rise News")).apply(bundled);

        Set<String> ids = Set.of("002_89fd0c75253ddc28", "004_249f8d1ba6e39445");
        assertThat(slice.articles()).extracting(Article::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(slice.events()).flatExtracting(Event::mentions).allSatisfy(m ->
                assertThat(ids).contains(m.articleId()));
        assertThat(slice.quoteClusters()).allSatisfy(qc -> assertThat(qc.members()).hasSizeGreaterThanOrEqualTo(2)
                .extracting(Variant::quoteId).allSatisfy(q -> assertThat(slice.quotes()).anyMatch(x -> x.id().equals(q))));
        // the one coverage of the sample keeps these two articles and what both or one of them said twice
        assertThat(slice.coverages()).hasSize(1).allSatisfy(c -> {
            assertThat(c.articleIds()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(c.happenings()).isNotEmpty().allSatisfy(h -> assertThat(h.mentions())
                    .hasSizeGreaterThanOrEqualTo(2).allSatisfy(m -> assertThat(ids).contains(m.articleId())));
        });
    }

    @Test
    void noSliceKeepsEverything() {
        assertThat(new ModelSlice(null, null, null, Set.of()).apply(bundled)).isEqualTo(bundled);
    }

    @Test
    void optionsGuessTheFormatAndRefuseWhatMakesNoSense() {
        assertThat(JobOptions.parse("news.jsonl", "--out", "o").format()).isEqualTo(JobOptions.Format.JSONL);
        assertThat(JobOptions.parse("news.parquet", "--out", "o").format()).isEqualTo(JobOptions.Format.PARQUET);
        assertThat(JobOptions.parse("news", "--out", "o", "--outlets", "A, B").outlets()).containsOnly("A", "B");
        assertThatThrownBy(() -> JobOptions.parse("news")).hasMessageContaining("usage");
        assertThatThrownBy(() -> JobOptions.parse("news", "--out", "o", "--from", "2015-10-02", "--to", "2015-10-01"))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> JobOptions.parse("news", "--out", "o", "--colour", "red"))
                .hasMessageContaining("unknown option");
    }
}

package org.parallax.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

class SourceInferenceTest {

    private final SourceInference inference = new SourceInference();

    private static Article article(String id, Outlet outlet, LocalDate published, DateSource from, String text,
                                   List<String> removed) {
        return new Article(id, id + ".txt", outlet, "", published, from, "", text, removed);
    }

    @Test
    void manifestValuesAreNeverOverridden() {
        Article a = article("a", Outlet.of("Harbour Times"), LocalDate.of(2015, 10, 20), DateSource.MANIFEST,
                "MOSCOW, Oct. 22, 2015 (Reuters) - The harbour reopened.", List.of("Published: October 23, 2015",
                        "Contact the writer at feedback@ibtimes.com.au"));

        Article out = inference.infer(Corpus.of(List.of(a))).articles().get(0);

        assertThat(out).isEqualTo(a);
        // the reading still reports what the words say, for whoever wants to compare
        assertThat(inference.read(a).date().orElseThrow().date()).isEqualTo(LocalDate.of(2015, 10, 23));
    }

    @Test
    void aKnownOutletWithAnUnknownDateGetsOnlyTheDate() {
        Article a = article("a", Outlet.of("Harbour Times"), null, DateSource.UNKNOWN,
                "The harbour reopened.", List.of("Published: October 23, 2015", "Get short URL"));

        Article out = inference.infer(Corpus.of(List.of(a))).articles().get(0);

        assertThat(out.outlet().name()).isEqualTo("Harbour Times");
        assertThat(out.published()).isEqualTo(LocalDate.of(2015, 10, 23));
        assertThat(out.publishedFrom()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aDatelineWithoutYearTakesTheYearOfTheCorpusAndSaysSo() {
        Article dated = article("a", Outlet.UNKNOWN, LocalDate.of(2015, 10, 20), DateSource.MANIFEST,
                "The harbour reopened.", List.of());
        Article dateline = article("b", Outlet.UNKNOWN, null, DateSource.UNKNOWN,
                "MOSCOW, Oct 21 (Reuters) - The harbour reopened after the storm.", List.of());

        List<Article> out = inference.infer(Corpus.of(List.of(dated, dateline))).articles();

        assertThat(out.get(1).outlet().name()).isEqualTo("Reuters");
        assertThat(out.get(1).published()).isEqualTo(LocalDate.of(2015, 10, 21));
        assertThat(out.get(1).publishedFrom()).isEqualTo(DateSource.INFERRED);
        assertThat(out.get(0)).isEqualTo(dated);
    }

    @Test
    void aCheckpointThatThrowsStopsTheInferenceBeforeEveryArticleIsRead() {
        List<Article> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(article("a" + i, Outlet.UNKNOWN, null, DateSource.UNKNOWN,
                    "MOSCOW, Oct 21 (Reuters) - The harbour reopened after the storm.", List.of()));
        }
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inference.infer(Corpus.of(many), () -> {
            if (checked.incrementAndGet() > 10) {
                throw new java.util.concurrent.CancellationException("opening cancelled");
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
        // a parallel stream stops its leaves at their next article: far fewer than all were begun
        assertThat(checked.get()).isLessThan(many.size());
    }

    @Test
    void aDatelineWithoutYearAloneStaysUndated() {
        Article dateline = article("b", Outlet.UNKNOWN, null, DateSource.UNKNOWN,
                "MOSCOW, Oct 21 (Reuters) - The harbour reopened after the storm.", List.of());

        Article out = inference.infer(Corpus.of(List.of(dateline))).articles().get(0);

        assertThat(out.publishedFrom()).isEqualTo(DateSource.UNKNOWN);
        assertThat(out.published()).isNull();
    }

    @Test
    void inferredDatesAreNotAnchorsForOtherInferences() {
        Article a = article("a", Outlet.UNKNOWN, null, DateSource.UNKNOWN,
                "MOSCOW, Oct 21 (Reuters) - The harbour reopened.", List.of());
        Article b = article("b", Outlet.UNKNOWN, null, DateSource.UNKNOWN,
                "BEIRUT, Oct 22 (AP) - The harbour reopened.", List.of());

        assertThat(inference.infer(Corpus.of(List.of(a, b))).articles()).allSatisfy(x ->
                assertThat(x.publishedFrom()).isEqualTo(DateSource.UNKNOWN));
    }

    @Test
    void aDatelineYearComesFromTheArticlesOwnDatedUrl() {
        Article a = new Article("a", "a.txt", Outlet.UNKNOWN, "", null, DateSource.UNKNOWN,
                "https://www.reuters.com/world/2015/10/harbour-reopens", "MOSCOW, Oct 21 (Reuters) - The harbour reopened.",
                List.of());

        Article out = inference.infer(Corpus.of(List.of(a))).articles().get(0);

        assertThat(out.published()).isEqualTo(LocalDate.of(2015, 10, 21));
        assertThat(out.publishedFrom()).isEqualTo(DateSource.TEXT);
        assertThat(inference.read(a).date().orElseThrow().how()).isEqualTo("dateline + url year");
    }

    @Test
    void nearestYearCrossesTheYearBoundary() {
        assertThat(SourceInference.nearestYear(MonthDay.of(12, 30), List.of(LocalDate.of(2016, 1, 2))))
                .contains(LocalDate.of(2015, 12, 30));
        assertThat(SourceInference.nearestYear(MonthDay.of(1, 3), List.of(LocalDate.of(2015, 12, 30))))
                .contains(LocalDate.of(2016, 1, 3));
        assertThat(SourceInference.nearestYear(MonthDay.of(11, 18),
                List.of(LocalDate.of(2015, 10, 21), LocalDate.of(2017, 11, 21)))).contains(LocalDate.of(2017, 11, 18));
        assertThat(SourceInference.nearestYear(MonthDay.of(2, 29), List.of(LocalDate.of(2015, 3, 1))))
                .contains(LocalDate.of(2016, 2, 29));
        assertThat(SourceInference.nearestYear(MonthDay.of(5, 5), List.of())).isEmpty();
    }
}

package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Speaker;
import org.parallax.model.TimeMention;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;
import org.parallax.testing.FloodCorpus;

/** A corpus's lookup carries what the views read, made once: the listed order and each article's findings. */
class CorpusLookupTest {

    private static final Quote LATE = new Quote("q3", FloodCorpus.span(FloodCorpus.LEDGER, "the old town"),
            "the old town", null, QuoteKind.PARTIAL);
    private static final QuoteCluster CLUSTER = new QuoteCluster("qc1", new Speaker("Inés Muñoz"), List.of(
            new Variant(FloodCorpus.MUNOZ.id(), Verdict.VERBATIM, new Speaker("Inés Muñoz"), false),
            new Variant(LATE.id(), Verdict.PARTIAL, new Speaker("Inés Muñoz"), true)));
    private static final Corpus CORPUS = FloodCorpus.CORPUS
            .withQuotes(List.of(FloodCorpus.MUNOZ, FloodCorpus.HALE, LATE)).withQuoteClusters(List.of(CLUSTER));

    private final CorpusLookup lookup = CorpusLookup.of(CORPUS);

    @Test
    void carriesTheArticlesInTheListsOrder() {
        Corpus generated = Corpus.of(ArticleOrderTest.generated(7, 200));
        assertThat(CorpusLookup.of(generated).listed())
                .containsExactlyElementsOf(ArticleOrder.listed(generated.articles())).isNotEqualTo(generated.articles());
        assertThat(lookup.articles()).containsExactlyEntriesOf(CORPUS.articlesById());
    }

    @Test
    void carriesEachArticlesTimexesAndQuotesInTheCorpusOrder() {
        List<TimeMention> ledger = CORPUS.timexes().stream()
                .filter(t -> t.span().articleId().equals(FloodCorpus.LEDGER.id())).toList();
        assertThat(lookup.timexesOf(FloodCorpus.LEDGER.id())).hasSize(2).containsExactlyElementsOf(ledger);
        assertThat(lookup.timexesOf("no such article")).isEmpty();
        assertThat(lookup.quotesByArticle()).containsOnlyKeys(FloodCorpus.LEDGER.id(), FloodCorpus.HERALD.id());
        assertThat(lookup.quotesByArticle().keySet()).containsExactly(FloodCorpus.LEDGER.id(), FloodCorpus.HERALD.id());
        assertThat(lookup.quotesByArticle().get(FloodCorpus.LEDGER.id())).containsExactly(FloodCorpus.MUNOZ, LATE);
        assertThat(lookup.quotes()).containsEntry(LATE.id(), LATE).hasSize(3);
    }

    @Test
    void carriesEachQuotesClusterAndEachEventsHappenings() {
        assertThat(lookup.clusterOf(LATE.id())).isSameAs(CLUSTER);
        assertThat(lookup.memberOf(LATE.id())).isEqualTo(CLUSTER.members().get(1));
        assertThat(lookup.clusterOf(FloodCorpus.HALE.id())).isNull();
        Happening burst = new Happening("h1", "burst", "burst", "2024-11-04", List.of(FloodCorpus.LEDGER_FLOOD),
                List.of(FloodCorpus.FLOOD.id()));
        Happening left = new Happening("h2", "left", "leave", "2024-11-05", List.of(FloodCorpus.HERALD_EVAC),
                List.of(FloodCorpus.EVACUATION.id(), FloodCorpus.FLOOD.id()));
        CorpusLookup telling = CorpusLookup.of(CORPUS.withCoverages(List.of(new Coverage("c1", "floods",
                List.of(FloodCorpus.LEDGER.id(), FloodCorpus.HERALD.id()), List.of(burst, left)))));
        assertThat(telling.happeningsOf(FloodCorpus.FLOOD.id())).containsExactly(burst, left);
        assertThat(telling.happeningsOf(FloodCorpus.EVACUATION.id())).containsExactly(left);
        assertThat(telling.happeningsOf(FloodCorpus.INQUIRY.id())).isEmpty();
        assertThat(telling.onTimeline(FloodCorpus.POST.id())).isTrue();
        assertThat(telling.onTimeline("no such article")).isFalse();
    }

    @Test
    void aKnownLookupIsKeptForItsCorpusOnly() {
        assertThat(CorpusLookup.of(CORPUS, lookup)).isSameAs(lookup);
        Corpus other = CORPUS.withEvents(List.of());
        assertThat(CorpusLookup.of(other, lookup)).isNotSameAs(lookup).extracting(CorpusLookup::corpus).isSameAs(other);
    }
}

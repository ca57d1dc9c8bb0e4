package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Corpus;
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
    void carriesEachQuotesClusterAndTheEventsQuotes() {
        assertThat(lookup.clusterOf(LATE.id())).isSameAs(CLUSTER);
        assertThat(lookup.memberOf(LATE.id())).isEqualTo(CLUSTER.members().get(1));
        assertThat(lookup.clusterOf(FloodCorpus.HALE.id())).isNull();
        EventQuotes direct = EventQuotes.of(CORPUS.events(), CORPUS.quotes());
        for (var event : CORPUS.events()) {
            assertThat(lookup.eventQuotes().quotes(event)).as(event.id()).isEqualTo(direct.quotes(event));
        }
        assertThat(lookup.eventQuotes().quotes(FloodCorpus.FLOOD)).contains(LATE);
    }

    @Test
    void aKnownLookupIsKeptForItsCorpusOnly() {
        assertThat(CorpusLookup.of(CORPUS, lookup)).isSameAs(lookup);
        Corpus other = CORPUS.withEvents(List.of());
        assertThat(CorpusLookup.of(other, lookup)).isNotSameAs(lookup).extracting(CorpusLookup::corpus).isSameAs(other);
    }
}

package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.search.CorpusSearch.Hit;
import org.parallax.ui.search.CorpusSearch.Kind;

class CorpusSearchTest {

    private final CorpusSearch search = CorpusSearch.of(FloodCorpus.CORPUS);

    @Test
    void foldsCaseAndAccents() {
        assertThat(CorpusSearch.fold("Señora PÉREZ Ünal")).isEqualTo("senora perez unal");
    }

    @Test
    void aSpeakersNameFindsTheirQuoteWithAccentsOrWithout() {
        for (String q : List.of("munoz", "MUÑOZ", "ines munoz")) {
            List<Hit> quotes = search.find(q, 10).stream().filter(h -> h.kind() == Kind.QUOTE).toList();
            assertThat(quotes).as(q).singleElement().satisfies(h -> {
                assertThat(h.text()).isEqualTo("Inés Muñoz: \u201cWe were not warned,\u201d");
                assertThat(h.article()).isEqualTo(FloodCorpus.LEDGER);
                assertThat(h.span()).isEqualTo(FloodCorpus.MUNOZ.span());
                assertThat(h.event()).isNull(); // said in a paragraph of its own, no event's sentence
            });
        }
    }

    @Test
    void eventsComeFirstInDateOrderThenQuotesThenArticles() {
        List<Hit> hits = search.find("dam", 10);
        assertThat(hits).extracting(Hit::kind).containsExactly(Kind.EVENT, Kind.QUOTE, Kind.ARTICLE, Kind.ARTICLE);
        assertThat(hits.get(0).event()).isEqualTo(FloodCorpus.INQUIRY);
        assertThat(hits.get(0).context()).isEqualTo("3 March 2025 · 1 outlet");
        assertThat(hits.get(1).event()).isEqualTo(FloodCorpus.EVACUATION); // Hale spoke in the evacuation's sentence
    }

    @Test
    void anArticleHitPointsAtTheMatchInItsText() {
        Hit hit = search.find("OLD town", 10).stream().filter(h -> h.kind() == Kind.ARTICLE)
                .filter(h -> h.article() == FloodCorpus.HERALD).findFirst().orElseThrow();
        assertThat(hit.article().textOf(hit.span())).isEqualTo("old town");
        assertThat(hit.context()).contains("reached the old town on Monday");
        // words apart: the first word is what is shown
        Hit apart = search.find("monday floodwater", 10).stream().filter(h -> h.kind() == Kind.ARTICLE)
                .filter(h -> h.article() == FloodCorpus.HERALD).findFirst().orElseThrow();
        assertThat(apart.article().textOf(apart.span())).isEqualTo("Monday");
    }

    @Test
    void everyWordMustAppearAndBlankFindsNothing() {
        assertThat(search.find("ebro inquiry", 10)).extracting(Hit::kind).isEmpty();
        assertThat(search.find("   ", 10)).isEmpty();
        assertThat(search.find("ebro banks", 10)).extracting(Hit::kind).contains(Kind.EVENT);
    }

    @Test
    void capsHitsPerKind() {
        assertThat(search.find("the", 1)).extracting(Hit::kind).containsExactly(Kind.EVENT, Kind.QUOTE, Kind.ARTICLE);
    }

    @Test
    void findsAccentedTextFromPlainQueriesAtTheRightOffsets() {
        Hit hit = search.find("munoz said", 10).stream().filter(h -> h.kind() == Kind.ARTICLE)
                .filter(h -> h.article() == FloodCorpus.HERALD).findFirst().orElseThrow();
        assertThat(hit.article().textOf(hit.span())).isEqualTo("Muñoz said");
    }
}

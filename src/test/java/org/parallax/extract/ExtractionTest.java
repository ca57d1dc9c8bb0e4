package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;

class ExtractionTest {

    private static Article article(String id, String text, LocalDate published) {
        return new Article(id, id + ".txt", null, null, published,
                published == null ? DateSource.UNKNOWN : DateSource.MANIFEST, null, text, null);
    }

    @Test
    void fillsTimexesOfEveryArticleInArticleOrder() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(article(String.format("a%02d", i), "The port reopened on Monday, " + i + " days after the storm.",
                    LocalDate.of(2015, 10, 21)));
        }
        Corpus out = Extraction.standard().extract(Corpus.of(articles));
        assertThat(out.articles()).isEqualTo(articles);
        assertThat(out.timexes()).extracting(m -> m.span().articleId())
                .containsSubsequence("a00", "a01", "a29")
                .isSortedAccordingTo(String::compareTo);
        assertThat(out.timexes()).filteredOn(m -> m.text().equals("Monday")).hasSize(30)
                .allSatisfy(m -> assertThat(m.value()).isEqualTo("2015-10-19"));
    }

    @Test
    void extractorsShareOneAnalysisAndAddToTheSameFindings() {
        Extraction.ArticleExtractor first = (a, text, out) ->
                out.timexes().add(new TimeMention(new Span(a.id(), 0, 3), a.text().substring(0, 3), TimexType.DATE,
                        "PRESENT_REF"));
        Extraction.ArticleExtractor second = (a, text, out) -> {
            assertThat(out.timexes()).hasSize(1); // sees what the first one found
            assertThat(text.sentences()).hasSize(2);
        };
        Extraction e = new Extraction(TextAnalyser.shared(), List.of(first, second));
        Corpus out = e.extract(Corpus.of(List.of(article("x", "Now it rains. Later it snows.", null))));
        assertThat(out.timexes()).singleElement().extracting(TimeMention::text).isEqualTo("Now");
    }

    @Test
    void corpusExtractorsGetTheSameAnalysesInArticleOrder() {
        java.util.Map<String, AnalysedText> seen = new java.util.concurrent.ConcurrentHashMap<>();
        Extraction.ArticleExtractor record = (a, text, out) -> seen.put(a.id(), text);
        List<AnalysedText> handed = new ArrayList<>();
        Extraction.CorpusExtractor corpusWide = (corpus, texts, out) -> handed.addAll(texts);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article("a" + i, "Article " + i + " says so. It ends.", null));
        }

        new Extraction(TextAnalyser.shared(), List.of(record), List.of(corpusWide)).extract(Corpus.of(articles));

        assertThat(handed).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(handed.get(i)).isSameAs(seen.get("a" + i));
            assertThat(handed.get(i).text()).isEqualTo(articles.get(i).text());
        }
    }

    @Test
    void anEmptyCorpusStaysEmpty() {
        assertThat(Extraction.standard().extract(Corpus.EMPTY).timexes()).isEmpty();
    }
}

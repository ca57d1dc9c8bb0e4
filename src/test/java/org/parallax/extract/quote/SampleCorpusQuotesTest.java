package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

/** The acceptance test of issue 3 for quotes and speakers, on the bundled sample corpus. */
class SampleCorpusQuotesTest {

    private static Corpus corpus;
    private static List<Quote> quotes;

    @BeforeAll
    static void extract() {
        corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        quotes = new QuoteExtractor().extract(corpus);
    }

    private static Quote quote(String articlePrefix, String textStart) {
        List<Quote> found = quotes.stream()
                .filter(q -> q.articleId().startsWith(articlePrefix) && q.text().startsWith(textStart)).toList();
        assertThat(found).as("quotes of %s starting %s", articlePrefix, textStart).hasSize(1);
        return found.get(0);
    }

    private static void said(String article, String textStart, String speaker, QuoteKind kind) {
        Quote q = quote(article, textStart);
        assertThat(q.speaker()).as("speaker of %s", textStart).isNotNull();
        assertThat(q.speaker().name()).as("speaker of %s", textStart).isEqualTo(speaker);
        assertThat(q.kind()).as("kind of %s", textStart).isEqualTo(kind);
    }

    @Test
    void assadThanksPutinIn000() {
        said("000", "First of all I wanted to express my huge gratitude", "Bashar al-Assad", QuoteKind.DIRECT);
        said("000", "If it was not for your actions", "Bashar al-Assad", QuoteKind.DIRECT);
    }

    @Test
    void putinAndPeskovIn002() {
        said("002", "We are ready to do what we can", "Vladimir Putin", QuoteKind.DIRECT);
        said("002", "Naturally, the questions", "Dmitry Peskov", QuoteKind.DIRECT);
        Quote longTalks = quote("002", "the talks were quite long");
        assertThat(longTalks.speaker().name()).isEqualTo("Dmitry Peskov");
        assertThat(longTalks.kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void brentonIn001() {
        said("001", "Putin wants to be seen talking to Assad", "Tony Brenton", QuoteKind.DIRECT);
    }

    @Test
    void sochiIn003() {
        said("003", "Welcome to Sochi", "Vladimir Putin", QuoteKind.DIRECT);
        said("003", "I would like to underline the effort", "Bashar al-Assad", QuoteKind.DIRECT);
    }

    @Test
    void partialQuoteIn001() {
        said("001", "almost on their own", "Vladimir Putin", QuoteKind.PARTIAL);
    }

    @Test
    void scareQuotesAreNoQuotes() {
        assertThat(quotes).extracting(Quote::text)
                .doesNotContain("terrorist", "terrorism", "de-escalation zones");
    }

    @Test
    void theQuoteOverThreeParagraphsIn003IsOneSpeakersThreePieces() {
        Quote first = quote("003", "I am very glad to have this opportunity");
        Quote second = quote("003", "Over this period, we have achieved");
        Quote third = quote("003", "It should be acknowledged");
        assertThat(List.of(first, second, third)).allSatisfy(q -> {
            assertThat(q.speaker().name()).isEqualTo("Bashar al-Assad");
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.text()).doesNotContain("\n");
        });
        assertThat(third.text()).endsWith("independence");
    }

    @Test
    void noQuoteAppearsTwice() {
        assertThat(quotes).extracting(Quote::span).doesNotHaveDuplicates();
        assertThat(quotes).extracting(Quote::id).doesNotHaveDuplicates();
        Map<String, List<Quote>> byArticle = quotes.stream().collect(Collectors.groupingBy(Quote::articleId));
        byArticle.forEach((id, qs) -> assertThat(qs).extracting(q -> q.kind() + q.text()).doesNotHaveDuplicates());
    }

    @Test
    void everySpanIsItsText() {
        Map<String, Article> articles = corpus.articlesById();
        assertThat(quotes).isNotEmpty().allSatisfy(q ->
                assertThat(articles.get(q.articleId()).textOf(q.span())).isEqualTo(q.text()));
    }

    @Test
    void speakersAreCanonicalFullNames() {
        assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .doesNotContain("Putin", "Assad", "Bashar Assad", "Peskov", "Sir Tony Brenton", "Mr Putin");
    }
}

package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;

/** Speaker rules that need more than a fixture article: the article's own outlet, and how far a typo join goes. */
class SpeakerRulesTest {

    @Test
    void theOutletTellingTheStoryIsNoSpeakerOfIt() {
        Article a = new Article("a", "a.txt", new Outlet("Harbour Gazette"), "", null, null, "",
                "Harbour Gazette reported that the ferry would stop running in May.\n\n"
                        + "Mayor Lena Holt said that the town would find another operator.", List.of());
        List<Quote> quotes = new QuoteExtractor().extract(a);
        assertThat(quotes).extracting(QuoteFixturesTest::describe).containsExactly(
                "indirect | - | the ferry would stop running in May",
                "indirect | Lena Holt | the town would find another operator");
    }

    @Test
    void aSpellingTheCorpusUsesAsOftenAsAnotherIsNoTypo() {
        Article a = QuoteFixturesTest.article("a", "The carmaker Chrysler said sales fell. Chrysler shares fell too.\n\n"
                + "The insurer Chrysner said claims rose. Chrysner shares rose.");
        List<Quote> quotes = new QuoteExtractor().extract(Corpus.of(List.of(a)));
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Chrysler", "Chrysner");
    }
}

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.EventQuotes.Relevance;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

class EventQuotesTest {

    private static Quote quote(String id, String article, int start, int end) {
        return new Quote(id, new Span(article, start, end), "x".repeat(end - start), new Speaker("S " + id),
                QuoteKind.DIRECT);
    }

    @Test
    void aQuoteBelongsToEveryEventWhoseMentionItOverlapsInTheCorpusOrder() {
        Event a = new Event("a", "A", "2020-01-01", null, List.of(new Span("p", 100, 200), new Span("q", 0, 50)));
        Event b = new Event("b", "B", "2020-01-02", null, List.of(new Span("p", 190, 300)));
        Quote longBefore = quote("long", "p", 10, 120);   // starts long before a's mention, reaches into it
        Quote inside = quote("in", "p", 150, 160);
        Quote straddle = quote("both", "p", 195, 210);    // in a and b
        Quote touching = quote("touch", "p", 300, 310);   // starts where b ends: not in it
        Quote other = quote("other", "q", 10, 20);
        Quote elsewhere = quote("none", "r", 0, 5);
        EventQuotes index = EventQuotes.of(List.of(a, b),
                List.of(touching, straddle, inside, longBefore, other, elsewhere));
        // listed as the corpus lists them, as the event detail shows them
        assertThat(index.quotes(a)).extracting(Quote::id).containsExactly("both", "in", "long", "other");
        assertThat(index.quotes(b)).extracting(Quote::id).containsExactly("both");
        assertThat(index.count(b)).isEqualTo(1);
        assertThat(index.eventOf(straddle)).contains("a");
        assertThat(index.eventOf(elsewhere)).isEmpty();
        assertThat(EventQuotes.EMPTY.quotes(a)).isEmpty();
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", Outlet.of(id.toUpperCase()), "", null, DateSource.UNKNOWN, "", text,
                List.of());
    }

    @Test
    void forComparisonAQuoteReachesTheParagraphOfTheEventsSentenceElseTheArticlesThatReportIt() {
        String text = "The dam broke on Monday. \"We ran,\" she said.\n\n\"Never again,\" he said. Rain fell.";
        Article p = article("p", text);
        Article r = article("r", text);
        Map<String, Article> articles = Map.of("p", p, "r", r);
        Span broke = new Span("p", 0, text.indexOf('.') + 1);
        Quote ran = new Quote("ran", new Span("p", text.indexOf("We"), text.indexOf("ran,") + 4), "We ran,",
                null, QuoteKind.DIRECT);
        Quote never = new Quote("never", new Span("p", text.indexOf("Never"), text.indexOf("again,") + 6),
                "Never again,", null, QuoteKind.DIRECT);
        Quote neverR = new Quote("never-r", new Span("r", never.span().start(), never.span().end()), "Never again,",
                null, QuoteKind.DIRECT);
        Event once = new Event("e", "The dam breaks", "2020-01-06", null, List.of(broke));
        Event twice = new Event("e2", "The dam breaks", "2020-01-06", null,
                List.of(broke, new Span("r", broke.start(), broke.end())));
        // not in the sentence, but in its paragraph
        assertThat(EventQuotes.of(List.of(once), List.of(ran)).quotes(once)).isEmpty();
        assertThat(EventQuotes.relevance(once, List.of(ran), articles)).isEqualTo(Relevance.IN_EVENT_PARAGRAPH);
        // another paragraph of the one reporting article
        assertThat(EventQuotes.relevance(once, List.of(never), articles)).isEqualTo(Relevance.NONE);
        // another paragraph, but both reporting articles carry it
        assertThat(EventQuotes.relevance(twice, List.of(never, neverR), articles)).isEqualTo(Relevance.SAME_ARTICLES);
        assertThat(EventQuotes.reach(List.of(Relevance.SAME_ARTICLES, Relevance.IN_EVENT_PARAGRAPH)))
                .isEqualTo(Relevance.IN_EVENT_PARAGRAPH);
        assertThat(EventQuotes.reach(List.of(Relevance.SAME_ARTICLES, Relevance.NONE)))
                .isEqualTo(Relevance.SAME_ARTICLES);
        assertThat(EventQuotes.reach(List.of())).isEqualTo(Relevance.SAME_ARTICLES);
    }
}

package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

class EventQuotesTest {

    private static Quote quote(String id, String article, int start, int end) {
        return new Quote(id, new Span(article, start, end), "x".repeat(end - start), new Speaker("S " + id), QuoteKind.DIRECT);
    }

    @Test
    void aQuoteBelongsToEveryEventWhoseMentionItOverlaps() {
        Event a = new Event("a", "A", "2020-01-01", null, List.of(new Span("p", 100, 200), new Span("q", 0, 50)));
        Event b = new Event("b", "B", "2020-01-02", null, List.of(new Span("p", 190, 300)));
        Quote longBefore = quote("long", "p", 10, 120);   // starts long before a's mention, reaches into it
        Quote inside = quote("in", "p", 150, 160);
        Quote straddle = quote("both", "p", 195, 210);    // in a and b
        Quote touching = quote("touch", "p", 300, 310);   // starts where b ends: not in it
        Quote other = quote("other", "q", 10, 20);
        Quote elsewhere = quote("none", "r", 0, 5);
        EventQuotes index = EventQuotes.of(List.of(a, b), List.of(touching, straddle, inside, longBefore, other, elsewhere));
        assertThat(index.quotes(a)).extracting(Quote::id).containsExactly("long", "in", "both", "other");
        assertThat(index.quotes(b)).extracting(Quote::id).containsExactly("both");
        assertThat(index.count(b)).isEqualTo(1);
        assertThat(index.eventOf(straddle)).contains("a");
        assertThat(index.eventOf(elsewhere)).isEmpty();
    }

    @Test
    void quoteCountsReachTheDataAndItsDescription() {
        Event a = new Event("a", "Talks held", "2020-01-01", null, List.of(new Span("p", 0, 100)));
        TimelineData data = TimelineData.build(List.of(a), List.of(), List.of(), List.of(), LaneMode.OUTLET,
                EventQuotes.of(List.of(a), List.of(quote("1", "p", 1, 5), quote("2", "p", 10, 20))));
        assertThat(data.quoteCount(0)).isEqualTo(2);
        assertThat(data.describe(0)).isEqualTo("Talks held, 1 January 2020, 0 outlets, 2 quotes");
    }
}

package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

/** The quotes of an event (compare's rule) reach the timeline's data and its description. */
class TimelineQuoteCountTest {

    private static Quote quote(String id, int start, int end) {
        return new Quote(id, new Span("p", start, end), "x".repeat(end - start), new Speaker("S " + id),
                QuoteKind.DIRECT);
    }

    @Test
    void quoteCountsReachTheDataAndItsDescription() {
        Event a = new Event("a", "Talks held", "2020-01-01", null, List.of(new Span("p", 0, 100)));
        TimelineData data = TimelineData.build(List.of(a), List.of(), List.of(), List.of(), LaneMode.OUTLET,
                EventQuotes.of(List.of(a), List.of(quote("1", 1, 5), quote("2", 10, 20))));
        assertThat(data.quoteCount(0)).isEqualTo(2);
        assertThat(data.describe(0)).isEqualTo("Talks held, 1 January 2020, 0 outlets, 2 quotes");
    }
}

package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/** The event detail's words for a date read from a quote's speech day, the date named before or an event's day. */
class DatedByTest {

    private static Event event(String date) {
        return new Event("e1", "Harbour reopened", date, null, List.of(new Span("a", 100, 160)));
    }

    private static TimeMention today(String value, TimeAnchor anchor) {
        return new TimeMention(new Span("a", 120, 125), "today", TimexType.DATE, value, null, anchor);
    }

    @Test
    void aQuotedTodayIsTheDayOfTheSpeech() {
        assertThat(DatedBy.text(event("2021-06-07"), List.of(today("2021-06-07", TimeAnchor.SPEECH))))
                .hasValueSatisfying(t -> assertThat(t).startsWith("Dated by ‘today’ in a quote").contains("speech"));
    }

    @Test
    void aDateCountedFromTheOneBeforeSaysSo() {
        assertThat(DatedBy.text(event("2021-06-07"), List.of(today("2021-06-07T14:00", TimeAnchor.PREVIOUS_DATE))))
                .hasValue("Dated by ‘today’: counted from the date the article named before");
    }

    @Test
    void aDateCountedFromAnEventSaysSo() {
        TimeMention dayBefore = new TimeMention(new Span("a", 110, 139), "the day before the vote", TimexType.DATE,
                "2021-03-02", null, TimeAnchor.EVENT);
        assertThat(DatedBy.text(event("2021-03-02"), List.of(dayBefore)))
                .hasValue("Dated by ‘the day before the vote’: counted from the day the article gives that event");
    }

    @Test
    void publicationDatesOtherDatesAndOtherSentencesSayNothing() {
        assertThat(DatedBy.text(event("2021-06-07"), List.of(today("2021-06-07", TimeAnchor.PUBLICATION)))).isEmpty();
        assertThat(DatedBy.text(event("2021-06-07"), List.of(today("2021-06-08", TimeAnchor.SPEECH)))).isEmpty();
        TimeMention elsewhere = new TimeMention(new Span("a", 300, 305), "today", TimexType.DATE, "2021-06-07",
                null, TimeAnchor.SPEECH);
        assertThat(DatedBy.text(event("2021-06-07"), List.of(elsewhere))).isEmpty();
    }
}

package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;
import org.parallax.model.TimexType;

/** Which modifier an event's date carries, from the dates in its sentences. */
class EventModsTest {

    private static Event event(String date, String... articles) {
        return new Event("e", "Pier opened", date, null,
                java.util.Arrays.stream(articles).map(a -> new Span(a, 0, 100)).toList());
    }

    private static TimeMention date(String article, int start, String text, String value, TimexMod mod) {
        return new TimeMention(new Span(article, start, start + text.length()), text, TimexType.DATE, value, mod, null);
    }

    @Test
    void aPositionInThePeriodStandsBesideAPlainMentionOfIt() {
        EventMods mods = EventMods.of(List.of(date("a", 10, "early 2011", "2011", TimexMod.START),
                date("b", 10, "2011", "2011", null)));
        assertThat(mods.of(event("2011", "a", "b"))).isEqualTo(TimexMod.START);
        assertThat(mods.of(event("2011", "b"))).isNull();
    }

    @Test
    void anOutletThatGivesThePlainDateKnowsIt() {
        EventMods mods = EventMods.of(List.of(date("a", 10, "about two years ago", "2019", TimexMod.APPROX),
                date("b", 10, "2019", "2019", null)));
        assertThat(mods.of(event("2019", "a"))).isEqualTo(TimexMod.APPROX);
        assertThat(mods.of(event("2019", "a", "b"))).isNull();
    }

    @Test
    void outletsThatWordItDifferentlyLeaveItPlain() {
        EventMods mods = EventMods.of(List.of(date("a", 10, "early 2011", "2011", TimexMod.START),
                date("b", 10, "late 2011", "2011", TimexMod.END)));
        assertThat(mods.of(event("2011", "a", "b"))).isNull();
    }

    @Test
    void onlyDatesInTheEventsSentencesWithItsValueCount() {
        EventMods mods = EventMods.of(List.of(date("a", 200, "early 2011", "2011", TimexMod.START),
                date("b", 10, "late 2012", "2012", TimexMod.END)));
        assertThat(mods.of(event("2011", "a"))).as("outside the sentence").isNull();
        assertThat(mods.of(event("2011", "b"))).as("another value").isNull();
        Event range = new Event("r", "Works", "2012", null, List.of(new Span("b", 0, 100)), false, "2014", List.of());
        assertThat(mods.of(range)).as("a stated range is drawn as written").isNull();
        assertThat(EventMods.of(List.of(date("a", 10, "2011", "2011", null)))).isSameAs(EventMods.NONE);
    }
}

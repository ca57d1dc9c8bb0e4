package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.Story;

/** What the chart resolves from the model, without a toolkit: order, lanes, eras, undated items, descriptions. */
class TimelineDataTest {

    private static Article article(String id, String outlet, LocalDate date) {
        return new Article(id, id + ".txt", Outlet.of(outlet), "", date, date == null ? null : DateSource.MANIFEST, "",
                "text", List.of());
    }

    private static final List<Article> ARTICLES = List.of(article("a", "Sputnik", LocalDate.of(2015, 10, 21)),
            article("b", "Rise News", LocalDate.of(2015, 10, 21)), article("c", "The Daily", LocalDate.of(2015, 10, 21)),
            article("d", "Undated Post", null));

    private static final List<Event> EVENTS = List.of(
            new Event("talks", "Assad and Putin hold talks in Moscow", "2015-10-20TEV", "s1",
                    List.of(new Span("a", 0, 1), new Span("b", 0, 1), new Span("c", 0, 1))),
            new Event("uprising", "The uprising began", "2011", null, List.of(new Span("b", 0, 1)), true),
            new Event("announce", "The visit was announced", "2015-10-21", "s1", List.of(new Span("a", 0, 1))),
            new Event("someday", "Something at some point", "PRESENT_REF", null, List.of(new Span("c", 0, 1))),
            new Event("sochi", "Talks in Sochi", "2017-11-20", "s2", List.of(new Span("c", 0, 1))));

    private static final List<Story> STORIES = List.of(new Story("s1", "Moscow, October 2015", "2015-10-20", "2015-10-23"),
            new Story("s2", "Sochi talks, November 2017", "2017-11-18", "2017-12"));

    private static final List<Outlet> OUTLETS = List.of(Outlet.of("Rise News"), Outlet.of("Sputnik"), Outlet.of("The Daily"));

    @Test
    void eventsInTimeOrderWithOutletLanesAndUndatedItemsApart() {
        TimelineData data = TimelineData.build(EVENTS, STORIES, ARTICLES, OUTLETS, LaneMode.OUTLET);
        assertThat(data.events()).extracting(Event::id).containsExactly("uprising", "talks", "announce", "sochi");
        assertThat(data.undatedEvents()).extracting(Event::id).containsExactly("someday");
        assertThat(data.undatedArticles()).extracting(Article::id).containsExactly("d");
        assertThat(data.lanes()).extracting(TimelineData.Lane::label).containsExactly("Rise News", "Sputnik", "The Daily");
        assertThat(data.lanes().get(1).events()).containsExactly(1, 2); // Sputnik: talks, announce
        assertThat(data.eras()).hasSize(2);
        assertThat(data.outletCount(0, 4)).isEqualTo(3);
        assertThat(data.allBackground(0, 1)).isTrue();
        assertThat(data.allBackground(0, 2)).isFalse();
        assertThat(data.describe(1)).isEqualTo("Assad and Putin hold talks in Moscow, 20 October 2015, evening, 3 outlets");
        assertThat(data.describe(0)).isEqualTo("The uprising began, 2011, 1 outlet, background");
    }

    @Test
    void anEventWithAStatedRangeSpansItAsOneBar() {
        Event hunt = new Event("hunt", "Police hunt the gang", "2016", null, List.of(new Span("a", 0, 1)), true, "2018",
                List.of());
        TimelineData data = TimelineData.build(List.of(hunt, EVENTS.get(0)), List.of(), ARTICLES, OUTLETS,
                LaneMode.OUTLET);
        int i = data.indexOf(hunt);
        assertThat(data.isRange(i)).isTrue();
        assertThat(data.isRange(data.indexOf(EVENTS.get(0)))).isFalse();
        assertThat(data.range(i).start()).isEqualTo(java.time.LocalDate.of(2016, 1, 1).toEpochDay());
        assertThat(data.range(i).end()).isEqualTo(java.time.LocalDate.of(2019, 1, 1).toEpochDay());
    }

    @Test
    void aRoughDateIsMarkedInThePartOfItsPeriodItPointsToAndSaysSo() {
        Event pier = new Event("pier", "Work on the pier starts", "2011", null, List.of(new Span("a", 0, 40)), true);
        Event june = new Event("june", "Ferries ordered", "2011-06", null, List.of(new Span("b", 0, 40)), true);
        Event late = new Event("late", "Ferry delivered", "2011", null, List.of(new Span("c", 0, 40)), true);
        EventMods mods = EventMods.of(List.of(
                new org.parallax.model.TimeMention(new Span("a", 20, 30), "early 2011",
                        org.parallax.model.TimexType.DATE, "2011", org.parallax.model.TimexMod.START, null),
                new org.parallax.model.TimeMention(new Span("c", 20, 33), "the end of 2011",
                        org.parallax.model.TimexType.DATE, "2011", org.parallax.model.TimexMod.END, null)));
        TimelineData data = TimelineData.build(List.of(late, june, pier), List.of(), ARTICLES, OUTLETS,
                LaneMode.OUTLET, org.parallax.compare.event.EventQuotes.EMPTY, mods);
        assertThat(data.events()).extracting(Event::id).containsExactly("pier", "june", "late");
        double jan1 = LocalDate.of(2011, 1, 1).toEpochDay();
        double dec31 = LocalDate.of(2012, 1, 1).toEpochDay();
        assertThat(data.mod(0)).isEqualTo(org.parallax.model.TimexMod.START);
        assertThat(data.range(0)).isEqualTo(new org.parallax.chart.timeline.scale.DayRange(jan1, dec31));
        assertThat(data.fuzzyRange(0).start()).isEqualTo(jan1);
        assertThat(data.fuzzyRange(0).end()).isCloseTo(jan1 + 365 / 3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(data.anchor(0)).isLessThan(LocalDate.of(2011, 4, 1).toEpochDay());
        assertThat(data.anchor(2)).isGreaterThan(LocalDate.of(2011, 10, 1).toEpochDay());
        assertThat(data.mod(1)).isNull();
        assertThat(data.fuzzyRange(1)).isNull();
        assertThat(data.anchor(1)).isEqualTo(data.range(1).middle());
        assertThat(data.describe(0)).isEqualTo("Work on the pier starts, early in 2011, 1 outlet, background");
        assertThat(data.dateText(2)).isEqualTo("late in 2011");
        assertThat(TimelineData.build(List.of(late, june, pier), List.of(), ARTICLES, OUTLETS, LaneMode.OUTLET)
                .mod(0)).as("built without the dates: plain").isNull();
    }

    @Test
    void roughDatesInWords() {
        assertThat(DateTexts.of("2011", org.parallax.model.TimexMod.START)).isEqualTo("early in 2011");
        assertThat(DateTexts.of("2015-10-20", org.parallax.model.TimexMod.END)).isEqualTo("late on 20 October 2015");
        assertThat(DateTexts.of("2011-06", org.parallax.model.TimexMod.MID)).isEqualTo("in the middle of June 2011");
        assertThat(DateTexts.of("198", org.parallax.model.TimexMod.APPROX)).isEqualTo("about the 1980s");
        assertThat(DateTexts.of("2019", org.parallax.model.TimexMod.MORE_THAN)).isEqualTo("roughly 2019");
        assertThat(DateTexts.of("2019", org.parallax.model.TimexMod.BEFORE)).isEqualTo("before 2019");
        assertThat(DateTexts.of("2019", null)).isEqualTo("2019");
        assertThat(DateTexts.of("P3W", org.parallax.model.TimexMod.APPROX)).isEqualTo("undated");
    }

    @Test
    void hiddenOutletsHaveNoLaneAndStoryModeHasOneLanePerStory() {
        TimelineData data = TimelineData.build(EVENTS, STORIES, ARTICLES, OUTLETS.subList(0, 2), LaneMode.OUTLET);
        assertThat(data.lanes()).extracting(TimelineData.Lane::label).containsExactly("Rise News", "Sputnik");
        TimelineData stories = TimelineData.build(EVENTS, STORIES, ARTICLES, OUTLETS, LaneMode.STORY);
        assertThat(stories.lanes()).extracting(TimelineData.Lane::label)
                .containsExactly("Moscow, October 2015", "Sochi talks, November 2017", "No story");
        assertThat(stories.lanes().get(0).events()).containsExactly(1, 2);
    }

    @Test
    void collapsedTimeBringsBothVisitsTogether() {
        TimelineData data = TimelineData.build(EVENTS, STORIES, ARTICLES, OUTLETS, LaneMode.OUTLET);
        var collapsed = data.collapsed();
        double moscow = LocalDate.of(2015, 10, 20).toEpochDay();
        double sochi = LocalDate.of(2017, 11, 20).toEpochDay();
        assertThat(sochi - moscow).isGreaterThan(700);
        assertThat(collapsed.toPosition(sochi) - collapsed.toPosition(moscow)).isLessThan(20);
    }

    @Test
    void datesReadAsPeopleSayThem() {
        assertThat(TimelineData.dateText("2015-10-20")).isEqualTo("20 October 2015");
        assertThat(TimelineData.dateText("2015-10")).isEqualTo("October 2015");
        assertThat(TimelineData.dateText("198")).isEqualTo("the 1980s");
        assertThat(TimelineData.dateText("2015-W43")).isEqualTo("week of 19 October 2015");
        assertThat(TimelineData.dateText("2015-10-20T14:00")).isEqualTo("20 October 2015, 14:00");
        assertThat(TimelineData.dateText("P3W")).isEqualTo("undated");
    }
}

package org.parallax.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.compare.Articles;
import org.parallax.compare.Comparison;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Story;

/** Episodes from made-up corpora, none from the sample. */
class StoryBuilderTest {

    private static Corpus twoSummits() {
        return new Articles()
                .add("g1", "Wire", "2019-03-05", "Leaders met in Geneva on [[Monday|2019-03-04]] to discuss the ceasefire. "
                        + "The talks in Geneva ended on [[Tuesday|2019-03-05]] without an agreement.")
                .add("g2", "Daily", "2019-03-06", "The Geneva talks opened on [[Monday|2019-03-04]] with a handshake. "
                        + "Delegates will return to Geneva on [[March 20|2019-03-20]].")
                .add("h1", "Wire", "2021-09-15", "The summit in Helsinki began on [[Tuesday|2021-09-14]]. "
                        + "Both sides signed a trade accord in Helsinki on [[Wednesday|2021-09-15]]. "
                        + "The two governments first met in [[2019|2019]].")
                .corpus();
    }

    @Test
    void twoEpisodesYearsApartAreTwoStoriesNamedByPlace() {
        Corpus c = new Comparison().compare(twoSummits());
        assertThat(c.stories()).extracting(Story::label)
                .containsExactly("Geneva talks, March 2019", "Helsinki talks, September 2021");
        Story geneva = c.stories().get(0);
        assertThat(geneva.start()).isEqualTo("2019-03-04");
        assertThat(geneva.end()).isEqualTo("2019-03-20");
        assertThat(c.stories().get(1).start()).isEqualTo("2021-09-14");
        assertThat(c.stories().get(1).end()).isEqualTo("2021-09-15");
    }

    @Test
    void backgroundEventsBelongToNoStory() {
        Corpus c = new Comparison().compare(twoSummits());
        List<Event> background = c.events().stream().filter(Event::background).toList();
        assertThat(background).isNotEmpty().allSatisfy(e -> assertThat(e.storyId()).isNull());
        assertThat(c.events().stream().filter(e -> !e.background())).allSatisfy(e -> assertThat(e.storyId()).isNotNull());
    }

    /** Days of two reported events in one article, and whether they make one story. */
    static Stream<Arguments> gaps() {
        return Stream.of(
                Arguments.of("2020-05-01", "2020-05-03", 1),
                Arguments.of("2020-05-01", "2020-05-15", 1),
                Arguments.of("2020-05-01", "2020-05-30", 1), // 29 days, but the same article states both
                Arguments.of("2020-05-01", "2020-08-01", 0)); // too far apart: two lone events, no story
    }

    @ParameterizedTest(name = "{0} and {1} → {2} stories")
    @MethodSource("gaps")
    void timeGapsSplitStories(String first, String second, int stories) {
        Corpus c = new Articles().add("a", "A", first, "The strike at the Lyon plant began on [[" + first + "|"
                + first + "]]. Workers at the Lyon plant will vote on a return on [[" + second + "|" + second + "]].")
                .corpus();
        assertThat(new Comparison().compare(c).stories()).hasSize(stories);
    }

    @Test
    void aLoneEventMakesNoStory() {
        Corpus c = new Articles().add("a", "A", "2020-05-02", "The bridge in Porto opened on [[Friday|2020-05-01]].")
                .corpus();
        Corpus r = new Comparison().compare(c);
        assertThat(r.stories()).isEmpty();
        assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.storyId()).isNull());
    }

    /** One happening told by three outlets over three consecutive days, with a year-old background line. */
    private static Corpus oneEpisode() {
        return new Articles()
                .add("p1", "Wire", "2022-06-07", "Dock workers in Portmere walked out on [[Monday|2022-06-06]] over pay. "
                        + "The union first threatened a strike in Portmere in [[2021|2021]].")
                .add("p2", "Daily", "2022-06-08", "The Portmere dock strike entered its second day on "
                        + "[[Tuesday|2022-06-07]] as ships queued outside Portmere.")
                .add("p3", "Herald", "2022-06-09", "Dock workers in Portmere voted on [[Wednesday|2022-06-08]] to end "
                        + "the strike after the port raised its pay offer.")
                .corpus();
    }

    @Test
    void consecutiveDaysOfOneHappeningAreOneStory() {
        Corpus c = new Comparison().compare(oneEpisode());
        assertThat(c.stories()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo("2022-06-06");
            assertThat(s.end()).isEqualTo("2022-06-08");
            assertThat(s.label()).contains("Portmere").endsWith("June 2022");
        });
        assertThat(c.events().stream().filter(e -> !e.background()))
                .allSatisfy(e -> assertThat(e.storyId()).isEqualTo(c.stories().get(0).id()));
    }

    @Test
    void aBackgroundEventStaysOutOfTheStoryBand() {
        Corpus c = new Comparison().compare(oneEpisode());
        assertThat(c.events()).filteredOn(e -> e.date().equals("2021")).singleElement().satisfies(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.storyId()).isNull();
        });
        assertThat(c.stories().get(0).start()).isEqualTo("2022-06-06");
    }
    @Test
    void aStoryIsLabelledByTheMonthOfItsFinestDatesNotTheFirstDayOfAYear() {
        Corpus c = new Articles().add("v", "Wire", "2019-06-12", "Floods in Valdera destroyed two bridges on "
                        + "[[Monday|2019-06-10]]. The council of Valdera will rebuild the bridges in [[2019|2019]].")
                .add("w", "Daily", "2019-06-13", "Rescuers in Valdera searched the river on [[Tuesday|2019-06-11]].")
                .corpus();
        assertThat(new Comparison().compare(c).stories()).extracting(Story::label)
                .singleElement().satisfies(l -> assertThat(l).endsWith(", June 2019"));
    }

    @Test
    void aStoryWithoutAPlaceIsNamedAsItsArticlesWriteTheName() {
        Corpus c = new Articles().add("j", "Wire", "2011-08-05", "Warren Jeffs was sentenced on [[Tuesday|2011-08-09]] "
                        + "after jurors convicted Jeffs on [[Thursday|2011-08-04]].")
                .add("k", "Daily", "2011-08-10", "Jeffs received a life sentence on [[Tuesday|2011-08-09]], jurors said.")
                .corpus();
        assertThat(new Comparison().compare(c).stories()).extracting(Story::label).singleElement()
                .satisfies(l -> assertThat(l).contains("Jeffs").doesNotStartWith("Jeff,").endsWith(", August 2011"));
    }
}

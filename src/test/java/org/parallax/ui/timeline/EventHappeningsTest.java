package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.testing.FloodCorpus;

/** Which happenings the event detail lists for an event, who told each (dated or not) and which sentences it opens. */
class EventHappeningsTest {

    private final EventHappenings happenings = EventHappenings.of(HappeningsFixture.CORPUS);

    @Test
    void aHappeningToldBeyondTheEventsSentencesIsListedWithItsTellersDatedAndNot() {
        List<EventHappenings.Told> told = happenings.of(FloodCorpus.FLOOD);
        assertThat(told).extracting(EventHappenings.Told::word).containsExactly("flooding");
        EventHappenings.Told flooding = told.get(0);
        assertThat(flooding.datedText()).isEqualTo("Valley Ledger and Capital Post \u00b7 2 articles");
        assertThat(flooding.undatedText()).isEqualTo("also told without a date by Valley Gazette \u00b7 1 article");
        assertThat(flooding.articles()).isEqualTo(3);
    }

    @Test
    void itsLinesOpenTheSentencesBeyondTheEventsOwn() {
        EventHappenings.Told flooding = happenings.of(FloodCorpus.FLOOD).get(0);
        assertThat(happenings.sentences(flooding))
                .containsExactly(FloodCorpus.POST_INQUIRY, HappeningsFixture.GAZETTE_SENTENCE);
    }

    @Test
    void aHappeningOfAnotherEventOrToldOnlyInTheEventsSentencesIsLeftOut() {
        assertThat(happenings.of(FloodCorpus.INQUIRY)).isEmpty();
        assertThat(happenings.of(FloodCorpus.EVACUATION)).isEmpty(); // "evacuated", "left": its own sentences only
        assertThat(EventHappenings.of(FloodCorpus.CORPUS).of(FloodCorpus.FLOOD)).isEmpty();
    }

    @Test
    void theMostToldComesFirstAndOnlyUndatedTellingSaysSo() {
        Happening fewer = new Happening("h9", "rose", "rise", "2024-11-04",
                List.of(HappeningsFixture.word(HappeningsFixture.GAZETTE, "lost"),
                        HappeningsFixture.word(HappeningsFixture.GAZETTE, "swept")), List.of("flood"));
        EventHappenings two = EventHappenings.of(HappeningsFixture.CORPUS.withCoverages(List.of(new Coverage("c1",
                "Ebro", List.of(), List.of(fewer, HappeningsFixture.FLOODING)))));
        List<EventHappenings.Told> told = two.of(FloodCorpus.FLOOD);
        assertThat(told).extracting(EventHappenings.Told::word).containsExactly("flooding", "rose");
        assertThat(told.get(1).datedText()).isEmpty();
        assertThat(told.get(1).undatedText()).isEqualTo("told only without a date by Valley Gazette \u00b7 1 article");
        assertThat(two.sentences(told.get(1))).containsExactly(HappeningsFixture.GAZETTE_SENTENCE,
                FloodCorpus.span(HappeningsFixture.GAZETTE, "Farms were lost."));
    }

    @Test
    void namesAreListedAsInProse() {
        assertThat(EventHappenings.names(List.of("A"))).isEqualTo("A");
        EventHappenings.Told twice = new EventHappenings.Told(HappeningsFixture.FLOODING,
                List.of(new EventHappenings.Teller(FloodCorpus.LEDGER.outlet(), 2),
                        new EventHappenings.Teller(FloodCorpus.POST.outlet(), 1)), List.of(), List.of());
        assertThat(twice.datedText()).isEqualTo("Valley Ledger (2) and Capital Post \u00b7 3 articles");
        assertThat(twice.undatedText()).isEmpty();
        assertThat(EventHappenings.names(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }
}

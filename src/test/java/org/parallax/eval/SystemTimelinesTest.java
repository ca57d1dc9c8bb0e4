package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;

/** How the app's events become per-entity timelines: names, dates, order, and the word each mention is named by. */
class SystemTimelinesTest {

    private static final List<String> TARGETS = List.of("Boeing", "Boeing 787 Dreamliner", "Airbus", "Airbus A380",
            "US Dollar", "US Federal Reserve", "Louis Gallois", "Bank of America");

    private static List<String> named(String sentence) {
        return new EntityMentions(TARGETS).in(sentence.split(" ")).stream().map(EntityMentions.Mention::entity)
                .toList();
    }

    @Test
    void aNameThatIsExactlyOneTargetNamesThatOne() {
        assertThat(named("Boeing said the Dreamliner will fly")).containsExactly("Boeing", "Boeing 787 Dreamliner");
        assertThat(named("The first Boeing 787 flew")).containsExactly("Boeing 787 Dreamliner");
    }

    @Test
    void theLongestRunIsReadFirst() {
        assertThat(named("The Airbus A380 landed")).containsExactly("Airbus A380");
        assertThat(named("Gallois , head of Airbus , spoke")).containsExactly("Louis Gallois", "Airbus");
        assertThat(named("Shares of Bank of America fell")).containsExactly("Bank of America");
    }

    @Test
    void anAmbiguousShortFormNamesNone() {
        assertThat(named("US officials met")).isEmpty();
        assertThat(named("The Federal Reserve cut rates")).containsExactly("US Federal Reserve");
        assertThat(named("Sales rose 40 percent")).isEmpty();
    }

    @Test
    void datesAreWrittenAsTheTaskWritesThem() {
        assertThat(SystemTimelines.timelineDate("2007-02-28")).isEqualTo("2007-02-28");
        assertThat(SystemTimelines.timelineDate("2007-02-28T14:00")).isEqualTo("2007-02-28");
        assertThat(SystemTimelines.timelineDate("2007-02")).isEqualTo("2007-02-XX");
        assertThat(SystemTimelines.timelineDate("2007")).isEqualTo("2007-XX-XX");
        assertThat(SystemTimelines.timelineDate("2007-Q3")).isEqualTo("2007-XX-XX");
        assertThat(SystemTimelines.timelineDate("P3W")).isNull();
    }

    @Test
    void aCoarserDateComesBeforeTheFinerOnesItHolds() {
        List<String> dates = new ArrayList<>(List.of("2007-02-28", "2006-12-XX", "2007-02-XX", "2007-XX-XX"));
        dates.sort(SystemTimelines.CHRONOLOGICAL);
        assertThat(dates).containsExactly("2006-12-XX", "2007-XX-XX", "2007-02-XX", "2007-02-28");
    }

    /**
     * Two events of one article: "Airbus announced cuts" (2007-02-28) and "It delivered the plane" (2007-10, "It"
     * refers back to the one target the sentence before names): one line each, ordered by date, each mention named by
     * the predicates after "Airbus" in its gold sentence.
     */
    @Test
    void eventsBecomeOrderedLinesNamedByTheirPredicates() {
        TextBuilder tb = new TextBuilder();
        for (String w : "Airbus announced 10,000 job cuts on Wednesday .".split(" ")) {
            tb.token("2", w);
        }
        for (String w : "It delivered the plane in October .".split(" ")) {
            tb.token("3", w);
        }
        String text = tb.text();
        Map<String, int[]> sentences = tb.sentences();
        GoldDocument d = new GoldDocument("61389", "f", text, LocalDate.of(2007, 2, 28), List.of(), sentences,
                text.length());
        int[] s2 = sentences.get("2");
        int[] s3 = sentences.get("3");
        Corpus c = Corpus.of(List.of(new Article("61389", "f", null, null, null, null, null, text, null)))
                .withEvents(List.of(
                        new Event("e2", "delivered", "2007-10", null, List.of(new Span("61389", s3[0], s3[1]))),
                        new Event("e1", "announced", "2007-02-28", null, List.of(new Span("61389", s2[0], s2[1])))));
        Timelines.Timeline t = new SystemTimelines(List.of(d), TARGETS, true).build(c).byEntity().get("Airbus");
        assertThat(t.entries()).extracting(Timelines.Entry::position, Timelines.Entry::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "2007-02-28"),
                        org.assertj.core.groups.Tuple.tuple(2, "2007-10-XX"));
        assertThat(t.entries().get(0).mentions()).contains("61389-2-announced").doesNotContain("61389-2-Airbus");
        assertThat(t.entries().get(1).mentions()).contains("61389-3-delivered");
        Timelines.Timeline main = new SystemTimelines(List.of(d), TARGETS, false).build(c).byEntity().get("Airbus");
        assertThat(main.entries().get(0).mentions()).containsExactly("61389-2-announced");
    }

    /** The mentions of the one event dated {@code date} that {@code sentence} (a statement of its own) holds. */
    private static List<String> mentions(String sentence, String date, String timex) {
        TextBuilder tb = new TextBuilder();
        for (String w : sentence.split(" ")) {
            tb.token("2", w);
        }
        String text = tb.text();
        Map<String, int[]> sentences = tb.sentences();
        GoldDocument d = new GoldDocument("9", "f", text, LocalDate.of(2009, 3, 1), List.of(), sentences, text.length());
        int[] s2 = sentences.get("2");
        List<org.parallax.model.TimeMention> timexes = timex == null ? List.of() : List.of(new org.parallax.model.TimeMention(
                new Span("9", text.indexOf(timex), text.indexOf(timex) + timex.length()), timex,
                org.parallax.model.TimexType.DATE, date));
        Corpus c = Corpus.of(List.of(new Article("9", "f", null, null, null, null, null, text, null)))
                .withTimexes(timexes)
                .withEvents(List.of(new Event("e1", "x", date, null, List.of(new Span("9", s2[0], s2[1])))));
        return new SystemTimelines(List.of(d), TARGETS, true).build(c).byEntity().get("Boeing").entries().get(0)
                .mentions();
    }

    @Test
    void aPhrasalVerbIsOneMentionOfVerbAndParticle() {
        assertThat(mentions("Boeing rolled out the first 787 on Sunday .", "2009-03-01", "Sunday"))
                .contains("9-2-rolled_out").doesNotContain("9-2-rolled");
        assertThat(mentions("Boeing shares closed up 2 % on Friday .", "2009-02-27", "Friday"))
                .contains("9-2-closed").doesNotContain("9-2-closed_up");
        assertThat(mentions("Boeing planes carry up to 400 people since 2005 .", "2005", "2005"))
                .doesNotContain("9-2-carry_up");
    }

    @Test
    void aReportingVerbIsNotDatedByItsComplementsDate() {
        assertThat(mentions("Boeing reported losing $ 4 billion in 2005 .", "2005", "2005"))
                .contains("9-2-losing").doesNotContain("9-2-reported");
        assertThat(mentions("Boeing reported on Tuesday that it lost money .", "2009-02-24", "Tuesday"))
                .contains("9-2-reported");
        assertThat(mentions("In 2005 , Boeing reported a loss .", "2005", "2005")).contains("9-2-reported");
    }
}

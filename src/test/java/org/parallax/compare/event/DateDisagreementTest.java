package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Articles;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;

/** Where outlets date the same event differently, on hand-made articles whose timexes are marked in the text. */
class DateDisagreementTest {

    private static final String EVACUATED = "Residents were evacuated";

    /** Each article has one sentence about the evacuation, dated by the marked timex in it. */
    private static Corpus corpus(String... idOutletAndDate) {
        Articles articles = new Articles();
        for (int i = 0; i < idOutletAndDate.length; i += 3) {
            articles.add(idOutletAndDate[i], idOutletAndDate[i + 1], "2024-11-06",
                    "Floods in the valley.\n\n" + EVACUATED + " " + idOutletAndDate[i + 2] + ". Later news.");
        }
        return articles.corpus();
    }

    /** The evacuation as an event with one mention (its sentence) in each article. */
    private static Event evacuation(Corpus corpus) {
        List<Span> mentions = corpus.articles().stream().map(a -> {
            int start = a.text().indexOf(EVACUATED);
            return new Span(a.id(), start, a.text().indexOf('.', start) + 1);
        }).toList();
        return new Event("evacuation", "Residents are evacuated", "2024-11-05", null, mentions);
    }

    private static List<DateDisagreement.Claim> claims(Corpus corpus) {
        return DateDisagreement.of(evacuation(corpus), corpus.articlesById(), corpus.timexes());
    }

    @Test
    void outletsThatDateTheSameEventToDifferentDaysAreNamedEarliestFirst() {
        Corpus c = corpus("herald", "Evening Herald", "on [[Wednesday|2024-11-06]]",
                "ledger", "Valley Ledger", "on [[Tuesday|2024-11-05]]");
        assertThat(claims(c)).extracting(DateDisagreement.Claim::value).containsExactly("2024-11-05", "2024-11-06");
        assertThat(claims(c)).extracting(cl -> cl.outlets().get(0).name())
                .containsExactly("Valley Ledger", "Evening Herald");
    }

    @Test
    void agreeingOrCompatibleDatesAreNoDisagreement() {
        assertThat(claims(corpus("a", "Alpha", "on [[Tuesday|2024-11-05]]", "b", "Beta", "on [[Tuesday|2024-11-05]]")))
                .isEmpty();
        // a month and a day inside it agree; a time of day counts as its day
        assertThat(claims(corpus("a", "Alpha", "in [[November|2024-11]]", "b", "Beta",
                "on [[Tuesday evening|2024-11-05TEV]]", "c", "Gamma", "on [[Tuesday|2024-11-05]]"))).isEmpty();
    }

    @Test
    void aTimeOfDayIsGivenAsItsDay() {
        Corpus c = corpus("a", "Alpha", "on [[Tuesday evening|2024-11-05TEV]]",
                "b", "Beta", "on [[Wednesday|2024-11-06]]");
        assertThat(claims(c)).extracting(DateDisagreement.Claim::value).containsExactly("2024-11-05", "2024-11-06");
    }

    @Test
    void mentionsWithoutADateAndDurationsSayNothing() {
        assertThat(claims(corpus("a", "Alpha", "for [[two days|P2D]]", "b", "Beta", "on [[Wednesday|2024-11-06]]",
                "c", "Gamma", "at last"))).isEmpty();
    }

    @Test
    void onlyTheFirstDateInAMentionCounts() {
        Corpus c = corpus("a", "Alpha", "on [[Tuesday|2024-11-05]], not [[Wednesday|2024-11-06]]",
                "b", "Beta", "on [[Tuesday|2024-11-05]]");
        assertThat(claims(c)).isEmpty();
    }

    @Test
    void severalOutletsOnOneDateAreListedTogether() {
        Corpus c = corpus("ledger", "Valley Ledger", "on [[Tuesday|2024-11-05]]",
                "herald", "Evening Herald", "on [[Wednesday|2024-11-06]]",
                "norte", "Radio Norte", "on [[Tuesday|2024-11-05]]");
        List<DateDisagreement.Claim> claims = claims(c);
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).outlets()).extracting(Outlet::name).containsExactly("Valley Ledger", "Radio Norte");
        assertThat(claims.get(1).outlets()).extracting(Outlet::name).containsExactly("Evening Herald");
    }
}

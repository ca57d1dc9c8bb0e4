package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.testing.FloodCorpus;

class DateDisagreementTest {

    @Test
    void outletsThatDateTheSameEventToDifferentDaysAreNamed() {
        var claims = DateDisagreement.of(FloodCorpus.EVACUATION, FloodCorpus.CORPUS.articlesById(), FloodCorpus.TIMEXES);
        assertThat(claims).extracting(DateDisagreement.Claim::value).containsExactly("2024-11-05", "2024-11-06");
        assertThat(DateDisagreement.sentence(claims))
                .isEqualTo("Dates differ: Valley Ledger says 5 November 2024; Evening Herald says 6 November 2024");
    }

    @Test
    void agreeingOrCompatibleDatesAreNoDisagreement() {
        assertThat(DateDisagreement.of(FloodCorpus.FLOOD, FloodCorpus.CORPUS.articlesById(), FloodCorpus.TIMEXES)).isEmpty();
        // a month and a day inside it agree; a time of day counts as its day
        List<TimeMention> coarse = List.of(
                new TimeMention(new Span("ledger", FloodCorpus.LEDGER_EVAC.start() + 1, FloodCorpus.LEDGER_EVAC.start() + 5),
                        "in November", TimexType.DATE, "2024-11"),
                new TimeMention(new Span("herald", FloodCorpus.HERALD_EVAC.start() + 1, FloodCorpus.HERALD_EVAC.start() + 5),
                        "Tuesday evening", TimexType.TIME, "2024-11-05TEV"));
        assertThat(DateDisagreement.of(FloodCorpus.EVACUATION, FloodCorpus.CORPUS.articlesById(), coarse)).isEmpty();
    }

    @Test
    void mentionsWithoutADateAndDurationsSayNothing() {
        List<TimeMention> some = List.of(
                new TimeMention(new Span("ledger", FloodCorpus.LEDGER_EVAC.start() + 1, FloodCorpus.LEDGER_EVAC.start() + 5),
                        "two days", TimexType.DURATION, "P2D"),
                new TimeMention(new Span("herald", FloodCorpus.HERALD_EVAC.start() + 1, FloodCorpus.HERALD_EVAC.start() + 5),
                        "Wednesday", TimexType.DATE, "2024-11-06"));
        assertThat(DateDisagreement.of(FloodCorpus.EVACUATION, FloodCorpus.CORPUS.articlesById(), some)).isEmpty();
    }

    @Test
    void severalOutletsOnOneDateAreListedTogether() {
        var third = new org.parallax.model.Article("third", "third.txt", Outlet.of("Radio Norte"), "", null, null, "",
                "Evacuated on Tuesday.", List.of());
        Span m = new Span("third", 0, 21);
        Event e = new Event("evacuation", "Residents are evacuated", "2024-11-05", null,
                List.of(FloodCorpus.LEDGER_EVAC, FloodCorpus.HERALD_EVAC, m));
        var articles = new java.util.HashMap<>(FloodCorpus.CORPUS.articlesById());
        articles.put("third", third);
        List<TimeMention> timexes = new java.util.ArrayList<>(FloodCorpus.TIMEXES);
        timexes.add(new TimeMention(new Span("third", 13, 20), "Tuesday", TimexType.DATE, "2024-11-05"));
        assertThat(DateDisagreement.sentence(DateDisagreement.of(e, articles, timexes)))
                .isEqualTo("Dates differ: Valley Ledger and Radio Norte say 5 November 2024; Evening Herald says 6 November 2024");
    }
}

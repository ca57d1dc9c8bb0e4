package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.DateDisagreement.Claim;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimexMod;

/** The event detail's words for a rough date and for a date disagreement (the rule itself is compare's). */
class EventDetailDatesTest {

    @Test
    void aRoughDateIsWordedAsRoughAndARangeAsWritten() {
        Event pier = new Event("p", "Pier works start", "2011", null, List.of(new Span("a", 0, 10)));
        assertThat(EventDetail.dateText(pier, TimexMod.START)).isEqualTo("early in 2011");
        assertThat(EventDetail.dateText(pier, TimexMod.APPROX)).isEqualTo("about 2011");
        assertThat(EventDetail.dateText(pier, null)).isEqualTo("2011");
        Event works = new Event("w", "Works", "2011", null, List.of(new Span("a", 0, 10)), false, "2013", List.of());
        assertThat(EventDetail.dateText(works, TimexMod.START)).isEqualTo("2011 – 2013");
    }

    @Test
    void eachDateWithTheOutletsThatGiveIt() {
        List<Claim> claims = List.of(
                new Claim("2024-11-05", List.of(Outlet.of("Valley Ledger"), Outlet.of("Radio Norte"), Outlet.UNKNOWN)),
                new Claim("2024-11", List.of(Outlet.of("Evening Herald"))));
        assertThat(EventDetail.datesDiffer(claims)).isEqualTo("Dates differ: Valley Ledger, Radio Norte and Unknown"
                + " outlet say 5 November 2024; Evening Herald says November 2024");
    }
}

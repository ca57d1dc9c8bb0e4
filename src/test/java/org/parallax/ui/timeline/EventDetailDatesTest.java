package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.DateDisagreement.Claim;
import org.parallax.model.Outlet;

/** The event detail's words for a date disagreement (the rule itself is compare's). */
class EventDetailDatesTest {

    @Test
    void eachDateWithTheOutletsThatGiveIt() {
        List<Claim> claims = List.of(
                new Claim("2024-11-05", List.of(Outlet.of("Valley Ledger"), Outlet.of("Radio Norte"), Outlet.UNKNOWN)),
                new Claim("2024-11", List.of(Outlet.of("Evening Herald"))));
        assertThat(EventDetail.datesDiffer(claims)).isEqualTo("Dates differ: Valley Ledger, Radio Norte and Unknown"
                + " outlet say 5 November 2024; Evening Herald says November 2024");
    }
}

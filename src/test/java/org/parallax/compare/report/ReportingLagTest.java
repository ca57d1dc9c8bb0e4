package org.parallax.compare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Articles;
import org.parallax.compare.Comparison;
import org.parallax.model.Corpus;
import org.parallax.model.Event;

class ReportingLagTest {

    @Test
    void lagBehindTheFirstOutletUndatedLast() {
        String s = "A strong earthquake struck Aceh province on [[July 2|2013-07-02]].";
        Corpus c = new Comparison().compare(new Articles()
                .add("a", "Late Daily", "2013-07-05", s)
                .add("b", "Wire", "2013-07-02", s)
                .add("c", "Wire", "2013-07-04", s)
                .add("d", "Undated Weekly", null, s)
                .add("e", null, "2013-07-03", s)
                .corpus());
        Event quake = c.events().get(0);
        List<ReportingLag.OutletLag> lags = ReportingLag.of(c, quake);
        assertThat(lags).extracting(l -> l.outlet().displayName())
                .containsExactly("Wire", "Unknown outlet", "Late Daily", "Undated Weekly");
        assertThat(lags.get(0).articleId()).isEqualTo("b");
        assertThat(lags.get(0).first()).isTrue();
        assertThat(lags.get(1).lagDays()).hasValue(1);
        assertThat(lags.get(2).lagDays()).hasValue(3);
        assertThat(lags.get(3).lagDays()).isEmpty();
        assertThat(lags.get(3).publishedDate()).isEmpty();
    }
}

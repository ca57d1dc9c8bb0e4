package org.parallax.chart.timeline.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.TimexMod;

/** The stretch a date's modifier points to. */
class ModRangeTest {

    private static final DayRange YEAR = new DayRange(0, 360);

    @Test
    void positionsAreThirdsOfThePeriod() {
        assertThat(ModRange.of(YEAR, TimexMod.START)).isEqualTo(new DayRange(0, 120));
        assertThat(ModRange.of(YEAR, TimexMod.MID)).isEqualTo(new DayRange(120, 240));
        assertThat(ModRange.of(YEAR, TimexMod.END)).isEqualTo(new DayRange(240, 360));
    }

    @Test
    void aboutSpreadsBothWaysAndBeforeAndAfterReachOneWay() {
        assertThat(ModRange.of(YEAR, TimexMod.APPROX)).isEqualTo(new DayRange(-180, 540));
        assertThat(ModRange.of(YEAR, TimexMod.MORE_THAN)).isEqualTo(new DayRange(-180, 540));
        assertThat(ModRange.of(YEAR, TimexMod.BEFORE)).isEqualTo(new DayRange(-360, 0));
        assertThat(ModRange.of(YEAR, TimexMod.ON_OR_AFTER)).isEqualTo(new DayRange(0, 720));
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.TimexType;

class Timex3Test {

    @ParameterizedTest
    @ValueSource(strings = {"2015-10-20", "2015-10", "2015", "198", "19", "2015-W43", "2015-W43-WE", "2012-SU",
        "2015-Q3", "2013-H1", "XXXX-09-30", "XXXX-WXX-2", "2015-10-20TEV", "2009-06-01T12:00Z", "2009-06-01T12:00",
        "2008-09-17T16:08:30", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "FY2007"})
    void pointsAreValid(String v) {
        assertThat(Timex3.isValid(v)).isTrue();
        assertThat(Timex3.isValid(TimexType.DATE, v)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P3W", "PT3H", "P2.5Y", "PXY", "P2Y3M", "PT30M", "P1DE", "P10Y", "PT1H30M"})
    void durationsAreValid(String v) {
        assertThat(Timex3.isValid(TimexType.DURATION, v)).isTrue();
        assertThat(Timex3.isValid(TimexType.DATE, v)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2015-13", "15-10-2015", "2015/10/20", "P", "PT", "P3", "Tuesday", "2015-W43-8",
        "2015-10-20TXX", "NOW", "2015-Q5", "P3WT"})
    void malformedValuesAreNot(String v) {
        assertThat(Timex3.isValid(v)).as(v).isFalse();
    }
}

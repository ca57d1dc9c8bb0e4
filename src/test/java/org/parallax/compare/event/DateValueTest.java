package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValueTest {

    @ParameterizedTest(name = "{0} → {1} [{2}, {3}]")
    @CsvSource({
        "2015-10-20, 2015-10-20, 2015-10-20, 2015-10-20",
        "2015-10-20TEV, 2015-10-20, 2015-10-20, 2015-10-20",
        "2015-10-20T14:30, 2015-10-20, 2015-10-20, 2015-10-20",
        "2015-W40, 2015-W40, 2015-09-28, 2015-10-04",
        "2015-W40-WE, 2015-W40-WE, 2015-10-03, 2015-10-04",
        "2016-02, 2016-02, 2016-02-01, 2016-02-29",
        "2012-SU, 2012-SU, 2012-06-01, 2012-08-31",
        "2012-WI, 2012-WI, 2012-12-01, 2013-02-28",
        "2014-Q3, 2014-Q3, 2014-07-01, 2014-09-30",
        "2014-H2, 2014-H2, 2014-07-01, 2014-12-31",
        "2011, 2011, 2011-01-01, 2011-12-31",
        "198, 198, 1980-01-01, 1989-12-31",
        "19, 19, 1900-01-01, 1999-12-31"})
    void intervals(String value, String normalised, String first, String last) {
        DateValue d = DateValue.parse(value).orElseThrow();
        assertThat(d.value()).isEqualTo(normalised);
        assertThat(d.first()).hasToString(first);
        assertThat(d.last()).hasToString(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRESENT_REF", "PAST_REF", "P3W", "PXY", "XXXX-10-20", "2015-02-30", "", "TNI"})
    void notAPointInTime(String value) {
        assertThat(DateValue.parse(value)).isEmpty();
    }
}

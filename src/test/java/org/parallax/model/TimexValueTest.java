package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which days a TIMEX3 value covers: the one reading comparison, the timeline and the views share. */
class TimexValueTest {

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @ParameterizedTest(name = "{0}: {1} [{2}, {3}] {4}")
    @CsvSource({
        "2015-10-20,         DAY,         2015-10-20, 2015-10-20, ''",
        "2015-10-20TEV,      PART_OF_DAY, 2015-10-20, 2015-10-20, EV",
        "2015-10-20T14:30,   MINUTE,      2015-10-20, 2015-10-20, 14:30",
        "2015-10-20T24:00,   MINUTE,      2015-10-20, 2015-10-20, 24:00",
        "2015-10-20T14:30:05, SECOND,     2015-10-20, 2015-10-20, 14:30:05",
        "2008-09-17T16:08Z,  MINUTE,      2008-09-17, 2008-09-17, 16:08",
        "2008-09-17T16:08+08, MINUTE,     2008-09-17, 2008-09-17, 16:08",
        "2008-09-17T23:30-05:30, MINUTE,  2008-09-17, 2008-09-17, 23:30",
        "2008-09-17T16:08:09Z, SECOND,    2008-09-17, 2008-09-17, 16:08:09",
        "2015-W40,           WEEK,        2015-09-28, 2015-10-04, ''",
        "2015-W40-WE,        WEEK,        2015-10-03, 2015-10-04, WE",
        "2016-02,            MONTH,       2016-02-01, 2016-02-29, ''",
        "2012-SU,            SEASON,      2012-06-01, 2012-08-31, ''",
        "2012-WI,            SEASON,      2012-12-01, 2013-02-28, ''",
        "2014-Q3,            QUARTER,     2014-07-01, 2014-09-30, ''",
        "2014-H2,            HALF_YEAR,   2014-07-01, 2014-12-31, ''",
        "2011,               YEAR,        2011-01-01, 2011-12-31, ''",
        "198,                DECADE,      1980-01-01, 1989-12-31, ''",
        "19,                 CENTURY,     1900-01-01, 1999-12-31, ''"})
    void daysPrecisionAndModifier(String value, TimePrecision precision, String first, String last, String modifier) {
        TimexValue v = TimexValue.parse(value).orElseThrow();
        assertThat(v.value()).isEqualTo(value);
        assertThat(v.precision()).isEqualTo(precision);
        assertThat(v.first()).hasToString(first);
        assertThat(v.last()).hasToString(last);
        assertThat(v.modifier()).isEqualTo(modifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRESENT_REF", "PAST_REF", "P3W", "PXY", "XXXX-10-20", "2015-02-30", "2015-13", "2015-W54",
        "2015-10-20T25:00", "2015-00-10", "2015-04-31", "2015-10-00TEV", "2015-10-20T14:60", "2015-10-20T14:30Q",
        "2015-10-20T14:30+8", "", "TNI"})
    void notAPointInTime(String value) {
        assertThat(TimexValue.parse(value)).isEmpty();
    }

    @Test
    void nullIsNoValue() {
        assertThat(TimexValue.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} by day: {1}")
    @CsvSource({
        "2015-10-20TEV,    2015-10-20, DAY",
        "2015-10-20T14:30, 2015-10-20, DAY",
        "2015-10-20,       2015-10-20, DAY",
        "2015-W40-WE,      2015-W40-WE, WEEK",
        "2015-10,          2015-10,    MONTH"})
    void aTimeOfDayCountsAsItsDay(String value, String byDay, TimePrecision precision) {
        TimexValue v = TimexValue.parse(value).orElseThrow().byDay();
        assertThat(v.value()).isEqualTo(byDay);
        assertThat(v.precision()).isEqualTo(precision);
        assertThat(v.isDay()).isEqualTo(precision == TimePrecision.DAY);
        assertThat(v.first()).isEqualTo(TimexValue.parse(value).orElseThrow().first());
    }

    @ParameterizedTest(name = "{0} → [{1} {3}h, {2} {4}h)")
    @CsvSource({
        "2015-10-20,      2015-10-20, 2015-10-20, 0,    24",
        "2015-10-20TEV,   2015-10-20, 2015-10-20, 18,   22",
        "2015-10-20TMO,   2015-10-20, 2015-10-20, 6,    12",
        "2015-10-20TNI,   2015-10-20, 2015-10-20, 21,   24",
        "2015-10-20TDT,   2015-10-20, 2015-10-20, 8,    18",
        "2015-W43,        2015-10-19, 2015-10-26, 0,    0",
        "2015-W43-WE,     2015-10-24, 2015-10-26, 0,    0",
        "2015-10,         2015-10-01, 2015-11-01, 0,    0",
        "2015-Q4,         2015-10-01, 2016-01-01, 0,    0",
        "2015-H1,         2015-01-01, 2015-07-01, 0,    0",
        "2012-SU,         2012-06-01, 2012-09-01, 0,    0",
        "2015,            2015-01-01, 2016-01-01, 0,    0",
        "198,             1980-01-01, 1990-01-01, 0,    0",
        "19,              1900-01-01, 2000-01-01, 0,    0",
    })
    void theStretchOfTimeItStandsFor(String value, String from, String to, int fromHour, int toHour) {
        TimexValue v = TimexValue.parse(value).orElseThrow();
        assertThat(v.start()).isCloseTo(day(from) + fromHour / 24.0, within(1e-9));
        assertThat(v.end()).isCloseTo(day(to) + toHour / 24.0, within(1e-9));
    }

    @Test
    void minutesAndSecondsLastAMinuteAndASecond() {
        TimexValue minute = TimexValue.parse("2015-10-20T14:30").orElseThrow();
        assertThat(minute.start()).isCloseTo(day("2015-10-20") + 14.5 / 24, within(1e-9));
        assertThat(minute.end() - minute.start()).isCloseTo(60 / 86_400.0, within(1e-9));
        TimexValue second = TimexValue.parse("2015-10-20T14:30:05.75").orElseThrow();
        assertThat(second.start()).isCloseTo(day("2015-10-20") + (14.5 * 3600 + 5) / 86_400, within(1e-9));
        assertThat(second.end() - second.start()).isCloseTo(1 / 86_400.0, within(1e-9));
    }

    @Test
    void containmentAndOverlapAreByDays() {
        TimexValue october = TimexValue.parse("2015-10").orElseThrow();
        TimexValue day = TimexValue.parse("2015-10-20").orElseThrow();
        TimexValue evening = TimexValue.parse("2015-10-20TEV").orElseThrow();
        TimexValue week = TimexValue.parse("2015-W44").orElseThrow(); // 26 October to 1 November
        assertThat(october.contains(day)).isTrue();
        assertThat(day.contains(october)).isFalse();
        assertThat(day.overlaps(evening)).isTrue();
        assertThat(october.overlaps(week)).isTrue();
        assertThat(october.contains(week)).isFalse();
        assertThat(day.overlaps(TimexValue.parse("2015-10-21").orElseThrow())).isFalse();
        assertThat(october.dayCount()).isEqualTo(31);
        assertThat(week.dayCount()).isEqualTo(7);
    }
}

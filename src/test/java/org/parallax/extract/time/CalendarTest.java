package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarTest {

    @Test
    void padsAsTheFormatterDoes() {
        for (int v : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 2015, 9999, 10000, 123456, -1, -5, -99, -100, -2015,
                -10000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(Calendar.padded(v, 2)).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%02d", v));
            assertThat(Calendar.padded(v, 4)).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%04d", v));
        }
    }

    @Test
    void writesDaysMonthsYearsAndWeeks() {
        assertThat(Calendar.day(LocalDate.of(2015, 10, 20))).isEqualTo("2015-10-20");
        assertThat(Calendar.day(LocalDate.of(987, 1, 2))).isEqualTo("0987-01-02");
        assertThat(Calendar.day(LocalDate.of(-45, 3, 15))).isEqualTo("-045-03-15");
        assertThat(Calendar.month(YearMonth.of(2009, 3))).isEqualTo("2009-03");
        assertThat(Calendar.year(82)).isEqualTo("0082");
        assertThat(Calendar.week(LocalDate.of(2015, 10, 20))).isEqualTo("2015-W43");
        assertThat(Calendar.week(LocalDate.of(2021, 1, 1))).isEqualTo("2020-W53");
    }
}

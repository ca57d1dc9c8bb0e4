package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2015-10-21                  | 2015-10-21",
            "2015-10-21T08:30:00Z        | 2015-10-21",
            "2015-10-21T08:30Z           | 2015-10-21",
            "2015-10-21T08:30:00.123+03:00 | 2015-10-21",
            // the date as the publisher wrote it, not moved to UTC (which would be the 20th)
            "2015-10-21T01:00:00+0300    | 2015-10-21",
            "2015-10-21 08:30:00         | 2015-10-21",
            "2016-02-29                  | 2016-02-29"})
    void readsIsoLikeDates(String value, String date) {
        assertThat(PublishedDates.parse(value)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "yesterday", "21/10/2015", "2015-10", "2015-02-30", "2015-10-21T25:00",
            "2015-10-21 and more", "Oct 21, 2015"})
    void refusesWhatIsNotADay(String value) {
        assertThat(PublishedDates.parse(value)).isEmpty();
    }
}

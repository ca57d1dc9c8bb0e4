package org.parallax.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            October 21, 2015                 | 2015-10-21
            Oct. 21, 2015 at 10:32           | 2015-10-21
            Sept. 3, 2015                    | 2015-09-03
            21 October 2015                  | 2015-10-21
            21st of October, 2015            | 2015-10-21
            2015-10-21T08:30:00+03:00        | 2015-10-21
            21.10.2015                       | 2015-10-21
            10/21/2015                       | 2015-10-21
            21/10/2015                       | 2015-10-21
            05/06/2015                       | 2015-05-06
            February 30, 2015                | none
            in 2015                          | none
            October 2015                     | none
            13/13/2015                       | none
            """)
    void findsCompleteDates(String text, String expected) {
        assertThat(DateText.find(text, false).map(LocalDate::toString).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} day-first")
    @CsvSource(delimiter = '|', textBlock = """
            05/06/2015 | 2015-06-05
            10/21/2015 | 2015-10-21
            """)
    void dayFirstOutletsWriteDayFirst(String text, String expected) {
        assertThat(DateText.find(text, true)).map(LocalDate::toString).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            https://www.reuters.com/article/2015/10/21/us-x-idUS                | 2015-10-21
            https://sputniknews.com/politics/20151021/1028843501.html           | 2015-10-21
            https://example.net/news/2015-10-21-harbour-reopens                 | 2015-10-21
            https://example.net/2015/10/                                        | none
            https://example.net/news/1028843501                                 | none
            https://example.net/20151341/x                                      | none
            """)
    void datesInUrls(String url, String expected) {
        assertThat(DateText.inUrl(url).map(LocalDate::toString).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oct 21    | --10-21
            October 3 | --10-03
            21 Oct    | --10-21
            """)
    void monthDaysForDatelines(String text, String expected) {
        assertThat(DateText.findMonthDay(text)).map(MonthDay::toString).contains(expected);
    }
}

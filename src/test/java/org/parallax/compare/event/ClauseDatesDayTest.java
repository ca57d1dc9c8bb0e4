package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.model.TimexValue;

/** A timex value's day reading is parsed once and kept, and is what parsing it anew gives. */
class ClauseDatesDayTest {

    @Test
    void eachValuesDayIsParsedOnceAndIsTheParsedDay() {
        List<String> values = new ArrayList<>(List.of("2015-10-20", "2015-10", "2015", "2015-W43", "2012-SU", "201",
                "19", "2015-10-20T14:30", "2015-10-20TMO", "P3W", "PRESENT_REF", "XXXX-10-20", "2015-13-01", "", "x",
                "2016-02-29", "2015-02-29", "2015-Q3", "2015-H1"));
        Random random = new Random(38);
        String[] pieces = {"1", "2", "0", "9", "-", "W", "T", "Q", "SU", "X", "5"};
        for (int n = 0; n < 3000; n++) {
            values.add(RandomTexts.of(random, pieces, 12));
        }
        for (String v : values) {
            TimeMention t = new TimeMention(new Span("a", 0, 1), "x", TimexType.DATE, v);
            var day = ClauseDates.day(t);
            assertThat(day).as(v).isEqualTo(TimexValue.parse(v).map(TimexValue::byDay));
            assertThat(ClauseDates.day(new TimeMention(new Span("b", 5, 9), "y", TimexType.TIME, v))).as(v)
                    .isSameAs(day);
        }
    }
}

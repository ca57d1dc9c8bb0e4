package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    private static final Pattern TIMEX = Pattern.compile("\\[([^\\]]+)\\]");

    /** {@code [words]} marks a timex. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The mayor opened the new stadium in Leeds on [Saturday].|The mayor opened the new stadium in Leeds",
        "Since [March 3], rebels have shelled the port city of Hodeidah.|Rebels have shelled the port city of Hodeidah",
        "After the vote closed, officials said that Smith won by 300 votes on [Sunday].|Smith won by 300 votes",
        "The festival, which drew 40,000 people, ended on [Monday].|The festival ended",
        "Engineers at the Toulouse plant completed the first wing assembly of the new long-range aircraft for the "
                + "airline on [Friday] ahead of schedule.|Engineers at the Toulouse plant completed the first wing assembly of the new…"})
    void labels(String marked, String expected) {
        StringBuilder text = new StringBuilder();
        Matcher m = TIMEX.matcher(marked);
        int at = 0;
        java.util.ArrayList<int[]> timexes = new java.util.ArrayList<>();
        while (m.find()) {
            text.append(marked, at, m.start());
            int s = text.length();
            text.append(m.group(1));
            timexes.add(new int[] {s, text.length()});
            at = m.end();
        }
        text.append(marked.substring(at));
        String label = Labels.of(text.toString(), 0, text.length(), List.copyOf(timexes));
        assertThat(label).isEqualTo(expected).hasSizeLessThanOrEqualTo(EventRules.MAX_LABEL);
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;
import org.parallax.text.TextAnalyser;

/**
 * How often the tagger asks a rule for the value of one match: once when the value reads nothing of the context (a
 * year), twice when it reads the publication date (a weekday: with it and without it, for the anchor), where it was
 * asked three or four times (to accept the match, to value it, and with no date and the publication date alone).
 */
class TimexNormalisationsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 4);
    private static final TenseCues TENSES = new TenseCues(TimeWords.bundled());

    @Test
    void theTenseIsReadOnlyForARuleThatAsksForIt() {
        List<String> asked = new ArrayList<>();
        Function<String, TenseCues.Clauses> clauses = s -> (start, end) -> {
            asked.add(s.substring(start, end));
            return TENSES.onDemand(s).around(start, end);
        };
        TimexTagger tagger = new TimexTagger(TimexOptions.DEFAULT, TextAnalyser.shared(), new Rules(TimeWords.bundled()),
                clauses);
        List<TimeMention> found = tagger.tag(article("The plant opened in 2015 after three years of work."));
        assertThat(found).extracting(TimeMention::value).containsExactly("2015", "P3Y");
        assertThat(asked).isEmpty();
        // a day without its year asks; "March 3" of "March 3, 2018" is covered by the longer date, so never valued
        found = tagger.tag(article("It closed on March 3, 2018, and will reopen on Thursday."));
        assertThat(found).extracting(TimeMention::value).containsExactly("2018-03-03", "2020-03-05");
        assertThat(asked).contains("Thursday").doesNotContain("March 3", "March 3, 2018");
    }

    @Test
    void aMatchALongerOneCoversIsNeverValued() {
        Map<String, Integer> asked = new HashMap<>();
        List<TimeMention> found = counting(asked).tag(article(
                "It closed on March 3, 2018, three weeks ago."));
        assertThat(found).extracting(TimeMention::value).containsExactly("2018-03-03", "2020-W07");
        // "March 3", "2018" and "three weeks" lose to "March 3, 2018" and "three weeks ago" before any is valued
        assertThat(asked).containsOnlyKeys("date-mdy", "ago");
    }

    @Test
    void aYearIsNormalisedOnce() {
        Map<String, Integer> asked = new HashMap<>();
        List<TimeMention> found = counting(asked).tag(article("The plant opened in 2015 near the river."));
        assertThat(found).extracting(TimeMention::value).containsExactly("2015");
        assertThat(found.get(0).anchor()).isNull();
        assertThat(asked).containsEntry("year", 1);
    }

    @Test
    void aWeekdayIsNormalisedWithTheDateAndWithout() {
        Map<String, Integer> asked = new HashMap<>();
        List<TimeMention> found = counting(asked).tag(article("The minister will speak on Thursday in the capital."));
        assertThat(found).extracting(TimeMention::value).containsExactly("2020-03-05");
        assertThat(found.get(0).anchor()).isEqualTo(TimeAnchor.PUBLICATION);
        assertThat(asked).containsEntry("weekday", 2);
    }

    @Test
    void aDayAfterADayReadsTheReferenceAndIsNormalisedAgain() {
        Map<String, Integer> asked = new HashMap<>();
        List<TimeMention> found = counting(asked).tag(article(
                "The talks opened on January 12, 2019. The deal was signed the next day."));
        assertThat(found).extracting(TimeMention::value).containsExactly("2019-01-12", "2019-01-13");
        assertThat(found.get(1).anchor()).isEqualTo(TimeAnchor.PREVIOUS_DATE);
    }

    private static TimexTagger counting(Map<String, Integer> asked) {
        Rules rules = new Rules(TimeWords.bundled());
        rules.all().replaceAll(r -> new Rules.Rule(r.name(), r.pattern(), (m, c, s) -> {
            asked.merge(r.name(), 1, Integer::sum);
            return r.normaliser().apply(m, c, s);
        }, r.marked(), r.needsDigit(), r.cues(), r.shapes(), r.starts(), r.cueIds(), r.shapeIds()));
        return new TimexTagger(TimexOptions.DEFAULT, TextAnalyser.shared(), rules, TENSES::onDemand);
    }

    private static Article article(String text) {
        return new Article("n", "n.txt", null, null, PUBLISHED, DateSource.MANIFEST, null, text, null);
    }
}

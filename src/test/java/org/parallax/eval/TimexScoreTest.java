package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

class TimexScoreTest {

    private static final String TEXT = "On Monday and Tuesday evening, for three weeks.";

    private static TimeMention sys(String text, String value, TimexType type) {
        int s = TEXT.indexOf(text);
        return new TimeMention(new Span("d", s, s + text.length()), text, type, value);
    }

    private static GoldTimex gold(String text, String type, String value) {
        int s = TEXT.indexOf(text);
        return new GoldTimex(s, s + text.length(), text, type, value, false);
    }

    @Test
    void strictRelaxedAndValueCountsFollowTempEval3() {
        TimexScore score = new TimexScore();
        score.add("d", TEXT,
                List.of(gold("Monday", "DATE", "2015-10-19"), gold("Tuesday evening", "TIME", "2015-10-20TEV"),
                        gold("three weeks", "DURATION", "P3W")),
                List.of(sys("On Monday", "2015-10-19", TimexType.DATE), sys("Tuesday", "2015-10-20", TimexType.DATE),
                        sys("weeks", "PXW", TimexType.DURATION), sys("for", "PRESENT_REF", TimexType.DATE)));
        assertThat(score.gold()).isEqualTo(3);
        assertThat(score.system()).isEqualTo(4);
        assertThat(score.strictMatches()).isZero();
        assertThat(score.relaxedMatches()).isEqualTo(3);
        assertThat(score.valueMatches()).isEqualTo(1);
        assertThat(score.precision(score.valueMatches())).isCloseTo(0.25, within(1e-9));
        assertThat(score.recall(score.valueMatches())).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.f1(score.relaxedMatches())).isCloseTo(2 * 0.75 * 1.0 / 1.75, within(1e-9));
        assertThat(score.categories()).containsEntry("spurious DATE ref", 1)
                .containsEntry("wrong value: gold TIME part-of-day, system DATE day", 1)
                .containsEntry("wrong value: gold DURATION, system DURATION", 1);
    }

    @Test
    void oneSystemMentionMatchesOneGoldMention() {
        TimexScore score = new TimexScore();
        score.add("d", TEXT, List.of(gold("Monday", "DATE", "2015-10-19"), gold("Tuesday", "DATE", "2015-10-20")),
                List.of(sys("Monday and Tuesday", "2015-10-19", TimexType.DATE)));
        assertThat(score.relaxedMatches()).isEqualTo(1);
        assertThat(score.categories()).containsEntry("missed DATE day", 1);
    }

    @Test
    void aGoldMentionWithTheSameSpanIsPairedFirst() {
        // "from 2009 to 2011" (a duration) around "2009" (a year): the system's year pairs with the gold year
        String text = "deliveries from 2009 to 2011";
        int y = text.indexOf("2009");
        int r = text.indexOf("from");
        TimexScore score = new TimexScore();
        score.add("d", text, List.of(new GoldTimex(r, text.length(), "from 2009 to 2011", "DURATION", "P2Y", false),
                        new GoldTimex(y, y + 4, "2009", "DATE", "2009", false)),
                List.of(new TimeMention(new Span("d", y, y + 4), "2009", TimexType.DATE, "2009")));
        assertThat(score.strictMatches()).isEqualTo(1);
        assertThat(score.valueMatches()).isEqualTo(1);
        assertThat(score.categories()).containsEntry("missed DURATION", 1).doesNotContainKey("span only");
    }

    @Test
    void aRightValueOverOtherWordsIsASpanError() {
        TimexScore score = new TimexScore();
        score.add("d", TEXT, List.of(gold("Monday", "DATE", "2015-10-19")),
                List.of(sys("On Monday", "2015-10-19", TimexType.DATE)));
        assertThat(score.valueMatches()).isEqualTo(1);
        assertThat(score.categories()).containsEntry("span only", 1);
    }

    @Test
    void nothingToScoreIsZeroNotNaN() {
        TimexScore score = new TimexScore();
        assertThat(score.f1(0)).isZero();
        assertThat(score.precision(0)).isZero();
    }
}

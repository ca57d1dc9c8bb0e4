package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ceilings of a statement-level model: units keep their gold mentions together, grouped knowing the gold. */
class EventCeilingsTest {

    /**
     * Doc 1's statement holds a quake (Q) and its deaths (K); doc 2's statement the quake alone; doc 2's other
     * sentence the deaths, in no statement.
     */
    private static final List<EventCeilings.Mention> MENTIONS = List.of(
            new EventCeilings.Mention("d1", "m1", "Q", "d1:0-40", "d1:0"),
            new EventCeilings.Mention("d1", "m2", "K", "d1:0-40", "d1:0"),
            new EventCeilings.Mention("d2", "m3", "Q", "d2:0-30", "d2:0"),
            new EventCeilings.Mention("d2", "m4", "K", null, "d2:50"));

    @Test
    void statementsAreGroupedWhereThatRaisesF1AndTheRestStayAlone() {
        EventScore s = EventCeilings.best(MENTIONS, EventCeilings.Mention::statement);
        // the two statements together: the quakes pair up, doc 1's deaths ride along (precision 1/3 for three of them)
        assertThat(s.pairsBoth()).isEqualTo(1);
        assertThat(s.pairsSystem()).isEqualTo(3);
        assertThat(s.b3Recall()).isCloseTo((1 + 0.5 + 1 + 0.5) / 4, within(1e-9));
    }

    @Test
    void oneMentionPerStatementKeepsPrecisionWhole() {
        EventCeilings c = EventCeilings.of(MENTIONS);
        assertThat(c.oneMention().b3Precision()).isEqualTo(1.0);
        assertThat(c.oneMention().pairsBoth()).isEqualTo(1); // the two quakes
        // every sentence stands for one mention: doc 1's stands for its quake, so its deaths stay alone
        assertThat(c.oneMentionPerSentence().pairsBoth()).isEqualTo(1);
        assertThat(c.oneMentionPerSentence().pairsSystem()).isEqualTo(1);
    }
}

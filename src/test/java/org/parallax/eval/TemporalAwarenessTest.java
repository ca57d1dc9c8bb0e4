package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline measure on hand-made timelines whose scores are worked out by hand in each comment. The gold timeline
 * throughout: a (2010) before b (2011) before c (2012), plus an unanchored line. Its graph: classes {a, 2010},
 * {b, 2011}, {c, 2012}; reduced: a=2010, b=2011, c=2012 and {a} < {b} < {c}: 5 relations.
 */
class TemporalAwarenessTest {

    private static final Timelines.Timeline GOLD = timeline("X",
            "0\tXXXX-XX-XX\td-5-z",
            "1\t2010-XX-XX\td-1-a",
            "2\t2011-XX-XX\td-2-b",
            "3\t2012-XX-XX\td-3-c");

    private static Timelines.Timeline timeline(String entity, String... lines) {
        List<String> all = new java.util.ArrayList<>(List.of(entity));
        all.addAll(Arrays.asList(lines));
        return Timelines.parse(all);
    }

    @Test
    void theGoldGraphHasFiveReducedRelationsAndLeavesPositionZeroOut() {
        TimelineGraph g = TimelineGraph.of(GOLD);
        assertThat(g.reducedSize()).isEqualTo(5);
        assertThat(g.before(TimelineGraph.event("d-1-a"), TimelineGraph.event("d-3-c"))).isTrue();
        assertThat(g.before(TimelineGraph.event("d-3-c"), TimelineGraph.event("d-1-a"))).isFalse();
        assertThat(g.simultaneous(TimelineGraph.event("d-2-b"), TimelineGraph.time("2011-XX-XX"))).isTrue();
        assertThat(g.simultaneous(TimelineGraph.event("d-5-z"), TimelineGraph.event("d-5-z"))).isFalse();
    }

    @Test
    void anIdenticalTimelineScoresOneHundred() {
        TemporalAwareness s = TemporalAwareness.of(GOLD, GOLD);
        assertThat(s).isEqualTo(new TemporalAwareness(5, 5, 5, 5));
        assertThat(100 * s.f1()).isCloseTo(100, within(1e-9));
    }

    /**
     * The same events and dates in the reverse order, c (2010) < b (2011) < a (2012): of the system's 5 reduced
     * relations the gold holds b=2011 only (c=2010, a=2012, c<b, b<a are wrong); of the gold's 5 the system holds
     * b=2011 only. P = R = 1/5, F1 20.
     */
    @Test
    void aReversedTimelineScoresLow() {
        TemporalAwareness s = TemporalAwareness.of(GOLD, timeline("X",
                "1\t2010-XX-XX\td-3-c",
                "2\t2011-XX-XX\td-2-b",
                "3\t2012-XX-XX\td-1-a"));
        assertThat(s).isEqualTo(new TemporalAwareness(5, 1, 5, 1));
        assertThat(100 * s.f1()).isCloseTo(20, within(1e-9));
    }

    /**
     * Only a and c, rightly dated and ordered: the system's 3 reduced relations (a=2010, c=2012, a<c) all follow from
     * the gold (a<c by closure), P = 1; of the gold's 5 the system holds a=2010 and c=2012, R = 2/5; F1 = 4/7.
     */
    @Test
    void missingEventsLowerRecallOnly() {
        TemporalAwareness s = TemporalAwareness.of(GOLD, timeline("X",
                "1\t2010-XX-XX\td-1-a",
                "2\t2012-XX-XX\td-3-c"));
        assertThat(s).isEqualTo(new TemporalAwareness(3, 3, 5, 2));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.4, within(1e-12));
        assertThat(100 * s.f1()).isCloseTo(400.0 / 7, within(1e-9));
    }

    /**
     * A coreferent mention on b's line (b and b2 at 2011): the gold has 6 reduced relations; a system with b2 in the
     * right place but a wrong date for c (2013): its reduced a=2010, b2=2011, c=2013, {a}<{b2}, {b2}<{c}: 4 of 5 held
     * (c=2013 is not); of the gold's 6 it holds a=2010, one link of the chain b, b2, 2011 and both orders (through b2): 4.
     */
    @Test
    void coreferentMentionsAndAWrongDate() {
        Timelines.Timeline gold = timeline("X",
                "1\t2010-XX-XX\td-1-a",
                "2\t2011-XX-XX\td-2-b\td-7-b2",
                "3\t2012-XX-XX\td-3-c");
        TemporalAwareness s = TemporalAwareness.of(gold, timeline("X",
                "1\t2010-XX-XX\td-1-a",
                "2\t2011-XX-XX\td-7-b2",
                "3\t2013-XX-XX\td-3-c"));
        assertThat(s).isEqualTo(new TemporalAwareness(5, 4, 6, 4));
    }

    /** Two positions with one date (annotators order events within a day) are one moment: the BEFORE is dropped. */
    @Test
    void positionsOfOneDateAreOneMoment() {
        TimelineGraph g = TimelineGraph.of(timeline("X",
                "1\t2010-05-01\td-1-a",
                "2\t2010-05-01\td-2-b",
                "3\t2010-06-01\td-3-c"));
        assertThat(g.dropped()).isEqualTo(1);
        assertThat(g.simultaneous(TimelineGraph.event("d-1-a"), TimelineGraph.event("d-2-b"))).isTrue();
        assertThat(g.before(TimelineGraph.event("d-2-b"), TimelineGraph.event("d-3-c"))).isTrue();
        assertThat(g.reducedSize()).isEqualTo(4); // a=b=2010-05-01 (2), c=2010-06-01, {a,b}<{c}
    }

    /** Counts add up over timelines before dividing (micro-average); an empty system timeline scores 0, not NaN. */
    @Test
    void microAverageAndEmptySystem() {
        TemporalAwareness empty = TemporalAwareness.of(GOLD, timeline("X"));
        assertThat(empty).isEqualTo(new TemporalAwareness(0, 0, 5, 0));
        assertThat(empty.f1()).isZero();
        TemporalAwareness both = empty.plus(TemporalAwareness.of(GOLD, GOLD));
        assertThat(both.precision()).isEqualTo(1.0);
        assertThat(both.recall()).isEqualTo(0.5);
    }
}

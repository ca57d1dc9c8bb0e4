package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The frame fills the height it is given: more label rows first, then taller lanes; compact when lanes scroll. */
class TimelineGeometryTest {

    @Test
    void aTallFrameWithFewLanesLeavesNoBlankUnderThem() {
        for (int lanes = 1; lanes <= 4; lanes++) {
            for (double height : new double[] {300, 420, 520, 900}) {
                TimelineGeometry geo = TimelineGeometry.filling(height, lanes, false, 168);
                assertThat(height - geo.laneTop(lanes)).as("blank under %d lanes in %s px", lanes, height)
                        .isBetween(0.0, (double) lanes);
                assertThat(geo.labelRows()).isBetween(TimelineGeometry.MIN_LABEL_ROWS, TimelineGeometry.MAX_LABEL_ROWS);
            }
        }
        TimelineGeometry withFooter = TimelineGeometry.filling(500, 2, true, 168);
        assertThat(500 - TimelineGeometry.FOOTER - withFooter.laneTop(2)).isBetween(0.0, 2.0);
    }

    @Test
    void labelRowsComeBeforeTallerLanes() {
        TimelineGeometry some = TimelineGeometry.filling(TimelineGeometry.COMPACT.laneTop(4) + 30, 4, false, 168);
        assertThat(some.labelRows()).isEqualTo(4);
        assertThat(some.lane()).isEqualTo(TimelineGeometry.MIN_LANE + 2);
    }

    @Test
    void lanesThatDoNotFitKeepTheCompactFrameAndScroll() {
        TimelineGeometry geo = TimelineGeometry.filling(300, 20, false, 168);
        assertThat(geo.labelRows()).isEqualTo(TimelineGeometry.MIN_LABEL_ROWS);
        assertThat(geo.lane()).isEqualTo(TimelineGeometry.MIN_LANE);
        assertThat(geo.maxLaneScroll(300, 20, false)).isPositive();
        assertThat(geo.laneAt(geo.laneTop(0) + 1, 20, 0)).isZero();
        assertThat(geo.laneAt(geo.laneTop(0) + 1, 20, geo.lane() * 3)).isEqualTo(3);
    }

    @Test
    void theLaneNameColumnStaysWithinItsLimits() {
        assertThat(new TimelineGeometry(10, 3, 30).gutter()).isEqualTo(TimelineGeometry.MIN_GUTTER);
        assertThat(new TimelineGeometry(5000, 3, 30).gutter()).isEqualTo(TimelineGeometry.MAX_GUTTER);
        assertThat(new TimelineGeometry(240, 3, 30).gutter()).isEqualTo(240);
    }
}

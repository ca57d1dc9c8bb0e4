package org.parallax.chart.timeline.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.chart.timeline.scale.LabelPlacement.Label;
import org.parallax.chart.timeline.scale.LabelPlacement.Placed;

/** Labels placed like a map's: by priority, never over each other or another's leader, the required one always. */
class LabelPlacementTest {

    private static final LabelPlacement.Frame TWO_ROWS = new LabelPlacement.Frame(0, 400, 100, 11, 21, 18, 2);

    @Test
    void aLoneLabelSitsInTheFirstRowRunningRightFromItsMark() {
        Placed p = LabelPlacement.place(List.of(Label.of(50, 80)), new int[] {0}, TWO_ROWS).placed()[0];
        assertThat(p.row()).isZero();
        assertThat(p.x0()).isEqualTo(50 - LabelPlacement.INSET);
        assertThat(p.y1()).isEqualTo(100 - 11);
        assertThat(p.leaderX()).isEqualTo(50);
        assertThat(p.leaderToY()).isEqualTo(p.y1());
        assertThat(p.displaced()).isFalse();
    }

    @Test
    void whenRowsRunOutTheLeastImportantLabelIsDropped() {
        List<Label> labels = List.of(Label.of(100, 150), Label.of(130, 150), Label.of(160, 150));
        LabelPlacement.Result r = LabelPlacement.place(labels, new int[] {2, 1, 0}, TWO_ROWS);
        assertThat(r.isDropped(0)).as("the least important").isTrue();
        assertThat(r.placed()[2].row()).as("the most important, lowest").isZero();
        assertThat(r.placed()[1].row()).isEqualTo(1);
        assertThat(r.placed()[1].displaced()).isTrue();
        assertThat(r.placed()[1].overlaps(r.placed()[2], 0)).isFalse();
    }

    @Test
    void aLongLabelOverAnotherMarkStepsUpSoThatMarksLabelFitsUnderIt() {
        // the first label would cover the second's mark in the first row: it climbs a row, the second takes the first
        List<Label> labels = List.of(Label.of(100, 200), Label.of(180, 60));
        LabelPlacement.Result r = LabelPlacement.place(labels, new int[] {0, 1}, TWO_ROWS);
        Placed first = r.placed()[0];
        Placed second = r.placed()[1];
        assertThat(first.row()).isEqualTo(1);
        assertThat(second.row()).isZero();
        assertThat(first.leaderX()).as("its leader passes beside the lower label").isEqualTo(100)
                .isLessThan(second.x0());
    }

    @Test
    void aLeaderNeverRunsThroughALowerLabel() {
        // in one row the first label takes the second's mark: the second has nowhere to go and is dropped, not drawn
        // with a leader through the first
        LabelPlacement.Frame oneRow = new LabelPlacement.Frame(0, 400, 100, 11, 21, 18, 1);
        LabelPlacement.Result r = LabelPlacement.place(List.of(Label.of(100, 200), Label.of(180, 60)),
                new int[] {0, 1}, oneRow);
        assertThat(r.placed()[0].row()).isZero();
        assertThat(r.isDropped(1)).isTrue();
        LabelPlacement.Frame twoRows = new LabelPlacement.Frame(0, 400, 100, 11, 21, 18, 2);
        LabelPlacement.Result three = LabelPlacement.place(List.of(Label.of(100, 200), Label.of(180, 60),
                Label.of(120, 150)), new int[] {0, 1, 2}, twoRows);
        for (Placed a : three.placed()) {
            for (Placed b : three.placed()) {
                if (a != null && b != null && b.y1() > a.y1()) {
                    assertThat(a.leaderX() > b.x0() && a.leaderX() < b.x1()).isFalse();
                }
            }
        }
    }

    @Test
    void aShorterTextIsUsedOnlyWhenTheWholeOneFindsNoRoom() {
        List<Label> labels = List.of(Label.of(100, 100), new Label(150, new double[] {300, 40}, 1, false));
        LabelPlacement.Frame oneRow = new LabelPlacement.Frame(0, 400, 100, 11, 21, 18, 1);
        LabelPlacement.Result r = LabelPlacement.place(labels, new int[] {0, 1}, oneRow);
        assertThat(r.placed()[1].text()).isEqualTo(1);
        assertThat(r.placed()[1].overlaps(r.placed()[0], LabelPlacement.GAP)).isFalse();
    }

    @Test
    void theRequiredLabelIsNeverDroppedAndStaysOverItsMark() {
        List<Label> labels = List.of(Label.of(200, 150), new Label(202, new double[] {390}, 2, true));
        LabelPlacement.Result r = LabelPlacement.place(labels, new int[] {1, 0}, TWO_ROWS);
        Placed required = r.placed()[1];
        assertThat(required).isNotNull();
        assertThat(required.x1() - required.x0()).isEqualTo(390);
        assertThat(required.y1() - required.y0()).as("two lines").isEqualTo(21 + 18);
        assertThat(required.leaderX()).isEqualTo(202);
        assertThat(r.isDropped(0)).as("no room left beside a two-line label in two rows").isTrue();
    }

    @Test
    void obstaclesAndMarksOutsideTheFrameGetNoLabelOverThem() {
        double[] pill = {0, 91, 60, 109};
        List<Label> labels = List.of(Label.of(420, 50), Label.of(30, 50));
        LabelPlacement.Result r = LabelPlacement.place(labels, new int[] {0, 1}, TWO_ROWS, List.<double[]>of(pill));
        assertThat(r.isDropped(0)).as("its mark is beyond the frame").isTrue();
        assertThat(r.placed()[1].y1()).isLessThanOrEqualTo(pill[1]);
    }
}

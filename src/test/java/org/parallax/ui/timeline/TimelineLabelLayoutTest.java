package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.TimelinePainter.Hit;
import org.parallax.chart.timeline.TimelinePainter.LabelBox;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The events lane's labels, laid out as the window and the exports lay them out, at every zoom step from "fit all" to
 * the closest, across the whole extent, collapsed and to scale, with an event selected in each view: no two labels
 * overlap, no leader runs through a label, every label is joined to its mark by a leader, and the selected event's
 * label is always there with its whole title. On the bundled corpus and on 2,000 generated events. No robot: the
 * painter draws on a canvas that keeps nothing, as ControlsFX's skin tests lay out without a window.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineLabelLayoutTest {

    private static final Function<TimelineColour, Paint> COLOURS = TimelineColour::light;

    @Test
    void theBundledCorpusLabelsNeverOverlapAtAnyZoom() throws Exception {
        Corpus c = SampleCorpus.get();
        TimelineData data = TimelineData.build(c.events(), c.stories(), c.articles(), TimelineData.outletLanes(c),
                LaneMode.OUTLET);
        int frames = WaitForAsyncUtils.asyncFx(() -> checkEveryZoom(data, 1600, 320)
                + checkEveryZoom(data, 1024, 260)).get();
        assertThat(frames).isGreaterThan(50);
    }

    @Test
    void twoThousandGeneratedEventsLabelsNeverOverlapAtAnyZoom() throws Exception {
        TimelineBenchmark.Generated g = TimelineBenchmark.generate(2_000, 7);
        TimelineData data = TimelineData.build(g.events(), g.stories(), g.articles(), g.outlets(), LaneMode.OUTLET);
        int frames = WaitForAsyncUtils.asyncFx(() -> checkEveryZoom(data, 1600, 420)).get();
        assertThat(frames).isGreaterThan(100);
    }

    /** Every zoom step, a dozen views across the extent each, collapsed and to scale; returns the frames checked. */
    private static int checkEveryZoom(TimelineData data, double width, double height) {
        TimelinePainter painter = new TimelinePainter();
        ChartCanvas canvas = nothing();
        double plot = width - TimelinePainter.GUTTER;
        int frames = 0;
        for (CollapsedTime mapping : new CollapsedTime[] {data.collapsed(), CollapsedTime.IDENTITY}) {
            TimeAxis fitted = new TimeAxis(mapping, 0, 1).fit(data.anchorExtent().orElseThrow().padded(0.5), plot, 48);
            for (TimeAxis zoomed = fitted; zoomed.scale() < TimeAxis.MAX_SCALE;
                    zoomed = zoomed.zoom(TimelineViewport.ZOOM_STEP, plot / 2)) {
                for (int k = 0; k < 12; k++) {
                    int centre = (int) ((long) (data.size() - 1) * k / 11);
                    TimeAxis view = zoomed.pan(plot / 2 - zoomed.toPixel(data.anchor(centre)));
                    TimelinePainter.State state = new TimelinePainter.State(centre, -1, false, 0,
                            TimelinePainter.GUTTER, true);
                    List<Hit> hits = painter.paint(canvas, width, height, data, view, state, COLOURS);
                    check(data, painter.labels(), hits, centre, view, plot);
                    frames++;
                }
            }
        }
        return frames;
    }

    private static void check(TimelineData data, List<LabelBox> labels, List<Hit> hits, int selected, TimeAxis view,
                              double plot) {
        String where = "at " + view.scale() + " px/day around " + data.event(selected).date();
        for (int a = 0; a < labels.size(); a++) {
            LabelBox la = labels.get(a);
            assertThat(la.leaderX()).as("leader within its label " + where).isBetween(la.x0(), la.x1());
            assertThat(la.leaderToY()).as("leader reaches its label " + where).isEqualTo(la.y1());
            assertThat(hits).as("a mark at the foot of the leader of '%s' %s", la.text(), where)
                    .anyMatch(h -> h.lane() == -1 && Math.abs(h.x() - la.leaderX()) < 1.01
                            && h.y() == la.leaderFromY() && h.members()[0] == la.members()[0]);
            assertThat(la.x0()).as("inside the plot " + where).isGreaterThanOrEqualTo(0);
            assertThat(la.x1()).as("inside the plot " + where).isLessThanOrEqualTo(plot);
            for (int b = 0; b < labels.size(); b++) {
                LabelBox lb = labels.get(b);
                if (a == b) {
                    continue;
                }
                assertThat(la.overlaps(lb)).as("'%s' and '%s' overlap %s", la.text(), lb.text(), where).isFalse();
                if (lb.y1() > la.y1()) { // b is lower: a's leader passes its row
                    assertThat(la.leaderX() > lb.x0() && la.leaderX() < lb.x1())
                            .as("the leader of '%s' runs through '%s' %s", la.text(), lb.text(), where).isFalse();
                }
            }
        }
        double x = view.toPixel(data.anchor(selected));
        if (x >= 2 && x <= plot - 2) {
            String title = data.event(selected).label();
            assertThat(labels).as("the selected event's label, whole, %s", where)
                    .anyMatch(l -> contains(l.members(), selected) && l.text().startsWith(title));
        }
    }

    private static boolean contains(int[] members, int i) {
        for (int m : members) {
            if (m == i) {
                return true;
            }
        }
        return false;
    }

    /** A canvas that draws nothing: only the layout is under test. */
    private static ChartCanvas nothing() {
        return (ChartCanvas) Proxy.newProxyInstance(ChartCanvas.class.getClassLoader(),
                new Class<?>[] {ChartCanvas.class}, (proxy, method, args) -> null);
    }
}

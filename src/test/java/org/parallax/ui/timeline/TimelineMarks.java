package org.parallax.ui.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import org.parallax.chart.FxChartCanvas;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.model.Event;

/**
 * Where a chart draws its marks, found the way its skin finds them: the chart's painter run on the chart's data and
 * view at the chart's size. Tests click and check marks through this instead of asking the skin. FX thread only.
 */
public final class TimelineMarks {

    private TimelineMarks() {
    }

    /** Every mark, with the lanes scrolled by {@code laneScroll} pixels (the skin's own clamp applies). */
    public static List<TimelinePainter.Hit> of(TimelineChart chart, double laneScroll) {
        if (chart.getAxis() == null) {
            return List.of();
        }
        double width = Math.floor(chart.getWidth());
        double height = Math.floor(chart.getHeight());
        Canvas scratch = new Canvas(width, height);
        TimelineData data = chart.getData();
        TimelinePainter.State state = new TimelinePainter.State(data.indexOf(chart.getSelectedEvent()), -1,
                chart.isFocused(), laneScroll);
        return new TimelinePainter().paint(new FxChartCanvas(scratch.getGraphicsContext2D()), width, height, data,
                chart.getAxis(), state, chart::getPaint);
    }

    public static List<TimelinePainter.Hit> of(TimelineChart chart) {
        return of(chart, 0);
    }

    /** Where {@code event}'s mark (or the cluster holding it) is on the events lane, on the screen. */
    public static Optional<Point2D> onScreen(TimelineChart chart, Event event) {
        int i = chart.getData().indexOf(event);
        return of(chart).stream()
                .filter(h -> h.lane() == -1 && Arrays.stream(h.members()).anyMatch(m -> m == i))
                .findFirst()
                .map(h -> chart.localToScreen(TimelinePainter.GUTTER + h.x(), h.y()));
    }
}

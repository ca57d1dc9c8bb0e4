package org.parallax.export;

import org.parallax.chart.timeline.TimelineGeometry;
import org.parallax.chart.timeline.scale.TimeAxis;

/** How much of the chart an export shows. */
public sealed interface Extent {

    /**
     * What is on screen: the chart's current time axis over a chart of {@code width} × {@code height} pixels whose
     * lane-name column is {@code laneNames} wide (the user may have dragged it), so the plot shows the same time.
     */
    record OnScreen(TimeAxis axis, double width, double height, double laneNames) implements Extent {
        public OnScreen {
            if (axis == null || !(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("an on-screen extent needs an axis and a positive size");
            }
            laneNames = TimelineGeometry.clampGutter(laneNames);
        }

        /** With the lane-name column at its default width. */
        public OnScreen(TimeAxis axis, double width, double height) {
            this(axis, width, height, TimelineGeometry.DEFAULT_GUTTER);
        }
    }

    /** Everything (after the filters): the whole time extent, wide enough to read, every lane. */
    record Everything() implements Extent {
    }

    Extent EVERYTHING = new Everything();
}

package org.parallax.export;

import org.parallax.chart.timeline.scale.TimeAxis;

/** How much of the chart an export shows. */
public sealed interface Extent {

    /** What is on screen: the chart's current time axis over a plot of {@code width} × {@code height} pixels. */
    record OnScreen(TimeAxis axis, double width, double height) implements Extent {
        public OnScreen {
            if (axis == null || !(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("an on-screen extent needs an axis and a positive size");
            }
        }
    }

    /** Everything (after the filters): the whole time extent, wide enough to read, every lane. */
    record Everything() implements Extent {
    }

    Extent EVERYTHING = new Everything();
}

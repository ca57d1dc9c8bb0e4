package org.parallax.export;

import org.parallax.chart.ChartCanvas;

/**
 * A chart ready to draw, decorations included, at a fixed size in chart pixels. Drawing it on any
 * {@link ChartCanvas} gives the same picture, which is what keeps PNG and SVG in step.
 */
public interface ChartPicture {

    double width();

    double height();

    /** Draws the whole picture with its top-left corner at (0, 0); returns how many event marks were drawn. */
    int paint(ChartCanvas g);
}

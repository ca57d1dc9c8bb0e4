package org.parallax.chart;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The charts' one type scale, in the platform's default family: what the painters and the exported titles and legends
 * draw with, so the screen, the PNG and the SVG set text alike. Fonts are immutable and safe to share between threads.
 */
public final class ChartFonts {

    private static final String FAMILY = Font.getDefault().getFamily();

    /** Labels, lane names, legend text: 12 px. */
    public static final Font REGULAR = Font.font(FAMILY, 12);
    /** Headings, cluster counts, outlet names: 12 px bold. */
    public static final Font BOLD = Font.font(FAMILY, FontWeight.BOLD, 12);
    /** Tick labels, dates, counts, cell text: 11 px. */
    public static final Font SMALL = Font.font(FAMILY, 11);
    /** Counts of a hundred and more in a cluster mark: 9 px. */
    public static final Font TINY = Font.font(FAMILY, 9);

    private ChartFonts() {
    }
}

package org.parallax.chart;

import javafx.scene.paint.Color;

/**
 * A colour role of a chart ({@code TimelineColour}, {@code CoverageColour}): a looked-up CSS colour ({@code -px-tl-*},
 * {@code -px-cov-*}) that the stylesheets set from the {@code -px-*} tokens, so the dark theme recolours the chart on
 * screen and in exports alike, and the light theme's value, which a painter uses when nothing themed supplies
 * colours (the command line's exports).
 */
public interface ChartColour {

    /** What a role's constant holds. */
    record Role(String cssName, Color light) {

        /** {@code light} in CSS syntax ("#2563c9", "rgba(37, 99, 201, 0.22)"). */
        public Role(String cssName, String light) {
            this(cssName, Color.web(light));
        }
    }

    Role role();

    /** The CSS property (and looked-up colour) that sets this role. */
    default String cssName() {
        return role().cssName();
    }

    /** The light theme's value. */
    default Color light() {
        return role().light();
    }
}

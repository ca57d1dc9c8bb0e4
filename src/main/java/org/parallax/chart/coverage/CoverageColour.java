package org.parallax.chart.coverage;

import javafx.scene.paint.Color;

/**
 * The coverage chart's colours by role. Each is a {@code -px-cov-*} looked-up colour set from the {@code -px-*}
 * tokens (in {@code ui/compare/coverage-chart.css}), so the dark theme recolours the chart on screen and in exports
 * alike. The light values here are what a painter uses when nothing themed supplies colours.
 */
public enum CoverageColour {
    BACKGROUND("-px-cov-background", "#ffffff"),
    STRIPE("-px-cov-stripe", "#f7f8fa"),
    GRID("-px-cov-grid", "#d9dce1"),
    TEXT("-px-cov-text", "#1c1f24"),
    MUTED("-px-cov-muted", "#6b7280"),
    /** A cell of the first outlet to report. */
    FIRST("-px-cov-first", "#1e4fa3"),
    /** A cell of the latest report; reports in between are mixed from FIRST to LATE. */
    LATE("-px-cov-late", "#c7d7f2"),
    /** A report from an undated article. */
    UNDATED("-px-cov-undated", "#c4c8cf"),
    /** Text on a dark cell. */
    CELL_TEXT("-px-cov-cell-text", "#ffffff"),
    /** The keyboard focus ring. */
    FOCUS("-px-cov-focus", "#2563c9");

    private final String cssName;
    private final Color light;

    CoverageColour(String cssName, String light) {
        this.cssName = cssName;
        this.light = Color.web(light);
    }

    /** The CSS property (and looked-up colour) that sets this role. */
    public String cssName() {
        return cssName;
    }

    /** The light theme's value. */
    public Color light() {
        return light;
    }
}

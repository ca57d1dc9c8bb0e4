package org.parallax.chart.coverage;

import org.parallax.chart.ChartColour;

/** The coverage chart's colour roles ({@link ChartColour}), set from the tokens in {@code ui/compare/coverage-chart.css}. */
public enum CoverageColour implements ChartColour {
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

    private final Role role;

    CoverageColour(String cssName, String light) {
        this.role = new Role(cssName, light);
    }

    @Override
    public Role role() {
        return role;
    }
}

package org.parallax.chart.timeline;

import org.parallax.chart.ChartColour;

/** The timeline's colour roles ({@link ChartColour}), set from the tokens in {@code ui/timeline/timeline.css}. */
public enum TimelineColour implements ChartColour {
    BACKGROUND("-px-tl-background", "#ffffff"),
    LANE_ALT("-px-tl-lane-alt", "#f7f8fa"),
    GRID("-px-tl-grid", "#d9dce1"),
    RULE("-px-tl-rule", "#d9dce1"),
    TEXT("-px-tl-text", "#1c1f24"),
    MUTED("-px-tl-muted", "#6b7280"),
    MARK("-px-tl-mark", "#2563c9"),
    MARK_BACKGROUND("-px-tl-mark-background", "#9ba2ae"),
    CLUSTER("-px-tl-cluster", "#1c4b97"),
    MARK_TEXT("-px-tl-mark-text", "#ffffff"),
    ERA("-px-tl-era", "#2563c92e"),
    ERA_TEXT("-px-tl-era-text", "#2563c9"),
    BREAK("-px-tl-break", "#f7f8fa"),
    SELECTION("-px-tl-selection", "rgba(37, 99, 201, 0.22)"),
    FOCUS("-px-tl-focus", "#2563c9"),
    LABEL_BACKGROUND("-px-tl-label-background", "#ffffff"),
    /** Text of the selected event's (or cluster's) label, on {@link #SELECTION}. */
    SELECTION_TEXT("-px-tl-selection-text", "#0f2f66");

    private final Role role;

    TimelineColour(String cssName, String light) {
        this.role = new Role(cssName, light);
    }

    @Override
    public Role role() {
        return role;
    }
}

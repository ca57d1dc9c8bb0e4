package org.parallax.ui.timeline;

import javafx.css.PseudoClass;

/**
 * The timeline's style-class names and pseudo-classes. They belong in {@code ui.common.Styles} once the shell
 * integrates the timeline; they live here until then so this package adds files only.
 */
public final class TimelineStyles {

    /** The chart control. */
    public static final String TIMELINE = "px-timeline";
    /** The canvas the skin draws on. */
    public static final String TIMELINE_CANVAS = "px-timeline-canvas";

    /** Nothing to place. */
    public static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    /** An event is selected. */
    public static final PseudoClass HAS_SELECTION = PseudoClass.getPseudoClass("has-selection");
    /** Empty time is collapsed into breaks. */
    public static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");

    private TimelineStyles() {
    }
}

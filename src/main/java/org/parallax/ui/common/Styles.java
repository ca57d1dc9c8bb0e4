package org.parallax.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Style-class names and pseudo-classes used by Parallax's views, as constants so code and CSS
 * cannot drift apart silently. Colours live in the tokens stylesheet ({@link Theme}), never in code.
 */
public final class Styles {

    private Styles() {
    }

    // Shared
    public static final String APP_ROOT = "px-app";
    public static final String MUTED = "px-muted";
    public static final String SEPARATOR_DOT = "px-dot";
    public static final String PANEL_HEADER = "px-panel-header";
    public static final String PANEL_TITLE = "px-panel-title";
    public static final String FLAT_BUTTON = "px-flat-button";
    public static final String EMPTY_STATE = "px-empty-state";
    public static final String EMPTY_TITLE = "px-empty-title";
    public static final String EMPTY_HINT = "px-empty-hint";
    public static final String ACCENT_BUTTON = "px-accent-button";
    public static final String ICON = "px-icon";
    public static final String ICON_WARNING = "px-icon-warning";

    // Shell
    public static final String SHELL = "px-shell";
    public static final String MAIN_SPLIT = "px-main-split";
    public static final String CONTENT_SPLIT = "px-content-split";
    public static final String DROP_OVERLAY = "px-drop-overlay";
    public static final String DROP_LABEL = "px-drop-label";

    // Article list
    public static final String ARTICLE_LIST = "px-article-list";
    public static final String FILTER_BAR = "px-filter-bar";
    public static final String ARTICLE_TABLE = "px-article-table";
    public static final String OUTLET_CELL = "px-outlet-cell";
    public static final String DATE_CELL = "px-date-cell";
    public static final String TITLE_CELL = "px-title-cell";

    // Article view
    public static final String ARTICLE_VIEW = "px-article-view";
    public static final String ARTICLE_COLUMN = "px-article-column";
    public static final String ARTICLE_HEADLINE = "px-article-headline";
    public static final String ARTICLE_META = "px-article-meta";
    public static final String ARTICLE_BODY = "px-article-body";
    public static final String ARTICLE_TEXT = "px-article-text";
    public static final String ARTICLE_FLOW = "px-article-flow";
    public static final String ARTICLE_TEXT_RUN = "px-article-text-run";
    public static final String TEXT_SELECTION = "px-text-selection";
    public static final String TEXT_HIGHLIGHT = "px-text-highlight";
    public static final String ARTICLE_RULE = "px-article-rule";

    // Status bar
    public static final String STATUS_BAR = "px-status-bar";
    public static final String STATUS_COUNTS = "px-status-counts";
    public static final String STATUS_PROBLEMS = "px-status-problems";
    public static final String STATUS_PROGRESS = "px-status-progress";
    public static final String STATUS_MESSAGE = "px-status-message";
    public static final String STATUS_CANCEL = "px-status-cancel";

    // Problems panel
    public static final String PROBLEMS_PANEL = "px-problems";
    public static final String PROBLEMS_TABLE = "px-problems-table";
    public static final String PROBLEM_FILE_CELL = "px-problem-file";
    public static final String PROBLEM_POSITION_CELL = "px-problem-position";
    public static final String PROBLEM_COUNT = "px-problem-count";

    // Event detail
    public static final String EVENT_DETAIL = "px-event-detail";
    public static final String EVENT_LABEL = "px-event-label";
    /** The "Corrected by you" mark on an item the user corrected. */
    public static final String CORRECTED = "px-corrected";
    public static final String EVENT_META = "px-event-meta";
    /** "Merged: same day, same actor: …": why an event's statements were taken for one happening. */
    public static final String MERGE_REASONS = "px-merge-reasons";
    public static final String MENTION = "px-mention";
    public static final String MENTION_OUTLET = "px-mention-outlet";
    public static final String MENTION_TEXT = "px-mention-text";
    public static final String SECTION_TITLE = "px-section-title";
    /** The window's first frame before the shell is built (ui.shell.StartSkeleton): its root, bar and text. */
    public static final String SKELETON = "px-skeleton";
    public static final String SKELETON_BAR = "px-skeleton-bar";
    public static final String SKELETON_TEXT = "px-skeleton-text";
    public static final String QUOTE_LINE = "px-quote-line";

    // Timeline (the chart control and the bar above it)
    /** The chart control. */
    public static final String TIMELINE = "px-timeline";
    /** The canvas the timeline's skin draws on. */
    public static final String TIMELINE_CANVAS = "px-timeline-canvas";
    /** The bar above the timeline: filters, search, zoom. */
    public static final String TIMELINE_BAR = "px-timeline-bar";
    public static final String TIMELINE_FILTER = "px-timeline-filter";
    public static final String ZOOM_SLIDER = "px-zoom-slider";
    public static final String SEARCH_FIELD = "px-search-field";
    public static final String SEARCH_RESULTS = "px-search-results";
    public static final String SEARCH_HIT_KIND = "px-search-hit-kind";
    public static final String SEARCH_HIT_TEXT = "px-search-hit-text";
    public static final String SEARCH_HIT_SOURCE = "px-search-hit-source";
    /** The detail line that says outlets disagree about an event's date. */
    public static final String DATE_DISAGREEMENT = "px-date-disagreement";
    /** The tabs below the timeline: articles, quotes, figures, coverage. */
    public static final String LOWER_TABS = "px-lower-tabs";
    /** The event detail's "Compare quotes" button. */
    public static final String COMPARE_QUOTES = "px-compare-quotes";
    /** The event detail's "What happened, and who told it": the section, a happening, its word, who told it, a sentence. */
    public static final String HAPPENINGS = "px-happenings";
    public static final String HAPPENING = "px-happening";
    public static final String HAPPENING_HEAD = "px-happening-head";
    public static final String HAPPENING_WORD = "px-happening-word";
    public static final String HAPPENING_TELLERS = "px-happening-tellers";
    public static final String HAPPENING_UNDATED = "px-happening-undated";
    public static final String HAPPENING_LINE = "px-happening-line";
    public static final String HAPPENING_SOURCE = "px-happening-source";
    public static final String HAPPENING_SENTENCE = "px-happening-sentence";

    /** Empty time is collapsed into breaks on the timeline. */
    public static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    /** An event is selected on the timeline. */
    public static final PseudoClass HAS_SELECTION = PseudoClass.getPseudoClass("has-selection");
    /** A disclosure shows what it holds (a happening's sentences in the event detail). */
    public static final PseudoClass EXPANDED = PseudoClass.getPseudoClass("expanded");
    /** A filter hides something. */
    public static final PseudoClass FILTERED = PseudoClass.getPseudoClass("filtered");

    /** A muted value: unknown outlet, undated, a title made up from the first sentence. */
    public static final PseudoClass MUTED_STATE = PseudoClass.getPseudoClass("muted");
    /** Something is dragged over the window that it could open. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** Views show their empty state. */
    public static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    /** A problems count above zero. */
    public static final PseudoClass HAS_PROBLEMS = PseudoClass.getPseudoClass("has-problems");
    /** The dark theme is on (set on the scene root, for the rare rule that is not a token). */
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    /** Adds style classes to a node and returns it, for fluent building. */
    public static <N extends Node> N style(N node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}

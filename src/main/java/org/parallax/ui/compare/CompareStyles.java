package org.parallax.ui.compare;

import java.util.Locale;
import javafx.css.PseudoClass;
import org.parallax.model.Verdict;

/** Style-class names and pseudo-classes of the comparison views, as constants so code and CSS cannot drift apart. */
public final class CompareStyles {

    private CompareStyles() {
    }

    // DiffText
    /** The dash in an aligned row where a version has no words. */
    public static final String GAP_MARK = "px-compare-gap-mark";
    public static final String DIFF_TEXT = "px-diff-text";
    public static final String DIFF_WORD = "px-diff-word";

    // Quote comparison
    public static final String COMPARISON = "px-quote-comparison";
    public static final String COMPARISON_HEADER = "px-compare-header";
    public static final String COMPARISON_TITLE = "px-compare-title";
    public static final String COMPARISON_SUBTITLE = "px-compare-subtitle";
    /** "Credited to … in 2 of 3 articles, to … in 1": the articles disagree on who said it. */
    public static final String COMPARISON_ATTRIBUTION = "px-compare-attribution";
    public static final String COMPARISON_TOOLS = "px-compare-tools";
    public static final String COMPARISON_GRID = "px-compare-grid";
    public static final String COMPARISON_ROW = "px-compare-row";
    public static final String COMPARISON_HEADS = "px-compare-heads";
    public static final String COMPARISON_HEADS_PANE = "px-compare-heads-pane";
    public static final String COLUMN_HEAD = "px-compare-column-head";
    public static final String COLUMN_OUTLET = "px-compare-outlet";
    public static final String COLUMN_META = "px-compare-meta";
    public static final String COLUMN_BADGES = "px-compare-badges";
    public static final String CELL = "px-compare-cell";
    public static final String VERDICT_BADGE = "px-verdict-badge";
    public static final String BASE_BADGE = "px-base-badge";
    public static final String LEGEND = "px-diff-legend";
    public static final String LEGEND_ITEM = "px-diff-legend-item";

    // Quotes list
    public static final String QUOTES_LIST = "px-quotes-list";
    public static final String QUOTES_FILTER = "px-quotes-filter";
    public static final String QUOTE_CELL = "px-quote-cell";
    public static final String QUOTE_CELL_TEXT = "px-quote-cell-text";
    public static final String QUOTE_CELL_META = "px-quote-cell-meta";
    public static final String DIFFERENCE_BAR = "px-difference-bar";
    public static final String EVENT_FILTER_CHIP = "px-event-filter-chip";
    /** "credited to 2 speakers" on a cluster whose articles disagree on who said it. */
    public static final String ATTRIBUTION_BADGE = "px-attribution-badge";
    /** The Quotes list's "Attribution differs" filter. */
    public static final String ATTRIBUTION_FILTER = "px-attribution-filter";

    // Figure table
    public static final String FIGURE_TABLE = "px-figure-table";
    public static final String FIGURE_FLAG = "px-figure-flag";

    // Coverage chart
    public static final String COVERAGE_CHART = "px-coverage-chart";

    // Workspace
    public static final String WORKSPACE = "px-compare-workspace";

    /** The word differs from the base in this way ({@link Mark#label()}). */
    public static PseudoClass mark(Mark mark) {
        return PseudoClass.getPseudoClass(mark.label());
    }

    /** A verdict badge's verdict: {@code :reference}, {@code :paraphrase}, … */
    public static PseudoClass verdict(Verdict verdict) {
        return PseudoClass.getPseudoClass(verdict.name().toLowerCase(Locale.ROOT));
    }

    /** The column the others are marked against. */
    public static final PseudoClass BASE = PseudoClass.getPseudoClass("base");
    /** The mouse is over some part of this column. */
    public static final PseudoClass COLUMN_HOVER = PseudoClass.getPseudoClass("column-hover");
    /** An aligned row where some version differs. */
    public static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    /** A cell where the version has nothing. */
    public static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");
    /** A figure group whose values disagree; a column whose article credits a quote to someone else. */
    public static final PseudoClass DISAGREES = PseudoClass.getPseudoClass("disagrees");
    /** A column whose article names nobody and shows the speaker the other outlets credit. */
    public static final PseudoClass INHERITED = PseudoClass.getPseudoClass("inherited");
}

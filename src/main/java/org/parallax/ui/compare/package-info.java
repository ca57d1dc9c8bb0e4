/**
 * The comparison views: how each outlet reported the same quote and the same figure. {@link
 * org.parallax.ui.compare.QuoteComparison} (a plain view model over {@code compare.align}) feeds the
 * {@link org.parallax.ui.compare.QuoteComparisonView}, whose columns mark words with the reusable
 * {@link org.parallax.ui.compare.DiffText}; {@link org.parallax.ui.compare.QuotesList},
 * {@link org.parallax.ui.compare.FigureTable} and {@link org.parallax.ui.compare.CoverageChart} sit beside it in the
 * {@link org.parallax.ui.compare.CompareWorkspace} the shell shows.
 *
 * <p>May use the model, {@code compare} (alignments, figure groups, reporting lags), {@code chart} (the coverage
 * painter and its canvas), {@code ui.common} and {@code ui.concurrent}; knows no other {@code ui} package: "open the
 * source" is a span handed to the shell.
 */
package org.parallax.ui.compare;

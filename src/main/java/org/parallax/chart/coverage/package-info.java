/**
 * The coverage chart: events × outlets, a cell where an outlet reported an event, shaded by how many days after the
 * first report it did. {@link org.parallax.chart.coverage.CoverageData} is built from the model,
 * {@link org.parallax.chart.coverage.CoveragePainter} draws it on any {@link org.parallax.chart.ChartCanvas}
 * (the screen control in {@code ui.compare}, PNG and SVG exports alike).
 */
package org.parallax.chart.coverage;

/**
 * Chart export: one {@link org.parallax.export.ExportRequest} (chart, extent, format, scale, filters) shared by the
 * command line and the dialog; a {@link org.parallax.export.ChartPicture} (the chart plus title and legend) drawn
 * through the {@code chart} painter interface onto either a Canvas ({@link org.parallax.export.PngRenderer}, in
 * tiles) or an SVG document ({@link org.parallax.export.SvgChartCanvas}), so the two formats agree; files are written
 * atomically ({@link org.parallax.store.AtomicFiles}).
 */
package org.parallax.export;

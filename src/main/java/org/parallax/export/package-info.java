/**
 * Chart export: one {@link org.parallax.export.ExportRequest} (chart, extent, format, scale, filters) and one
 * {@link org.parallax.export.ExportJob} (lay out, draw step by step, write) shared by the command line and the
 * dialog; a {@link org.parallax.export.ChartPicture} (the chart in the frame of title and legend every chart gets)
 * drawn through the {@code chart} painter interface onto either a Canvas ({@link org.parallax.export.PngRenderer}, in
 * tiles) or an SVG document ({@link org.parallax.export.SvgChartCanvas}), so the two formats agree; files are written
 * safely through {@link org.parallax.store.AtomicFiles}.
 */
package org.parallax.export;

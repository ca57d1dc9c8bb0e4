/**
 * Chart painting shared by the screen and the exports: {@link org.parallax.chart.ChartCanvas} is what a painter
 * draws on, {@link org.parallax.chart.FxChartCanvas} its Canvas back end; the painters themselves
 * ({@code chart.timeline}) hold no controls, so {@code export} can draw them into PNG and SVG.
 */
package org.parallax.chart;

/**
 * Chart painting shared by the screen and the exports: {@link org.parallax.chart.ChartCanvas} is what a painter
 * draws on, {@link org.parallax.chart.FxChartCanvas} its Canvas back end; {@link org.parallax.chart.ChartFonts},
 * {@link org.parallax.chart.TextMeasure} and {@link org.parallax.chart.ChartColour} are the type scale, the text
 * measuring and the colour roles every chart shares. The painters themselves ({@code chart.timeline},
 * {@code chart.coverage}) hold no controls, so {@code export} can draw them into PNG and SVG.
 */
package org.parallax.chart;

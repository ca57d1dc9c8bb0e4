/**
 * The timeline as a drawing, without a control: {@link org.parallax.ui.chart.timeline.TimelineData} resolves the
 * model (events, stories, articles, outlets) into what is drawn, {@link org.parallax.ui.chart.timeline.TimelinePainter}
 * draws a frame on a {@link org.parallax.ui.chart.ChartCanvas} in the colours of
 * {@link org.parallax.ui.chart.timeline.TimelineColour}; the time maths live in {@code scale}. The interactive
 * control is {@code ui.timeline.TimelineChart}; exports use this package directly.
 */
package org.parallax.ui.chart.timeline;

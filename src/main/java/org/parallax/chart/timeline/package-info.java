/**
 * The timeline as a drawing, without a control: {@link org.parallax.chart.timeline.TimelineData} resolves the
 * model (events, stories, articles, outlets) into what is drawn, {@link org.parallax.chart.timeline.TimelinePainter}
 * draws a frame on a {@link org.parallax.chart.ChartCanvas} in the colours of
 * {@link org.parallax.chart.timeline.TimelineColour}; the time maths live in {@code scale}. The interactive
 * control is {@code ui.timeline.TimelineChart}; exports use this package directly.
 */
package org.parallax.chart.timeline;

/**
 * The timeline and what stands beside it: {@link org.parallax.ui.timeline.TimelineChart}, a Control whose
 * {@link org.parallax.ui.timeline.TimelineChartSkin} draws on one Canvas through the painter of {@code chart.timeline}
 * while {@link org.parallax.ui.timeline.TimelineChartBehaviour} turns keys and mouse into actions on the control,
 * {@link org.parallax.ui.timeline.TimelineViewport} moves the view (fit, zoom, pan, glide) and
 * {@link org.parallax.ui.timeline.TimelineTooltips} says what a mark is; colours come from the {@code -px-*} tokens
 * as styleable properties ({@link org.parallax.ui.timeline.TimelinePalette}). Around it: {@link org.parallax.ui.timeline.TimelineFilter}
 * (what the chart hides, plain Java) and the {@link org.parallax.ui.timeline.TimelineBar} that edits it,
 * {@link org.parallax.ui.timeline.EventDetail} (the selected event, every outlet's sentence and its quotes, and
 * what happened and who told it, dated or not: {@link org.parallax.ui.timeline.HappeningsSection} from the plain
 * {@link org.parallax.ui.timeline.EventHappenings}), and
 * {@link org.parallax.ui.timeline.TimelineBenchmark} for {@code parallax bench timeline}.
 *
 * <p>May use the model, {@code chart} (and its {@code timeline} painter), {@code ui.common} and
 * {@code ui.concurrent}; knows no other {@code ui} package (the search field sits in the bar as a plain node the
 * shell hands in).
 */
package org.parallax.ui.timeline;

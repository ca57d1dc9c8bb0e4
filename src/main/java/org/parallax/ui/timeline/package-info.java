/**
 * The timeline view: {@link org.parallax.ui.timeline.TimelineChart}, a Control whose
 * {@link org.parallax.ui.timeline.TimelineChartSkin} draws on one Canvas through the painter of
 * {@code chart.timeline}; colours come from the {@code -px-*} tokens as styleable properties
 * ({@link org.parallax.ui.timeline.TimelinePalette}); style names are in {@code ui.common.Styles}.
 */
package org.parallax.ui.timeline;

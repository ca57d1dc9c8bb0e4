/**
 * The timeline view: {@link org.parallax.ui.timeline.TimelineChart}, a Control whose
 * {@link org.parallax.ui.timeline.TimelineChartSkin} draws on one Canvas through a
 * {@link org.parallax.ui.timeline.TimelinePainter}; {@link org.parallax.ui.timeline.TimelineData} resolves the model
 * (events, stories, articles, outlets) into what is drawn; the time maths live in
 * {@code org.parallax.ui.timeline.scale} without a toolkit. Colours come from the {@code -px-*} tokens through
 * {@link org.parallax.ui.timeline.TimelinePalette}; style names are in
 * {@link org.parallax.ui.timeline.TimelineStyles} until the shell moves them to {@code ui.common.Styles}.
 */
package org.parallax.ui.timeline;

/**
 * The timeline's time maths, free of any toolkit: TIMEX3 values to day ranges, collapse of empty time, the time
 * axis (time to pixel, zoom around a point, pan, fit), adaptive ticks, lane stacking and clustering of dense days.
 */
package org.parallax.chart.timeline.scale;

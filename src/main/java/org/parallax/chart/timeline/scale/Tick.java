package org.parallax.chart.timeline.scale;

/** One tick on the axis: where (pixels), when (epoch days), its label, and whether it starts a context unit. */
public record Tick(double x, double day, String label, boolean major) {
}

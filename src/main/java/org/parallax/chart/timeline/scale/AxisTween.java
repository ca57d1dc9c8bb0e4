package org.parallax.chart.timeline.scale;

/**
 * The axes between two views of time, for a smooth zoom: the scale changes geometrically and the one pixel that
 * both views put at the same position stays put the whole way (the zoom's anchor), so nothing jumps; views of
 * equal scale pan linearly. Both axes must share one mapping.
 */
public final class AxisTween {

    private AxisTween() {
    }

    /** The axis at {@code t} in [0, 1] from {@code from} to {@code to}. */
    public static TimeAxis at(TimeAxis from, TimeAxis to, double t) {
        if (t <= 0) {
            return from;
        }
        if (t >= 1) {
            return to;
        }
        double s0 = from.scale();
        double s1 = to.scale();
        double scale = s0 * Math.pow(s1 / s0, t);
        if (Math.abs(s1 / s0 - 1) < 1e-9) {
            return new TimeAxis(to.mapping(), from.origin() + (to.origin() - from.origin()) * t, scale);
        }
        // the pixel p with from.origin + p / s0 == to.origin + p / s1
        double p = (to.origin() - from.origin()) / (1 / s0 - 1 / s1);
        double position = from.origin() + p / s0;
        return new TimeAxis(to.mapping(), position - p / scale, scale);
    }

    /** Ease-out: quick to start, gentle to land. */
    public static double ease(double t) {
        double u = 1 - Math.max(0, Math.min(1, t));
        return 1 - u * u * u;
    }
}

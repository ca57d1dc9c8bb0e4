package org.parallax.chart.timeline.scale;

/**
 * Where time sits on screen: days go through a {@link CollapsedTime} mapping to positions, and positions to pixels
 * by {@code x = (position - origin) * scale}. Immutable: zooming and panning return a new axis. The scale is pixels
 * per day within unbroken time, clamped between {@link #MIN_SCALE} (centuries on a screen) and {@link #MAX_SCALE}
 * (hours a hand apart).
 */
public record TimeAxis(CollapsedTime mapping, double origin, double scale) {

    public static final double MIN_SCALE = 1e-4;
    public static final double MAX_SCALE = 24 * 400;

    public TimeAxis {
        if (mapping == null) {
            mapping = CollapsedTime.IDENTITY;
        }
        scale = clamp(scale);
    }

    /** An axis showing days {@code [fromDay, toDay)} over {@code width} pixels, true scale. */
    public static TimeAxis showing(double fromDay, double toDay, double width) {
        return new TimeAxis(CollapsedTime.IDENTITY, fromDay, width / Math.max(toDay - fromDay, 1e-9));
    }

    public double toPixel(double day) {
        return (mapping.toPosition(day) - origin) * scale;
    }

    public double toDay(double pixel) {
        return mapping.toDay(pixel / scale + origin);
    }

    /** Zooms by {@code factor} (more than 1 zooms in) keeping the day under {@code anchorPixel} where it is. */
    public TimeAxis zoom(double factor, double anchorPixel) {
        double anchorPos = anchorPixel / scale + origin;
        double newScale = clamp(scale * factor);
        return new TimeAxis(mapping, anchorPos - anchorPixel / newScale, newScale);
    }

    /** Moves the content {@code dx} pixels right (dragging the chart right shows earlier time). */
    public TimeAxis pan(double dx) {
        return new TimeAxis(mapping, origin - dx / scale, scale);
    }

    /** Shows {@code range} over {@code width} pixels with {@code margin} pixels free on each side. */
    public TimeAxis fit(DayRange range, double width, double margin) {
        double p0 = mapping.toPosition(range.start());
        double p1 = mapping.toPosition(range.end());
        double usable = Math.max(1, width - 2 * margin);
        double newScale = clamp(usable / Math.max(p1 - p0, 1 / 24.0));
        double centre = (p0 + p1) / 2;
        return new TimeAxis(mapping, centre - (width / 2) / newScale, newScale);
    }

    /** The same view of time through another mapping: the day at {@code anchorPixel} stays put. */
    public TimeAxis withMapping(CollapsedTime newMapping, double anchorPixel) {
        double day = toDay(anchorPixel);
        return new TimeAxis(newMapping, newMapping.toPosition(day) - anchorPixel / scale, scale);
    }

    /** Pixels per day (outside breaks). */
    public double pixelsPerDay() {
        return scale;
    }

    private static double clamp(double s) {
        if (Double.isNaN(s) || s <= 0) {
            return MIN_SCALE;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}

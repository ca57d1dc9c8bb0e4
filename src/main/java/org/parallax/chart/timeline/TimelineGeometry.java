package org.parallax.chart.timeline;

/**
 * Where the parts of a timeline frame go, from top to bottom: the header (context and tick rows), the story eras' row,
 * the events lane (label rows over its marks), then one lane per outlet or story. The lane-name column is
 * {@code gutter} wide. A frame taller than the lanes need fills its height: first with more label rows (up to
 * {@link #MAX_LABEL_ROWS}, so fewer labels are dropped), then with taller lanes; never with blank space under them.
 * Without lanes the events lane keeps its label rows and the rest stays empty.
 */
public record TimelineGeometry(double gutter, int labelRows, double lane) {

    static final double CONTEXT_ROW = 20;
    static final double TICK_ROW = 22;
    static final double HEADER = CONTEXT_ROW + TICK_ROW;
    static final double ERA_ROW = 22;
    static final double LABEL_ROW = 21;
    static final int MIN_LABEL_ROWS = 3;
    static final int MAX_LABEL_ROWS = 6;
    /** A lane's height when there is no room to spare. */
    public static final double MIN_LANE = 30;
    public static final double FOOTER = 26;
    /** The lane-name column's width unless the user drags it; and its limits. */
    public static final double DEFAULT_GUTTER = 168;
    public static final double MIN_GUTTER = 96;
    public static final double MAX_GUTTER = 420;

    /** The compact frame: three label rows and the narrowest lanes. */
    public static final TimelineGeometry COMPACT = new TimelineGeometry(DEFAULT_GUTTER, MIN_LABEL_ROWS, MIN_LANE);

    public TimelineGeometry {
        gutter = clampGutter(gutter);
    }

    /** A lane-name column width the user may set: within its limits. */
    public static double clampGutter(double gutter) {
        return Double.isNaN(gutter) ? DEFAULT_GUTTER : Math.max(MIN_GUTTER, Math.min(MAX_GUTTER, gutter));
    }

    /**
     * The geometry that fills a frame {@code height} pixels high holding {@code laneCount} lanes (and a footer when
     * {@code footer}): the compact one when the lanes need more than there is (they scroll), else more label rows,
     * then taller lanes.
     */
    public static TimelineGeometry filling(double height, int laneCount, boolean footer, double gutter) {
        double room = height - (footer ? FOOTER : 0) - COMPACT.laneTop(laneCount);
        if (room <= 0) {
            return new TimelineGeometry(gutter, MIN_LABEL_ROWS, MIN_LANE);
        }
        int extraRows = (int) Math.min(MAX_LABEL_ROWS - MIN_LABEL_ROWS, Math.floor(room / LABEL_ROW));
        room -= extraRows * LABEL_ROW;
        double lane = laneCount == 0 ? MIN_LANE : MIN_LANE + Math.floor(room / laneCount);
        return new TimelineGeometry(gutter, MIN_LABEL_ROWS + extraRows, lane);
    }

    /** The events lane's height: its label rows and its marks' line. */
    public double eventsLane() {
        return 12 + labelRows * LABEL_ROW + 24;
    }

    /** The y of lane {@code lane}'s top (-1: the events lane), unscrolled. */
    public double laneTop(int lane) {
        double eventsTop = HEADER + ERA_ROW;
        return lane < 0 ? eventsTop : eventsTop + eventsLane() + lane * this.lane;
    }

    public double laneHeight(int lane) {
        return lane < 0 ? eventsLane() : this.lane;
    }

    /** The y of the marks in a lane, unscrolled. */
    public double markY(int lane) {
        return lane < 0 ? laneTop(-1) + eventsLane() - 14 : laneTop(lane) + this.lane / 2;
    }

    /**
     * The lane under y when the lanes are scrolled up by {@code scroll} pixels: -1 the events lane, 0.. an outlet or
     * story lane, {@code Integer.MIN_VALUE} none.
     */
    public int laneAt(double y, int laneCount, double scroll) {
        if (y < laneTop(-1)) {
            return Integer.MIN_VALUE;
        }
        if (y < laneTop(0)) {
            return -1;
        }
        int found = (int) ((y + scroll - laneTop(0)) / lane);
        return found < laneCount ? found : Integer.MIN_VALUE;
    }

    /** How far the lanes can scroll up in a chart {@code height} pixels high. */
    public double maxLaneScroll(double height, int laneCount, boolean footer) {
        return Math.max(0, laneTop(laneCount) - (height - (footer ? FOOTER : 0)));
    }
}

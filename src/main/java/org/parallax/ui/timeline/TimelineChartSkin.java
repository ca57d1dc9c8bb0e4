package org.parallax.ui.timeline;

import java.util.List;
import javafx.scene.canvas.Canvas;
import org.parallax.chart.FxChartCanvas;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelineGeometry;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.ui.common.BehaviourSkinBase;
import org.parallax.ui.common.Styles;

/**
 * Draws a {@link TimelineChart} on one Canvas through a {@link TimelinePainter}: changes mark the frame dirty and it
 * is drawn once per layout pulse. It keeps what the drawing needs besides the control's state (the focused lane, how
 * far the lanes are scrolled, where the marks were drawn) and answers which mark is at a point. Where the chart looks
 * is its {@link TimelineViewport}, what keys and mouse do its {@link TimelineChartBehaviour}, the tooltip its
 * {@link TimelineTooltips}. Listeners are registered through the skin base, so {@code dispose()} removes them all.
 */
public class TimelineChartSkin extends BehaviourSkinBase<TimelineChart, TimelineChartBehaviour> {

    /** How far from a mark (beyond its radius) a click still picks it. */
    private static final double CLICK_RADIUS = 28;

    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineViewport viewport = new TimelineViewport(this);
    private final TimelineTooltips tooltips = new TimelineTooltips(canvas, () -> getSkinnable().getQuoteSpeakers());
    private List<TimelinePainter.Hit> hits = List.of();
    private boolean dirty = true;
    private int focusedLane = -1;
    private double laneScroll;

    public TimelineChartSkin(TimelineChart chart) {
        super(chart);
        canvas.getStyleClass().add(Styles.TIMELINE_CANVAS);
        canvas.setManaged(false);
        getChildren().add(canvas);

        registerInvalidationListener(chart.dataProperty(), o -> {
            focusedLane = Math.min(focusedLane, getSkinnable().getData().lanes().size() - 1);
            viewport.refit();
        });
        registerInvalidationListener(chart.collapseEmptyTimeProperty(), o -> viewport.applyMapping());
        registerInvalidationListener(chart.axisProperty(), o -> {
            invalidate();
            viewport.updateZoomLevel();
        });
        registerChangeListener(chart.selectedEventProperty(), o -> {
            viewport.revealSelection();
            invalidate();
        });
        registerInvalidationListener(chart.focusedProperty(), o -> invalidate());
        registerInvalidationListener(chart.laneNameWidthProperty(), o -> {
            if (viewport.isFitted()) {
                viewport.fitAll(false); // the plot changed width: still show everything
            }
            invalidate();
        });
        for (TimelineColour p : TimelineColour.values()) {
            registerInvalidationListener(chart.paint(p), o -> invalidate());
        }
    }

    @Override
    protected TimelineChartBehaviour createBehaviour() {
        return new TimelineChartBehaviour(getSkinnable(), this);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        viewport.stop();
        tooltips.dispose();
        getChildren().remove(canvas);
        super.dispose();
    }

    // --- drawing

    /** Marks the frame dirty; it is drawn on the next layout pass. */
    void invalidate() {
        dirty = true;
        TimelineChart chart = getSkinnable();
        if (chart != null) {
            chart.requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double width = Math.floor(getSkinnable().getWidth());
        double height = Math.floor(getSkinnable().getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            if (viewport.isFitted() || getSkinnable().getAxis() == null) {
                viewport.fitAll(false);
            }
            dirty = true;
        }
        if (getSkinnable().getAxis() == null) {
            viewport.fitAll(false);
        }
        if (dirty) {
            redraw();
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        TimelineData data = getSkinnable().getData();
        return top + TimelinePainter.laneTop(data.lanes().size()) + (hasFooter(data) ? TimelinePainter.FOOTER : 0) + 8
                + bottom;
    }

    private void redraw() {
        dirty = false;
        TimelineChart chart = getSkinnable();
        TimeAxis axis = chart.getAxis();
        if (axis == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        TimelineData data = chart.getData();
        laneScroll = Math.max(0, Math.min(laneScroll, geometry().maxLaneScroll(canvas.getHeight(),
                data.lanes().size(), hasFooter(data))));
        TimelinePainter.State state = new TimelinePainter.State(data.indexOf(chart.getSelectedEvent()), focusedLane,
                chart.isFocused(), laneScroll, chart.getLaneNameWidth(), true);
        hits = painter.paint(new FxChartCanvas(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight(),
                data, axis, state, TimelinePalette.of(chart));
    }

    private static boolean hasFooter(TimelineData data) {
        return !data.undatedArticles().isEmpty() || !data.undatedEvents().isEmpty();
    }

    /** The width of the plot: the canvas less the lane names' gutter. */
    double plotWidth() {
        return Math.max(1, canvas.getWidth() - gutter());
    }

    /** The width of the lane-name column: where the plot starts. */
    double gutter() {
        return getSkinnable().getLaneNameWidth();
    }

    /** Where the lanes are in a frame of the chart's current size, data and column width. */
    TimelineGeometry geometry() {
        return TimelinePainter.geometry(canvas.getHeight(), getSkinnable().getData(), gutter());
    }

    TimelineViewport viewport() {
        return viewport;
    }

    TimelineTooltips tooltips() {
        return tooltips;
    }

    // --- lanes

    /** The lane the keyboard is in, -1 for none (the events lane). */
    int focusedLane() {
        return focusedLane;
    }

    void focusLane(int lane) {
        focusedLane = lane;
    }

    double laneScroll() {
        return laneScroll;
    }

    /** Scrolls the lanes by {@code dy} pixels, within what they need. */
    void scrollLanes(double dy) {
        TimelineData data = getSkinnable().getData();
        double max = geometry().maxLaneScroll(canvas.getHeight(), data.lanes().size(), hasFooter(data));
        double next = Math.max(0, Math.min(max, laneScroll + dy));
        if (next != laneScroll) {
            laneScroll = next;
            invalidate();
        }
    }

    /** Scrolls the lanes so the focused one is in view. */
    void revealLane() {
        if (focusedLane < 0) {
            return;
        }
        TimelineData data = getSkinnable().getData();
        TimelineGeometry geo = geometry();
        double top = geo.laneTop(focusedLane) - laneScroll;
        double bottom = canvas.getHeight() - (hasFooter(data) ? TimelinePainter.FOOTER : 0);
        if (top < geo.laneTop(0)) {
            scrollLanes(top - geo.laneTop(0));
        } else if (top + geo.lane() > bottom) {
            scrollLanes(top + geo.lane() - bottom);
        }
    }

    // --- what is where

    /** The mark of the label box under a point in plot coordinates, if any. */
    TimelinePainter.Hit labelAt(double plotX, double y) {
        for (TimelinePainter.LabelBox box : painter.labels()) {
            if (plotX >= 0 && box.contains(plotX, y)) {
                return hits.stream().filter(h -> h.lane() == -1 && h.members()[0] == box.members()[0])
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The mark nearest to a point in plot coordinates: in the clicked lane first, else anywhere near. */
    TimelinePainter.Hit nearest(double plotX, double y, int lane) {
        TimelinePainter.Hit best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (TimelinePainter.Hit h : hits) {
            double dx = h.x() - plotX;
            double dy = h.lane() == lane ? 0 : h.y() - y;
            double d = Math.hypot(dx, dy);
            if (d < bestDistance && d <= CLICK_RADIUS + h.radius()) {
                best = h;
                bestDistance = d;
            }
        }
        return best;
    }
}

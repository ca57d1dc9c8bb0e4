package org.parallax.ui.timeline;

import javafx.animation.AnimationTimer;
import javafx.util.Duration;
import org.parallax.chart.timeline.scale.AxisTween;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * Where the timeline looks: fits every event and era into view, zooms (at once, or gliding for about 180 ms when the
 * chart is animated and showing), pans, centres an event, follows a change of collapsed time, and keeps the chart's
 * zoom level in step. The view itself is the control's {@code axis}; this moves it. Any direct change (wheel, drag,
 * new data) stops a running glide.
 */
final class TimelineViewport {

    /** One zoom step (a key, a toolbar button). */
    static final double ZOOM_STEP = 1.5;
    /** Days a revealed event shows around it at most. */
    static final double REVEAL_DAYS = 60;
    static final Duration ANIMATION = Duration.millis(180);
    private static final double FIT_MARGIN = 48;

    private final TimelineChartSkin skin;
    private final AnimationTimer animation = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };
    private TimeAxis animationFrom;
    private TimeAxis animationTo;
    private long animationStart = -1;
    private boolean fitted = true;
    private double fitScale = Double.NaN;
    private CollapsedTime fitScaleFor;
    private double fitScaleWidth;

    TimelineViewport(TimelineChartSkin skin) {
        this.skin = skin;
    }

    private TimelineChart chart() {
        return skin.getSkinnable();
    }

    /** True while the view is "fit all" (a resize or new data fits again). */
    boolean isFitted() {
        return fitted;
    }

    private CollapsedTime mapping() {
        TimelineChart chart = chart();
        return chart.isCollapseEmptyTime() ? chart.getData().collapsed() : CollapsedTime.IDENTITY;
    }

    /** Moves the view to {@code target}: smoothly when the chart is animated and showing, at once otherwise. */
    private void animateTo(TimeAxis target) {
        TimelineChart chart = chart();
        TimeAxis current = chart.getAxis();
        stop();
        if (!chart.isAnimated() || current == null || current.mapping() != target.mapping()
                || chart.getScene() == null || chart.getScene().getWindow() == null
                || !chart.getScene().getWindow().isShowing()) {
            chart.setAxis(target);
            return;
        }
        animationFrom = current;
        animationTo = target;
        animation.start();
    }

    private void step(long now) {
        TimelineChart chart = chart();
        if (chart == null || animationTo == null) {
            stop();
            return;
        }
        if (animationStart < 0) {
            animationStart = now;
        }
        double t = (now - animationStart) / 1e6 / ANIMATION.toMillis();
        TimeAxis target = animationTo;
        if (t >= 1) {
            stop();
        }
        chart.setAxis(AxisTween.at(animationFrom, target, AxisTween.ease(t)));
    }

    /** Stops a running glide where it is. */
    void stop() {
        animation.stop();
        animationStart = -1;
        animationTo = null;
    }

    private void setAxisNow(TimeAxis axis) {
        stop();
        chart().setAxis(axis);
    }

    /** The view a running animation is heading to, else the current one: quick key presses add up. */
    private TimeAxis targetAxis() {
        return animationTo != null ? animationTo : chart().getAxis();
    }

    /** Fits every event and era into view, with margins: smoothly when asked and the mapping stays. */
    void fitAll(boolean animate) {
        TimelineChart chart = chart();
        TimeAxis target = fitTarget();
        if (animate && chart.getAxis() != null && chart.getAxis().mapping() == target.mapping()) {
            animateTo(target);
        } else {
            setAxisNow(target);
        }
        fitted = true;
        skin.invalidate();
    }

    /** New data: the fit-all scale is computed again, and the view fits the data at once. */
    void refit() {
        fitScale = Double.NaN;
        fitAll(false);
    }

    /** The view that shows every event and era, with margins. */
    private TimeAxis fitTarget() {
        DayRange extent = chart().getData().anchorExtent().orElseGet(() -> {
            double today = java.time.LocalDate.now().toEpochDay();
            return new DayRange(today - 30, today + 30);
        });
        return new TimeAxis(mapping(), 0, 1).fit(extent.padded(0.5), skin.plotWidth(), FIT_MARGIN);
    }

    /** The fit-all scale for the current data, mapping and width: computed once per change of those. */
    private double fitScale() {
        TimeAxis axis = chart().getAxis();
        if (Double.isNaN(fitScale) || fitScaleFor != axis.mapping() || fitScaleWidth != skin.plotWidth()) {
            fitScaleFor = axis.mapping();
            fitScaleWidth = skin.plotWidth();
            fitScale = fitTarget().scale();
        }
        return fitScale;
    }

    /** Tells the chart how far the view is zoomed in relative to "fit all". */
    void updateZoomLevel() {
        TimeAxis axis = chart().getAxis();
        if (axis != null) {
            chart().setZoomLevel(axis.scale() / fitScale());
        }
    }

    /** Zooms to {@code level} times the fit-all scale, at once (a slider drags it). */
    void zoomToLevel(double level) {
        TimeAxis axis = chart().getAxis();
        if (axis == null || !(level > 0)) {
            return;
        }
        double factor = level * fitScale() / axis.scale();
        if (Math.abs(factor - 1) < 1e-9) {
            return;
        }
        setAxisNow(axis.zoom(factor, selectionXOr(axis, skin.plotWidth() / 2)));
        fitted = Math.abs(level - 1) < 1e-6;
    }

    /** Where the selected event is on {@code axis} when it is in view, else {@code otherwise}. */
    private double selectionXOr(TimeAxis axis, double otherwise) {
        TimelineChart chart = chart();
        int i = chart.getData().indexOf(chart.getSelectedEvent());
        if (i >= 0) {
            double x = axis.toPixel(chart.getData().anchor(i));
            if (x >= 0 && x <= skin.plotWidth()) {
                return x;
            }
        }
        return otherwise;
    }

    /** Centres event {@code i}, zoomed in to about {@link #REVEAL_DAYS} when the view shows more; smoothly. */
    void centreOn(int i) {
        TimeAxis axis = targetAxis();
        if (axis == null || i < 0) {
            return;
        }
        double anchor = chart().getData().anchor(i);
        double wanted = skin.plotWidth() / REVEAL_DAYS;
        TimeAxis target = axis;
        if (target.pixelsPerDay() < wanted) {
            target = target.zoom(wanted / target.pixelsPerDay(), target.toPixel(anchor));
        }
        target = target.pan(skin.plotWidth() / 2 - target.toPixel(anchor));
        animateTo(target);
        fitted = false;
    }

    /** Collapsed time switched on or off: fit again, or keep the middle of the view where it is. */
    void applyMapping() {
        TimelineChart chart = chart();
        if (fitted || chart.getAxis() == null) {
            fitAll(false);
        } else {
            setAxisNow(chart.getAxis().withMapping(mapping(), skin.plotWidth() / 2));
        }
    }

    /** Zooms by {@code factor} around {@code plotX} (pixels from the left of the plot), at once. */
    void zoom(double factor, double plotX) {
        TimeAxis axis = chart().getAxis();
        if (axis != null) {
            setAxisNow(axis.zoom(factor, plotX));
            fitted = false;
        }
    }

    /** A zoom step, animated: from where a running animation is heading, so quick presses add up. */
    private void zoomSmoothly(double factor, double plotX) {
        TimeAxis axis = targetAxis();
        if (axis != null) {
            animateTo(axis.zoom(factor, plotX));
            fitted = false;
        }
    }

    /** Moves the view by {@code dx} pixels, at once. */
    void pan(double dx) {
        TimeAxis axis = chart().getAxis();
        if (axis != null && dx != 0) {
            setAxisNow(axis.pan(dx));
            fitted = false;
        }
    }

    /** A zoom step around the selected event when it is in view, else around the middle. */
    void zoomAroundSelectionOrCentre(double factor) {
        TimeAxis axis = targetAxis();
        zoomSmoothly(factor, axis == null ? skin.plotWidth() / 2 : selectionXOr(axis, skin.plotWidth() / 2));
    }

    /** Pans the selected event into view when it is near an edge or beyond. */
    void revealSelection() {
        TimelineChart chart = chart();
        int i = chart.getData().indexOf(chart.getSelectedEvent());
        TimeAxis axis = chart.getAxis();
        if (i < 0 || axis == null) {
            return;
        }
        double x = axis.toPixel(chart.getData().anchor(i));
        double margin = Math.min(80, skin.plotWidth() / 4);
        if (x < margin || x > skin.plotWidth() - margin) {
            animateTo(axis.pan(skin.plotWidth() / 2 - x));
            fitted = false;
        }
    }
}

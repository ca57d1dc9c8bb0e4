package org.parallax.ui.timeline;

import org.parallax.ui.common.Styles;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.parallax.model.Event;
import org.parallax.chart.timeline.scale.AxisTween;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.FxChartCanvas;

/**
 * Draws a {@link TimelineChart} on one Canvas through a {@link TimelinePainter} and handles its mouse and keys:
 * click selects the nearest mark (a cluster zooms in to show its events), double click or Enter opens, Ctrl+wheel
 * or pinch zooms around the pointer, wheel and drag pan, +/- zoom, 0/Home fit all, Left/Right walk events in time
 * order (in the focused lane), Up/Down move between lanes, Escape clears. Changes mark the frame dirty and it is
 * drawn once per layout pulse. Every listener and handler it adds is removed in {@link #dispose()}.
 */
public class TimelineChartSkin extends SkinBase<TimelineChart> {

    static final double ZOOM_STEP = 1.5;
    private static final double FIT_MARGIN = 48;
    private static final double CLICK_RADIUS = 28;

    static final Duration ANIMATION = Duration.millis(180);

    private final Canvas canvas = new Canvas();
    private final AnimationTimer animation = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };
    private TimeAxis animationFrom;
    private TimeAxis animationTo;
    private long animationStart = -1;
    private final TimelinePainter painter = new TimelinePainter();
    private final Tooltip tooltip = new Tooltip();
    private List<TimelinePainter.Hit> hits = List.of();
    private boolean dirty = true;
    private boolean fitted = true;
    private int focusedLane = -1;
    private double laneScroll;
    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private TimelinePainter.Hit tooltipHit;
    private double fitScale = Double.NaN;
    private CollapsedTime fitScaleFor;
    private double fitScaleWidth;

    private final InvalidationListener redraw = o -> invalidate();
    private final InvalidationListener axisChanged = o -> {
        invalidate();
        updateZoomLevel();
    };
    private final InvalidationListener dataChanged = o -> {
        fitScale = Double.NaN;
        focusedLane = Math.min(focusedLane, getSkinnable().getData().lanes().size() - 1);
        fitAll(false);
    };
    private final InvalidationListener collapseChanged = o -> applyMapping();
    private final ChangeListener<Event> selectionChanged = (obs, old, now) -> {
        revealSelection();
        invalidate();
    };
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<MouseEvent> pressed = this::mousePressed;
    private final EventHandler<MouseEvent> dragged = this::mouseDragged;
    private final EventHandler<MouseEvent> released = this::mouseReleased;
    private final EventHandler<MouseEvent> moved = this::mouseMoved;
    private final EventHandler<ScrollEvent> scrolled = this::scrolled;
    private final EventHandler<ZoomEvent> pinched = this::pinched;

    public TimelineChartSkin(TimelineChart chart) {
        super(chart);
        canvas.getStyleClass().add(Styles.TIMELINE_CANVAS);
        canvas.setManaged(false);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        chart.dataProperty().addListener(dataChanged);
        chart.collapseEmptyTimeProperty().addListener(collapseChanged);
        chart.axisProperty().addListener(axisChanged);
        chart.selectedEventProperty().addListener(selectionChanged);
        chart.focusedProperty().addListener(redraw);
        for (TimelineColour p : TimelineColour.values()) {
            chart.paint(p).addListener(redraw);
        }
        chart.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
        chart.addEventHandler(ScrollEvent.SCROLL, scrolled);
        chart.addEventHandler(ZoomEvent.ZOOM, pinched);
    }

    @Override
    public void dispose() {
        TimelineChart chart = getSkinnable();
        if (chart == null) {
            return;
        }
        chart.dataProperty().removeListener(dataChanged);
        chart.collapseEmptyTimeProperty().removeListener(collapseChanged);
        chart.axisProperty().removeListener(axisChanged);
        chart.selectedEventProperty().removeListener(selectionChanged);
        chart.focusedProperty().removeListener(redraw);
        for (TimelineColour p : TimelineColour.values()) {
            chart.paint(p).removeListener(redraw);
        }
        chart.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        chart.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        chart.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        chart.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        chart.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        chart.removeEventHandler(ScrollEvent.SCROLL, scrolled);
        chart.removeEventHandler(ZoomEvent.ZOOM, pinched);
        stopAnimation();
        Tooltip.uninstall(canvas, tooltip);
        getChildren().remove(canvas);
        super.dispose();
    }

    // --- drawing

    private void invalidate() {
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
            if (fitted || getSkinnable().getAxis() == null) {
                fitAll(false);
            }
            dirty = true;
        }
        if (getSkinnable().getAxis() == null) {
            fitAll(false);
        }
        if (dirty) {
            redraw();
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        TimelineData data = getSkinnable().getData();
        boolean footer = !data.undatedArticles().isEmpty() || !data.undatedEvents().isEmpty();
        return top + TimelinePainter.laneTop(data.lanes().size()) + (footer ? TimelinePainter.FOOTER : 0) + 8 + bottom;
    }

    /** Draws the frame now (the benchmark calls this directly). */
    public void redraw() {
        dirty = false;
        TimelineChart chart = getSkinnable();
        TimeAxis axis = chart.getAxis();
        if (axis == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        TimelineData data = chart.getData();
        laneScroll = Math.max(0, Math.min(laneScroll, TimelinePainter.maxLaneScroll(canvas.getHeight(),
                data.lanes().size(), hasFooter(data))));
        TimelinePainter.State state = new TimelinePainter.State(data.indexOf(chart.getSelectedEvent()), focusedLane,
                chart.isFocused(), laneScroll);
        hits = painter.paint(new FxChartCanvas(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight(), data, axis, state,
                TimelinePalette.of(chart));
    }

    private static boolean hasFooter(TimelineData data) {
        return !data.undatedArticles().isEmpty() || !data.undatedEvents().isEmpty();
    }

    double laneScroll() {
        return laneScroll;
    }

    Canvas canvas() {
        return canvas;
    }

    List<TimelinePainter.Hit> hits() {
        return hits;
    }

    int focusedLane() {
        return focusedLane;
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - TimelinePainter.GUTTER);
    }

    // --- view changes

    private CollapsedTime mapping() {
        return getSkinnable().isCollapseEmptyTime() ? getSkinnable().getData().collapsed() : CollapsedTime.IDENTITY;
    }

    /**
     * Moves the view to {@code target}: smoothly when the chart is animated and showing, at once otherwise. Any
     * direct change (wheel, drag, new data) stops a running animation.
     */
    void animateTo(TimeAxis target) {
        TimelineChart chart = getSkinnable();
        TimeAxis current = chart.getAxis();
        stopAnimation();
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
        TimelineChart chart = getSkinnable();
        if (chart == null || animationTo == null) {
            stopAnimation();
            return;
        }
        if (animationStart < 0) {
            animationStart = now;
        }
        double t = (now - animationStart) / 1e6 / ANIMATION.toMillis();
        TimeAxis target = animationTo;
        if (t >= 1) {
            stopAnimation();
        }
        chart.setAxis(AxisTween.at(animationFrom, target, AxisTween.ease(t)));
    }

    private void stopAnimation() {
        animation.stop();
        animationStart = -1;
        animationTo = null;
    }

    private void setAxisNow(TimeAxis axis) {
        stopAnimation();
        getSkinnable().setAxis(axis);
    }

    /** The view a running animation is heading to, else the current one: quick key presses add up. */
    private TimeAxis targetAxis() {
        return animationTo != null ? animationTo : getSkinnable().getAxis();
    }

    /** Fits every event and era into view, with margins, smoothly. */
    public void fitAll() {
        fitAll(true);
    }

    private void fitAll(boolean animate) {
        TimelineChart chart = getSkinnable();
        TimeAxis target = fitTarget();
        if (animate && chart.getAxis() != null && chart.getAxis().mapping() == target.mapping()) {
            animateTo(target);
        } else {
            setAxisNow(target);
        }
        fitted = true;
        invalidate();
    }

    /** The view that shows every event and era, with margins. */
    private TimeAxis fitTarget() {
        DayRange extent = getSkinnable().getData().anchorExtent().orElseGet(() -> {
            double today = java.time.LocalDate.now().toEpochDay();
            return new DayRange(today - 30, today + 30);
        });
        return new TimeAxis(mapping(), 0, 1).fit(extent.padded(0.5), plotWidth(), FIT_MARGIN);
    }

    /** The fit-all scale for the current data, mapping and width: computed once per change of those. */
    private double fitScale() {
        TimeAxis axis = getSkinnable().getAxis();
        if (Double.isNaN(fitScale) || fitScaleFor != axis.mapping() || fitScaleWidth != plotWidth()) {
            fitScaleFor = axis.mapping();
            fitScaleWidth = plotWidth();
            fitScale = fitTarget().scale();
        }
        return fitScale;
    }

    private void updateZoomLevel() {
        TimeAxis axis = getSkinnable().getAxis();
        if (axis != null) {
            getSkinnable().setZoomLevel(axis.scale() / fitScale());
        }
    }

    /** Zooms to {@code level} times the fit-all scale, at once (a slider drags it). */
    void zoomToLevel(double level) {
        TimelineChart chart = getSkinnable();
        TimeAxis axis = chart.getAxis();
        if (axis == null || !(level > 0)) {
            return;
        }
        double factor = level * fitScale() / axis.scale();
        if (Math.abs(factor - 1) < 1e-9) {
            return;
        }
        int i = chart.getData().indexOf(chart.getSelectedEvent());
        double x = plotWidth() / 2;
        if (i >= 0) {
            double sx = axis.toPixel(chart.getData().anchor(i));
            if (sx >= 0 && sx <= plotWidth()) {
                x = sx;
            }
        }
        setAxisNow(axis.zoom(factor, x));
        fitted = Math.abs(level - 1) < 1e-6;
    }

    /** Days a revealed event shows around it at most. */
    static final double REVEAL_DAYS = 60;

    /** Centres event {@code i}, zoomed in to about {@link #REVEAL_DAYS} when the view shows more; smoothly. */
    void centreOn(int i) {
        TimeAxis axis = targetAxis();
        if (axis == null || i < 0) {
            return;
        }
        double anchor = getSkinnable().getData().anchor(i);
        double wanted = plotWidth() / REVEAL_DAYS;
        TimeAxis target = axis;
        if (target.pixelsPerDay() < wanted) {
            target = target.zoom(wanted / target.pixelsPerDay(), target.toPixel(anchor));
        }
        target = target.pan(plotWidth() / 2 - target.toPixel(anchor));
        animateTo(target);
        fitted = false;
    }

    private void applyMapping() {
        TimelineChart chart = getSkinnable();
        if (fitted || chart.getAxis() == null) {
            fitAll(false);
        } else {
            setAxisNow(chart.getAxis().withMapping(mapping(), plotWidth() / 2));
        }
    }

    /** Zooms by {@code factor} around {@code plotX} (pixels from the left of the plot). */
    public void zoom(double factor, double plotX) {
        TimeAxis axis = getSkinnable().getAxis();
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

    private void pan(double dx) {
        TimeAxis axis = getSkinnable().getAxis();
        if (axis != null && dx != 0) {
            setAxisNow(axis.pan(dx));
            fitted = false;
        }
    }

    void zoomAroundSelectionOrCentre(double factor) {
        TimelineChart chart = getSkinnable();
        int i = chart.getData().indexOf(chart.getSelectedEvent());
        double x = plotWidth() / 2;
        TimeAxis axis = targetAxis();
        if (i >= 0 && axis != null) {
            double sx = axis.toPixel(chart.getData().anchor(i));
            if (sx >= 0 && sx <= plotWidth()) {
                x = sx;
            }
        }
        zoomSmoothly(factor, x);
    }

    private void revealSelection() {
        TimelineChart chart = getSkinnable();
        int i = chart.getData().indexOf(chart.getSelectedEvent());
        TimeAxis axis = chart.getAxis();
        if (i < 0 || axis == null) {
            return;
        }
        double x = axis.toPixel(chart.getData().anchor(i));
        double margin = Math.min(80, plotWidth() / 4);
        if (x < margin || x > plotWidth() - margin) {
            animateTo(axis.pan(plotWidth() / 2 - x));
            fitted = false;
        }
    }

    // --- keys

    private void keyPressed(KeyEvent e) {
        TimelineChart chart = getSkinnable();
        TimelineData data = chart.getData();
        boolean handled = true;
        switch (e.getCode()) {
            case RIGHT, KP_RIGHT -> step(+1);
            case LEFT, KP_LEFT -> step(-1);
            case UP, KP_UP -> moveLane(-1);
            case DOWN, KP_DOWN -> moveLane(+1);
            case PLUS, ADD, EQUALS -> zoomAroundSelectionOrCentre(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoomAroundSelectionOrCentre(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0, HOME -> fitAll();
            case END -> {
                int[] lane = laneEvents(data, focusedLane);
                if (lane.length > 0) {
                    chart.setSelectedEvent(data.event(lane[lane.length - 1]));
                }
            }
            case ENTER -> {
                Consumer<Event> open = chart.onOpenEventProperty().get();
                if (open != null && chart.getSelectedEvent() != null) {
                    open.accept(chart.getSelectedEvent());
                }
            }
            case ESCAPE -> {
                if (chart.getSelectedEvent() == null) {
                    handled = false;
                }
                chart.setSelectedEvent(null);
            }
            default -> handled = false;
        }
        if (handled) {
            invalidate();
            e.consume();
        }
    }

    private static int[] laneEvents(TimelineData data, int lane) {
        if (lane < 0 || lane >= data.lanes().size()) {
            int[] all = new int[data.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        return data.lanes().get(lane).events();
    }

    /** The next (or previous) event in time order within the focused lane. */
    private void step(int direction) {
        TimelineChart chart = getSkinnable();
        TimelineData data = chart.getData();
        int[] lane = laneEvents(data, focusedLane);
        if (lane.length == 0) {
            return;
        }
        int current = data.indexOf(chart.getSelectedEvent());
        int next;
        if (current < 0) {
            next = direction > 0 ? lane[0] : lane[lane.length - 1];
        } else {
            int pos = java.util.Arrays.binarySearch(lane, current);
            if (pos >= 0) {
                next = lane[Math.max(0, Math.min(lane.length - 1, pos + direction))];
            } else {
                int insert = -pos - 1; // first lane event after current
                next = lane[Math.max(0, Math.min(lane.length - 1, direction > 0 ? insert : insert - 1))];
            }
        }
        chart.setSelectedEvent(data.event(next));
    }

    private void moveLane(int direction) {
        TimelineChart chart = getSkinnable();
        TimelineData data = chart.getData();
        focusedLane = Math.max(-1, Math.min(data.lanes().size() - 1, focusedLane + direction));
        revealLane();
        int current = data.indexOf(chart.getSelectedEvent());
        int[] lane = laneEvents(data, focusedLane);
        if (current >= 0 && lane.length > 0 && java.util.Arrays.binarySearch(lane, current) < 0) {
            int best = lane[0];
            for (int i : lane) {
                if (Math.abs(data.anchor(i) - data.anchor(current)) < Math.abs(data.anchor(best) - data.anchor(current))) {
                    best = i;
                }
            }
            chart.setSelectedEvent(data.event(best));
        }
        invalidate();
    }

    // --- mouse

    private void mousePressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (!dragging && Math.abs(e.getX() - pressX) > 3) {
            dragging = true;
        }
        if (dragging) {
            pan(e.getX() - lastDragX);
            lastDragX = e.getX();
        }
    }

    private void mouseReleased(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        TimelineChart chart = getSkinnable();
        TimelineData data = chart.getData();
        int lane = TimelinePainter.laneAt(e.getY(), data.lanes().size(), laneScroll);
        if (lane != Integer.MIN_VALUE) {
            focusedLane = lane;
        }
        TimelinePainter.Hit hit = labelAt(e.getX() - TimelinePainter.GUTTER, e.getY());
        if (hit == null) {
            hit = nearest(e.getX() - TimelinePainter.GUTTER, e.getY(), lane);
        }
        if (hit == null) {
            invalidate();
            return;
        }
        int first = hit.members()[0];
        int last = hit.members()[hit.members().length - 1];
        if (hit.isCluster() && data.anchor(last) - data.anchor(first) < 1e-6) {
            // same moment: zooming cannot part them, so each click selects the next one
            int current = java.util.Arrays.binarySearch(hit.members(), data.indexOf(chart.getSelectedEvent()));
            chart.setSelectedEvent(data.event(hit.members()[current < 0 ? 0 : (current + 1) % hit.members().length]));
        } else if (hit.isCluster()) {
            DayRange span = new DayRange(data.anchor(first), data.anchor(last)).padded(0.5);
            TimeAxis axis = chart.getAxis();
            double x0 = axis.toPixel(span.start());
            double x1 = axis.toPixel(span.end());
            double factor = Math.min(plotWidth() / 2 / Math.max(1e-6, x1 - x0), 1e6);
            zoom(Math.max(factor, 2), hit.x());
            chart.setSelectedEvent(data.event(first));
        } else {
            chart.setSelectedEvent(data.event(hit.members()[0]));
            if (e.getClickCount() == 2 && chart.onOpenEventProperty().get() != null) {
                chart.onOpenEventProperty().get().accept(data.event(hit.members()[0]));
            }
        }
        invalidate();
    }

    /** The mark of the label box under a point in plot coordinates, if any. */
    private TimelinePainter.Hit labelAt(double plotX, double y) {
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

    private void mouseMoved(MouseEvent e) {
        TimelineData data = getSkinnable().getData();
        TimelinePainter.Hit hit = nearest(e.getX() - TimelinePainter.GUTTER, e.getY(),
                TimelinePainter.laneAt(e.getY(), data.lanes().size(), laneScroll));
        if (hit != null && Math.abs(hit.y() - e.getY()) > 16) {
            hit = null;
        }
        if (hit == tooltipHit) {
            return;
        }
        tooltipHit = hit;
        if (hit == null) {
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(tooltipText(data, hit));
            Tooltip.install(canvas, tooltip);
        }
    }

    static String tooltipText(TimelineData data, TimelinePainter.Hit hit) {
        if (hit.isCluster()) {
            java.util.Set<org.parallax.model.Outlet> outlets = new java.util.HashSet<>();
            StringBuilder sb = new StringBuilder();
            for (int m : hit.members()) {
                outlets.addAll(data.outlets(m));
            }
            sb.append(org.parallax.chart.timeline.scale.Clusters.countLabel(hit.members().length, outlets.size()));
            for (int k = 0; k < Math.min(6, hit.members().length); k++) {
                Event e = data.event(hit.members()[k]);
                sb.append("\n").append(TimelineData.dateText(e.date())).append(" · ").append(e.label());
            }
            if (hit.members().length > 6) {
                sb.append("\n…");
            }
            return sb.append("\nClick to zoom in").toString();
        }
        int i = hit.members()[0];
        Event e = data.event(i);
        StringBuilder sb = new StringBuilder(e.label()).append('\n').append(TimelineData.dateText(e.date()))
                .append(" (").append(e.precision().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append(")");
        data.story(e).ifPresent(s -> sb.append(" · ").append(s.label()));
        sb.append('\n').append(String.join(", ", data.outlets(i).stream().map(o -> o.displayName()).sorted().toList()));
        sb.append("\n").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention" : " mentions");
        int quotes = data.quoteCount(i);
        if (quotes > 0) {
            sb.append(" · ").append(quotes).append(quotes == 1 ? " quote" : " quotes");
        }
        if (e.background()) {
            sb.append(" · background");
        }
        return sb.toString();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getX() < TimelinePainter.GUTTER && e.getY() >= TimelinePainter.laneTop(0)
                && !(e.isControlDown() || e.isShortcutDown())) {
            scrollLanes(-e.getDeltaY()); // over the lane names the wheel scrolls the lanes
        } else if (e.isControlDown() || e.isShortcutDown()) {
            zoom(Math.pow(1.0025, e.getDeltaY()), e.getX() - TimelinePainter.GUTTER);
        } else {
            pan(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY());
        }
        e.consume();
    }

    private void scrollLanes(double dy) {
        TimelineData data = getSkinnable().getData();
        double max = TimelinePainter.maxLaneScroll(canvas.getHeight(), data.lanes().size(), hasFooter(data));
        double next = Math.max(0, Math.min(max, laneScroll + dy));
        if (next != laneScroll) {
            laneScroll = next;
            invalidate();
        }
    }

    /** Scrolls the lanes so the focused one is in view. */
    private void revealLane() {
        if (focusedLane < 0) {
            return;
        }
        TimelineData data = getSkinnable().getData();
        double top = TimelinePainter.laneTop(focusedLane) - laneScroll;
        double bottom = canvas.getHeight() - (hasFooter(data) ? TimelinePainter.FOOTER : 0);
        if (top < TimelinePainter.laneTop(0)) {
            scrollLanes(top - TimelinePainter.laneTop(0));
        } else if (top + TimelinePainter.LANE > bottom) {
            scrollLanes(top + TimelinePainter.LANE - bottom);
        }
    }

    private void pinched(ZoomEvent e) {
        zoom(e.getZoomFactor(), e.getX() - TimelinePainter.GUTTER);
        e.consume();
    }
}

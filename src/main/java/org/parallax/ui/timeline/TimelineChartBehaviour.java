package org.parallax.ui.timeline;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelineGeometry;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.model.Event;
import org.parallax.ui.common.BehaviourBase;

/**
 * What the timeline does on keys and mouse (after AtlantaFX's {@code CalendarBehavior}): Left/Right walk events in
 * time order within the focused lane, Up/Down move between lanes, End selects the lane's last event, +/- zoom around
 * the selection, 0/Home fit all, Enter opens, Escape clears. A click selects the nearest mark (a cluster zooms in to
 * part its events, or steps through events of one moment), a double click opens, a drag or the wheel pans,
 * Ctrl+wheel or a pinch zooms around the pointer, the wheel over the lane names scrolls the lanes, and the mark under
 * the pointer shows its tooltip; dragging the lane-name column's edge makes it wider or narrower.
 */
final class TimelineChartBehaviour extends BehaviourBase<TimelineChart, TimelineChartSkin> {

    /** How far the pointer moves before a press becomes a drag. */
    private static final double DRAG_SLOP = 3;
    /** How far above or below a mark the pointer may be for its tooltip. */
    private static final double TOOLTIP_REACH = 16;

    /** How near the lane-name column's edge the pointer grabs it. */
    private static final double EDGE_GRIP = 4;

    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private boolean resizingNames;

    TimelineChartBehaviour(TimelineChart chart, TimelineChartSkin skin) {
        super(chart, skin);
        handle(KeyEvent.KEY_PRESSED, this::keyPressed);
        handle(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        handle(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        handle(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        handle(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        handle(ScrollEvent.SCROLL, this::scrolled);
        handle(ZoomEvent.ZOOM, this::pinched);
    }

    // --- keys

    private void keyPressed(KeyEvent e) {
        TimelineChart chart = getControl();
        TimelineViewport viewport = getSkin().viewport();
        boolean handled = true;
        switch (e.getCode()) {
            case RIGHT, KP_RIGHT -> stepEvent(+1);
            case LEFT, KP_LEFT -> stepEvent(-1);
            case UP, KP_UP -> moveLane(-1);
            case DOWN, KP_DOWN -> moveLane(+1);
            case PLUS, ADD, EQUALS -> viewport.zoomAroundSelectionOrCentre(TimelineViewport.ZOOM_STEP);
            case MINUS, SUBTRACT -> viewport.zoomAroundSelectionOrCentre(1 / TimelineViewport.ZOOM_STEP);
            case DIGIT0, NUMPAD0, HOME -> viewport.fitAll(true);
            case END -> selectLast();
            case ENTER -> open(chart.getSelectedEvent());
            case ESCAPE -> {
                handled = chart.getSelectedEvent() != null;
                chart.setSelectedEvent(null);
            }
            default -> handled = false;
        }
        if (handled) {
            getSkin().invalidate();
            e.consume();
        }
    }

    private void open(Event event) {
        Consumer<Event> open = getControl().onOpenEventProperty().get();
        if (open != null && event != null) {
            open.accept(event);
        }
    }

    /** The events of {@code lane} in time order; every event when no lane is focused. */
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

    private void selectLast() {
        TimelineData data = getControl().getData();
        int[] lane = laneEvents(data, getSkin().focusedLane());
        if (lane.length > 0) {
            getControl().setSelectedEvent(data.event(lane[lane.length - 1]));
        }
    }

    /** Selects the next (or previous) event in time order within the focused lane. */
    private void stepEvent(int direction) {
        TimelineChart chart = getControl();
        TimelineData data = chart.getData();
        int[] lane = laneEvents(data, getSkin().focusedLane());
        if (lane.length == 0) {
            return;
        }
        int current = data.indexOf(chart.getSelectedEvent());
        int next;
        if (current < 0) {
            next = direction > 0 ? lane[0] : lane[lane.length - 1];
        } else {
            int pos = Arrays.binarySearch(lane, current);
            if (pos >= 0) {
                next = lane[Math.max(0, Math.min(lane.length - 1, pos + direction))];
            } else {
                int insert = -pos - 1; // first lane event after current
                next = lane[Math.max(0, Math.min(lane.length - 1, direction > 0 ? insert : insert - 1))];
            }
        }
        chart.setSelectedEvent(data.event(next));
    }

    /** Focuses the lane above or below and selects its event nearest in time to the selected one. */
    private void moveLane(int direction) {
        TimelineChart chart = getControl();
        TimelineData data = chart.getData();
        TimelineChartSkin skin = getSkin();
        skin.focusLane(Math.max(-1, Math.min(data.lanes().size() - 1, skin.focusedLane() + direction)));
        skin.revealLane();
        int current = data.indexOf(chart.getSelectedEvent());
        int[] lane = laneEvents(data, skin.focusedLane());
        if (current >= 0 && lane.length > 0 && Arrays.binarySearch(lane, current) < 0) {
            int best = lane[0];
            for (int i : lane) {
                if (Math.abs(data.anchor(i) - data.anchor(current)) < Math.abs(data.anchor(best) - data.anchor(current))) {
                    best = i;
                }
            }
            chart.setSelectedEvent(data.event(best));
        }
        skin.invalidate();
    }

    // --- mouse

    private void mousePressed(MouseEvent e) {
        getControl().requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
        resizingNames = onNamesEdge(e);
    }

    /** Whether the pointer is on the lane-name column's edge, below the header. */
    private boolean onNamesEdge(MouseEvent e) {
        return Math.abs(e.getX() - getSkin().gutter()) <= EDGE_GRIP
                && e.getY() >= getSkin().geometry().laneTop(-1);
    }

    private void mouseDragged(MouseEvent e) {
        if (resizingNames) {
            getControl().setLaneNameWidth(TimelineGeometry.clampGutter(
                    Math.min(e.getX(), getControl().getWidth() / 2)));
            return;
        }
        if (!dragging && Math.abs(e.getX() - pressX) > DRAG_SLOP) {
            dragging = true;
        }
        if (dragging) {
            getSkin().viewport().pan(e.getX() - lastDragX);
            lastDragX = e.getX();
        }
    }

    private void mouseReleased(MouseEvent e) {
        if (dragging || resizingNames || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            resizingNames = false;
            return;
        }
        TimelineChartSkin skin = getSkin();
        int lane = skin.geometry().laneAt(e.getY(), getControl().getData().lanes().size(), skin.laneScroll());
        if (lane != Integer.MIN_VALUE) {
            skin.focusLane(lane);
        }
        TimelinePainter.Hit hit = skin.labelAt(e.getX() - skin.gutter(), e.getY());
        if (hit == null) {
            hit = skin.nearest(e.getX() - skin.gutter(), e.getY(), lane);
        }
        if (hit != null) {
            clicked(hit, e.getClickCount());
        }
        skin.invalidate();
    }

    /**
     * A click on a mark: an event is selected (and opened on a double click); a cluster zooms in to part its events,
     * or, when they share one moment that no zoom can part, selects the next of them each time.
     */
    private void clicked(TimelinePainter.Hit hit, int clicks) {
        TimelineChart chart = getControl();
        TimelineData data = chart.getData();
        int first = hit.members()[0];
        int last = hit.members()[hit.members().length - 1];
        if (hit.offAxis()) { // the marker of outliers beyond the edge: go to them
            chart.reveal(data.event(first));
        } else if (hit.isCluster() && data.anchor(last) - data.anchor(first) < 1e-6) {
            int current = Arrays.binarySearch(hit.members(), data.indexOf(chart.getSelectedEvent()));
            chart.setSelectedEvent(data.event(hit.members()[current < 0 ? 0 : (current + 1) % hit.members().length]));
        } else if (hit.isCluster()) {
            DayRange span = new DayRange(data.anchor(first), data.anchor(last)).padded(0.5);
            TimeAxis axis = chart.getAxis();
            double x0 = axis.toPixel(span.start());
            double x1 = axis.toPixel(span.end());
            double factor = Math.min(getSkin().plotWidth() / 2 / Math.max(1e-6, x1 - x0), 1e6);
            getSkin().viewport().zoom(Math.max(factor, 2), hit.x());
            chart.setSelectedEvent(data.event(first));
        } else {
            chart.setSelectedEvent(data.event(first));
            if (clicks == 2) {
                open(data.event(first));
            }
        }
    }

    private void mouseMoved(MouseEvent e) {
        TimelineChartSkin skin = getSkin();
        TimelineData data = getControl().getData();
        getControl().setCursor(onNamesEdge(e) ? Cursor.H_RESIZE : null);
        TimelinePainter.Hit hit = skin.nearest(e.getX() - skin.gutter(), e.getY(),
                skin.geometry().laneAt(e.getY(), data.lanes().size(), skin.laneScroll()));
        if (hit != null && Math.abs(hit.y() - e.getY()) > TOOLTIP_REACH) {
            hit = null;
        }
        skin.tooltips().show(data, hit);
    }

    private void scrolled(ScrollEvent e) {
        boolean zoom = e.isControlDown() || e.isShortcutDown();
        if (e.getX() < getSkin().gutter() && e.getY() >= getSkin().geometry().laneTop(0) && !zoom) {
            getSkin().scrollLanes(-e.getDeltaY()); // over the lane names the wheel scrolls the lanes
        } else if (zoom) {
            getSkin().viewport().zoom(Math.pow(1.0025, e.getDeltaY()), e.getX() - getSkin().gutter());
        } else {
            getSkin().viewport().pan(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY());
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        getSkin().viewport().zoom(e.getZoomFactor(), e.getX() - getSkin().gutter());
        e.consume();
    }
}

package org.parallax.ui.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Story;
import org.parallax.ui.common.Theme;
import org.parallax.ui.chart.timeline.scale.TimeAxis;
import org.parallax.ui.chart.timeline.TimelineData;
import org.parallax.ui.chart.timeline.LaneMode;
import org.parallax.ui.chart.timeline.TimelineColour;

/**
 * The timeline: events on a time axis, an events lane and one lane per outlet (or per story), story eras shaded,
 * empty time collapsed (by default), dense days clustered. A Control whose {@link TimelineChartSkin} draws on a
 * Canvas, so 100,000 events stay interactive. Inputs are observable lists; the outlet lanes shown are
 * {@link #getOutlets()} (remove one to hide its lane). The view of time is {@link #axisProperty()}: the skin fits
 * it to the data and changes it on zoom and pan; a host may set it too.
 */
public class TimelineChart extends Control {

    private static final String STYLESHEET = Theme.stylesheet(TimelineChart.class, "timeline.css");
    private static final List<CssMetaData<? extends Styleable, ?>> CSS =
            TimelinePalette.cssMetaData(Control.getClassCssMetaData());

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.OUTLET);
    private final BooleanProperty collapseEmptyTime = new SimpleBooleanProperty(this, "collapseEmptyTime", true);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>(this, "axis");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ObjectProperty<Consumer<Event>> onOpenEvent = new SimpleObjectProperty<>(this, "onOpenEvent");
    private final ReadOnlyObjectWrapper<TimelineData> data = new ReadOnlyObjectWrapper<>(this, "data", TimelineData.EMPTY);
    private final Map<TimelineColour, StyleableObjectProperty<Paint>> palette = new EnumMap<>(TimelineColour.class);
    private int batch;

    public TimelineChart() {
        getStyleClass().add(TimelineStyles.TIMELINE);
        for (TimelineColour p : TimelineColour.values()) {
            palette.put(p, TimelinePalette.newProperty(this, p));
        }
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription("Timeline");
        for (Observable input : new Observable[] {events, stories, articles, outlets, laneMode}) {
            input.addListener(o -> rebuild());
        }
        accessibleTextProperty().bind(Bindings.createStringBinding(this::accessibleSummary, data));
        accessibleHelpProperty().bind(Bindings.createStringBinding(() -> {
            int i = data.get().indexOf(selectedEvent.get());
            return i < 0 ? "Left and Right move between events, plus and minus zoom, Home fits all"
                    : data.get().describe(i);
        }, data, selectedEvent));
        data.addListener((obs, old, now) -> {
            pseudoClassStateChanged(TimelineStyles.EMPTY, now.size() == 0);
            if (now.indexOf(selectedEvent.get()) < 0) {
                selectedEvent.set(null);
            }
        });
        pseudoClassStateChanged(TimelineStyles.EMPTY, true);
        pseudoClassStateChanged(TimelineStyles.COLLAPSED, true);
        collapseEmptyTime.addListener((obs, old, on) -> pseudoClassStateChanged(TimelineStyles.COLLAPSED, on));
        selectedEvent.addListener((obs, old, now) -> pseudoClassStateChanged(TimelineStyles.HAS_SELECTION, now != null));
    }

    /** Shows a whole corpus: its events, stories, articles and every outlet (the unknown one last, if any). */
    public void setCorpus(Corpus corpus) {
        List<Outlet> lanes = new ArrayList<>(corpus.outlets());
        if (corpus.articles().stream().anyMatch(a -> !a.outlet().isKnown())) {
            lanes.add(Outlet.UNKNOWN);
        }
        selectedEvent.set(null);
        batch++;
        try {
            events.setAll(corpus.events());
            stories.setAll(corpus.stories());
            articles.setAll(corpus.articles());
            outlets.setAll(lanes);
        } finally {
            batch--;
        }
        rebuild();
    }

    /** Resolves the inputs into {@link #dataProperty()}: once per change, or once for a whole {@link #setCorpus}. */
    private void rebuild() {
        if (batch == 0) {
            data.set(TimelineData.build(events, stories, articles, outlets, laneMode.get()));
        }
    }

    private String accessibleSummary() {
        TimelineData d = data.get();
        return "Timeline, " + d.size() + (d.size() == 1 ? " event, " : " events, ") + d.lanes().size()
                + (laneMode.get() == LaneMode.OUTLET ? " outlets" : " stories");
    }

    /** Zooms in one step around the selected event (or the middle): for a toolbar button or a slider. */
    public void zoomIn() {
        if (getSkin() instanceof TimelineChartSkin skin) {
            skin.zoomAroundSelectionOrCentre(TimelineChartSkin.ZOOM_STEP);
        }
    }

    /** Zooms out one step. */
    public void zoomOut() {
        if (getSkin() instanceof TimelineChartSkin skin) {
            skin.zoomAroundSelectionOrCentre(1 / TimelineChartSkin.ZOOM_STEP);
        }
    }

    /** Shows every event and story. */
    public void fitAll() {
        if (getSkin() instanceof TimelineChartSkin skin) {
            skin.fitAll();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }

    StyleableObjectProperty<Paint> paint(TimelineColour p) {
        return palette.get(p);
    }

    /** The current colour of a palette entry (from CSS). */
    public Paint getPaint(TimelineColour p) {
        return palette.get(p).get();
    }

    public ObservableList<Event> getEvents() {
        return events;
    }

    public ObservableList<Story> getStories() {
        return stories;
    }

    /** The articles events' mentions point into: they say which outlet reported what, and which are undated. */
    public ObservableList<Article> getArticles() {
        return articles;
    }

    /** The outlet lanes, in order; an outlet not in the list has no lane. */
    public ObservableList<Outlet> getOutlets() {
        return outlets;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(mode);
    }

    public BooleanProperty collapseEmptyTimeProperty() {
        return collapseEmptyTime;
    }

    public boolean isCollapseEmptyTime() {
        return collapseEmptyTime.get();
    }

    public void setCollapseEmptyTime(boolean on) {
        collapseEmptyTime.set(on);
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event e) {
        selectedEvent.set(e);
    }

    /** The view of time; {@code null} until the skin first fits the data. */
    public ObjectProperty<TimeAxis> axisProperty() {
        return axis;
    }

    public TimeAxis getAxis() {
        return axis.get();
    }

    public void setAxis(TimeAxis value) {
        axis.set(value);
    }

    /** Zoom steps, fit all and moves to the selection glide (about 180 ms) instead of jumping; on by default. */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean on) {
        animated.set(on);
    }

    /** Called with the selected event on Enter or double click: the host opens it. */
    public ObjectProperty<Consumer<Event>> onOpenEventProperty() {
        return onOpenEvent;
    }

    /** The resolved, placed data the skin draws (recomputed when an input changes). */
    public ReadOnlyObjectProperty<TimelineData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public TimelineData getData() {
        return data.get();
    }
}

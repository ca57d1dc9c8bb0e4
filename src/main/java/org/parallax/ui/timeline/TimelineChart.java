package org.parallax.ui.timeline;

import org.parallax.ui.common.Styles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Theme;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelineGeometry;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.ui.concurrent.TaskHandle;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The timeline: events on a time axis, an events lane and one lane per outlet (or per story), story eras shaded,
 * empty time collapsed (by default), dense days clustered. A Control whose {@link TimelineChartSkin} draws on a
 * Canvas, so 100,000 events stay interactive. Inputs are observable lists, the articles (an immutable list) and the
 * corpus's {@link TimelineFindings} (its events' quotes and dates' modifiers, made once per corpus); the outlet lanes
 * shown are
 * {@link #getOutlets()} (remove one to hide its lane). The view of time is {@link #axisProperty()}: the skin fits
 * it to the data and changes it on zoom and pan; a host may set it too.
 *
 * <p>The inputs resolve into {@link #dataProperty()} once per change (once per {@link #update} batch). Given a
 * {@link TaskRunner} ({@link #setRunner}) that happens off the FX thread: the chart copies its inputs, submits the
 * build, and the finished data replaces the old in one step; a newer change supersedes a build still running.
 * Without a runner the build runs at once on the calling thread.
 */
public class TimelineChart extends Control {

    private static final String STYLESHEET = Theme.stylesheet(TimelineChart.class, "timeline.css");
    private static final List<CssMetaData<? extends Styleable, ?>> CSS =
            TimelinePalette.cssMetaData(Control.getClassCssMetaData());

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    /**
     * The articles events' mentions point into, whole and immutable: a corpus's 100,000 articles neither go one by one
     * into an observable list nor are copied at each layout on the FX thread (the filter hides outlets' articles through
     * {@link #articleFilterProperty}, off it).
     */
    private final ObjectProperty<List<Article>> articles = new SimpleObjectProperty<>(this, "articles", List.of());
    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    /** The events' quotes and the dates' modifiers ("early 2011") the marks show, made once per corpus. */
    private final ObjectProperty<TimelineFindings> findings = new SimpleObjectProperty<>(this, "findings",
            TimelineFindings.NONE);
    private final ObjectProperty<Predicate<Event>> eventFilter = new SimpleObjectProperty<>(this, "eventFilter");
    private final ObjectProperty<Predicate<Article>> articleFilter = new SimpleObjectProperty<>(this, "articleFilter");
    private final ReadOnlyDoubleWrapper zoomLevel = new ReadOnlyDoubleWrapper(this, "zoomLevel", 1);
    private final String buildKey = "timeline-data-" + Integer.toHexString(System.identityHashCode(this));
    private TaskRunner runner;
    /** The layout under way through {@link #runner}, if any. */
    private TaskHandle layout;
    private Event pendingReveal;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.OUTLET);
    private final BooleanProperty collapseEmptyTime = new SimpleBooleanProperty(this, "collapseEmptyTime", true);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>(this, "axis");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final DoubleProperty laneNameWidth = new SimpleDoubleProperty(this, "laneNameWidth",
            TimelineGeometry.DEFAULT_GUTTER);
    private final ObjectProperty<Consumer<Event>> onOpenEvent = new SimpleObjectProperty<>(this, "onOpenEvent");
    private final ReadOnlyObjectWrapper<TimelineData> data = new ReadOnlyObjectWrapper<>(this, "data", TimelineData.EMPTY);
    private final Map<TimelineColour, StyleableObjectProperty<Paint>> palette = new EnumMap<>(TimelineColour.class);
    private int batch;
    private QuoteSpeakers quoteSpeakers = QuoteSpeakers.NONE;

    public TimelineChart() {
        getStyleClass().add(Styles.TIMELINE);
        for (TimelineColour p : TimelineColour.values()) {
            palette.put(p, TimelinePalette.newProperty(this, p));
        }
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription("Timeline");
        for (Observable input : new Observable[] {events, stories, articles, outlets, findings, laneMode,
                eventFilter, articleFilter}) {
            input.addListener(o -> rebuild());
        }
        accessibleTextProperty().bind(Bindings.createStringBinding(this::accessibleSummary, data));
        accessibleHelpProperty().bind(Bindings.createStringBinding(() -> {
            int i = data.get().indexOf(selectedEvent.get());
            return i < 0 ? "Left and Right move between events, plus and minus zoom, Home fits all"
                    : data.get().describe(i);
        }, data, selectedEvent));
        data.addListener((obs, old, now) -> {
            pseudoClassStateChanged(Styles.EMPTY, now.size() == 0);
            if (now.indexOf(selectedEvent.get()) < 0) {
                selectedEvent.set(null);
            }
            if (pendingReveal != null && now.indexOf(pendingReveal) >= 0) {
                Event e = pendingReveal;
                org.parallax.ui.concurrent.FxThread.later(() -> reveal(e)); // after the skin has fitted the new data
            }
        });
        pseudoClassStateChanged(Styles.EMPTY, true);
        pseudoClassStateChanged(Styles.COLLAPSED, true);
        collapseEmptyTime.addListener((obs, old, on) -> pseudoClassStateChanged(Styles.COLLAPSED, on));
        selectedEvent.addListener((obs, old, now) -> pseudoClassStateChanged(Styles.HAS_SELECTION, now != null));
    }

    /**
     * Shows a whole corpus: its events, stories, articles, quotes and every outlet (the unknown one last, if any),
     * with no event filter. Its findings and who said its quotes are made here (a host without a preparation).
     */
    public void setCorpus(Corpus corpus) {
        selectedEvent.set(null);
        pendingReveal = null;
        TimelineFindings made = TimelineFindings.of(corpus);
        update(() -> {
            setFindings(made);
            setQuoteSpeakers(QuoteSpeakers.of(CorpusLookup.of(corpus), made.quotes().get())); // the layout reads them
            stories.setAll(corpus.stories());
            setArticles(corpus.articles());
            outlets.setAll(lanesOf(corpus));
            eventFilter.set(null);
            articleFilter.set(null);
        });
    }

    /**
     * Shows a corpus's findings, as a host with its own filter feeds them (made off the FX thread): its events, their
     * quotes and its dates' modifiers; the articles, outlets and stories are left to the host, and so is who said the
     * quotes ({@link #setQuoteSpeakers}, from the corpus's lookup made off the FX thread).
     */
    public void setFindings(TimelineFindings made) {
        update(() -> {
            findings.set(Objects.requireNonNull(made));
            events.setAll(made.events());
        });
    }

    /** Every outlet of the corpus, in its order, and the unknown outlet last when an article has no outlet. */
    public static List<Outlet> lanesOf(Corpus corpus) {
        return TimelineData.outletLanes(corpus);
    }

    /** Runs {@code changes} to the inputs and rebuilds the data once afterwards. */
    public void update(Runnable changes) {
        batch++;
        try {
            changes.run();
        } finally {
            batch--;
        }
        rebuild();
    }

    /**
     * Builds the data off the FX thread through {@code runner} from now on (null: on the calling thread).
     * The window passes its one task runner.
     */
    public void setRunner(TaskRunner runner) {
        this.runner = runner;
    }

    /** Resolves the inputs into {@link #dataProperty()}: once per change, or once per {@link #update}. */
    private void rebuild() {
        if (batch != 0) {
            return;
        }
        List<Event> ev = List.copyOf(events);
        List<Story> st = List.copyOf(stories);
        List<Article> ar = articles.get();
        List<Outlet> ou = List.copyOf(outlets);
        TimelineFindings fi = findings.get();
        Predicate<Event> filter = eventFilter.get();
        Predicate<Article> shownArticle = articleFilter.get();
        LaneMode mode = laneMode.get();
        TaskRunner.Work<TimelineData> work = progress -> build(ev, st, ar, ou, fi, filter, shownArticle, mode);
        if (runner == null) {
            try {
                data.set(work.call(TaskRunner.Progress.NONE));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else {
            layout = runner.submit(buildKey, "Laying out the timeline…", work, data::set,
                    error -> System.getLogger(TimelineChart.class.getName())
                            .log(System.Logger.Level.WARNING, "the timeline could not be laid out", error));
        }
    }

    /**
     * Drops the layout under way, if any: its inputs are about to change (a new corpus whose layout waits for the
     * filter's choices), and laid out it would clear a selection made meanwhile of the new corpus's events. The data on
     * show stays until the next layout.
     */
    public void dropLayout() {
        if (layout != null) {
            layout.cancel();
            layout = null;
        }
    }

    /**
     * What {@link #rebuild} runs, on copies of the inputs: any thread (it may make the events' quotes, or wait while
     * another worker makes them).
     *
     * @param filter        which events to place, null for all
     * @param shownArticles which articles to read (those of shown outlets), null for all
     */
    static TimelineData build(List<Event> events, List<Story> stories, List<Article> articles, List<Outlet> outlets,
                              TimelineFindings findings, Predicate<Event> filter, Predicate<Article> shownArticles,
                              LaneMode mode) {
        List<Event> shown = filter == null ? events : events.stream().filter(filter).toList();
        List<Article> read = shownArticles == null ? articles : articles.stream().filter(shownArticles).toList();
        return TimelineData.build(shown, stories, read, outlets, mode, findings.quotes().get(), findings.mods());
    }

    private String accessibleSummary() {
        TimelineData d = data.get();
        return "Timeline, " + d.size() + (d.size() == 1 ? " event, " : " events, ") + d.lanes().size()
                + (laneMode.get() == LaneMode.OUTLET ? " outlets" : " stories");
    }

    /**
     * Selects {@code event} and moves the view to it: centred, zoomed in to about two months around it when the
     * view shows more (a search hit, a link). Does nothing for an event that is not on the chart.
     */
    public void reveal(Event event) {
        if (data.get().indexOf(event) < 0) {
            pendingReveal = event; // data still being laid out (a filter just changed): reveal it when it arrives
            return;
        }
        pendingReveal = null;
        selectedEvent.set(event);
        if (getSkin() instanceof TimelineChartSkin skin) {
            skin.viewport().centreOn(data.get().indexOf(event));
        }
    }

    /**
     * Zooms to {@code level} times the "fit all" scale (1 shows everything; larger is closer), around the selected
     * event if it is in view, else the middle; at once, for a slider.
     */
    public void zoomTo(double level) {
        if (getSkin() instanceof TimelineChartSkin skin) {
            skin.viewport().zoomToLevel(level);
        }
    }

    /** How far the view is zoomed in, relative to "fit all" (1); follows every zoom, pan and fit. */
    public ReadOnlyDoubleProperty zoomLevelProperty() {
        return zoomLevel.getReadOnlyProperty();
    }

    public double getZoomLevel() {
        return zoomLevel.get();
    }

    void setZoomLevel(double level) {
        zoomLevel.set(level);
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
    public List<Article> getArticles() {
        return articles.get();
    }

    /** Lays out {@code list} (copied unless immutable already, as a corpus's articles are). */
    public void setArticles(List<Article> list) {
        articles.set(List.copyOf(list));
    }

    /** The outlet lanes, in order; an outlet not in the list has no lane. */
    public ObservableList<Outlet> getOutlets() {
        return outlets;
    }

    /** Who said the events' quotes, named in an event's tooltip ({@code null}: nobody is named there). */
    public void setQuoteSpeakers(QuoteSpeakers speakers) {
        quoteSpeakers = speakers == null ? QuoteSpeakers.NONE : speakers;
    }

    public QuoteSpeakers getQuoteSpeakers() {
        return quoteSpeakers;
    }

    /** The events' quotes (each event's count shows in its tooltip and accessible text) and the dates' modifiers. */
    public TimelineFindings getFindings() {
        return findings.get();
    }

    /**
     * Which events to place (null: all). Applied off the FX thread when a runner is set, so it must be safe to call
     * from any thread (an immutable predicate).
     */
    public ObjectProperty<Predicate<Event>> eventFilterProperty() {
        return eventFilter;
    }

    /**
     * Which of {@link #getArticles()} to read (null: all): a host's filter hiding outlets hides their articles here, so
     * the chart is given the corpus's articles once and filters them off the FX thread, as {@link #eventFilterProperty}.
     */
    public ObjectProperty<Predicate<Article>> articleFilterProperty() {
        return articleFilter;
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

    /**
     * How wide the lane-name column is, in pixels (the user drags its edge); kept within
     * {@link TimelineGeometry#MIN_GUTTER} and {@link TimelineGeometry#MAX_GUTTER} when drawn.
     */
    public DoubleProperty laneNameWidthProperty() {
        return laneNameWidth;
    }

    public double getLaneNameWidth() {
        return TimelineGeometry.clampGutter(laneNameWidth.get());
    }

    public void setLaneNameWidth(double width) {
        laneNameWidth.set(width);
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

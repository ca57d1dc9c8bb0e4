package org.parallax.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.ui.article.ArticleList;
import org.parallax.ui.article.ArticleView;
import org.parallax.ui.common.Styles;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.FxThread;
import org.parallax.ui.search.CorpusSearch;
import org.parallax.ui.search.SearchBox;
import org.parallax.ui.timeline.EventDetail;
import org.parallax.ui.timeline.TimelineBar;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;

/**
 * The main window: menu bar, the article list beside the reading pane, the Problems panel below them,
 * and the status bar. Opens corpora through its {@link ShellModel}, accepts folders and files dropped on
 * it, and remembers its size, position, dividers and theme in {@link ShellPreferences}.
 */
public final class ShellWindow implements ShellMenus.Actions {

    public static final String APP_NAME = "Parallax";
    /** How much of the height the timeline takes at first. */
    private static final double TIMELINE_SHARE = 0.45;
    /** How much of the width the event detail takes at first. */
    private static final double DETAIL_SHARE = 0.28;
    public static final String STYLESHEET = Theme.stylesheet(ShellWindow.class, "shell.css");

    private final Stage stage;
    private final ShellServices services;
    private final ShellPreferences preferences;
    private final ShellModel model;
    private final ArticleList articleList = new ArticleList();
    private final ArticleView articleView;
    private final StatusBar statusBar;
    private final ProblemsPanel problemsPanel;
    private final ShellMenus menus;
    private final SplitPane contentSplit = new SplitPane();
    private final SplitPane mainSplit = new SplitPane();
    /** The timeline above the article list and reader: what happened when, then where it was said. */
    private final SplitPane timelineSplit = new SplitPane();
    private final TimelineChart timeline = new TimelineChart();
    /** The timeline beside the selected event's detail. */
    private final SplitPane timelineRow = new SplitPane();
    private final EventDetail eventDetail = new EventDetail(this::openMention);
    private final TimelineFilter filter = new TimelineFilter();
    /** Quotes, figures and coverage compared across outlets, as tabs beside the articles. */
    private final CompareWorkspace compare = new CompareWorkspace();
    private final TabPane lowerTabs = new TabPane();
    private final Tab articlesTab = new Tab("Articles");
    private final SearchBox search;
    private final TimelineBar timelineBar;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(this, "problemsShown", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private boolean problemsShownByLoad;
    private WindowGeometry normalBounds;

    /**
     * @param darkOverride the theme for this run regardless of what was remembered (e.g. from
     *                     {@code -Dparallax.dark}); null to use the remembered one
     */
    public ShellWindow(Stage stage, ShellServices services, Boolean darkOverride) {
        this.stage = stage;
        this.services = services;
        this.preferences = new ShellPreferences(services.settings());
        this.model = new ShellModel(services.runner(), services.source(), preferences);

        articleView = new ArticleView(this::openFolder);
        articleView.setOnOpenUrl(services.browser());
        statusBar = new StatusBar(services.runner(), model.warnings(), () -> problemsShown.set(true));
        problemsPanel = new ProblemsPanel(model.warnings(), () -> problemsShown.set(false), this::openProblem);
        menus = new ShellMenus(this, model.recentProperty(), problemsShown, dark,
                new ShellMenus.TimelineToggles(timeline.laneModeProperty(), timeline.collapseEmptyTimeProperty()));
        timeline.setRunner(services.runner());
        search = new SearchBox(services.runner(), this::openHit);
        timelineBar = new TimelineBar(filter, search.node(), timeline);
        VBox timelinePane = new VBox(timelineBar.node(), timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timeline.setMinHeight(0);

        contentSplit.getItems().setAll(articleList.node(), articleView.node());
        contentSplit.getStyleClass().add(Styles.CONTENT_SPLIT);
        SplitPane.setResizableWithParent(articleList.node(), false);
        contentSplit.setDividerPositions(preferences.contentDivider());
        timelineSplit.setOrientation(javafx.geometry.Orientation.VERTICAL);
        timelineRow.getItems().setAll(timelinePane, eventDetail.node());
        timelineRow.setDividerPositions(1 - DETAIL_SHARE);
        SplitPane.setResizableWithParent(eventDetail.node(), false);
        articlesTab.setContent(contentSplit);
        lowerTabs.getTabs().add(articlesTab);
        lowerTabs.getTabs().addAll(compare.tabs());
        lowerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lowerTabs.getStyleClass().add(Styles.LOWER_TABS);
        compare.setRunner(services.runner());
        compare.setOnPrepared(() -> eventDetail.show(timeline.getSelectedEvent())); // its Compare button may change
        compare.setOnOpenSpan(this::openSpan);
        eventDetail.setCompareQuotes(compare::clusterCount, compare::showEventQuotes);
        articleView.setOnCompareQuote(this::compareQuote);
        eventDetail.setOnCompareQuote(q -> {
            if (!compare.showQuote(q)) {
                show(ShellPane.QUOTES);
            }
        });
        timelineSplit.getItems().setAll(timelineRow, lowerTabs);
        timelineSplit.setDividerPositions(TIMELINE_SHARE);
        mainSplit.setOrientation(javafx.geometry.Orientation.VERTICAL);
        mainSplit.getItems().setAll(timelineSplit);
        mainSplit.getStyleClass().add(Styles.MAIN_SPLIT);
        SplitPane.setResizableWithParent(problemsPanel.node(), false);

        Label dropLabel = new Label("Drop a folder or article files to open them");
        dropLabel.getStyleClass().add(Styles.DROP_LABEL);
        StackPane dropOverlay = new StackPane(dropLabel);
        dropOverlay.getStyleClass().add(Styles.DROP_OVERLAY);
        dropOverlay.setMouseTransparent(true);
        StackPane center = new StackPane(mainSplit, dropOverlay);

        root.setTop(menus.bar());
        root.setCenter(center);
        root.setBottom(statusBar.node());
        root.getStyleClass().addAll(Styles.APP_ROOT, Styles.SHELL);
        root.getStylesheets().add(STYLESHEET);

        scene = new Scene(root);
        dark.set(darkOverride != null ? darkOverride : preferences.dark());
        Theme.install(scene, dark.get());
        dark.addListener((o, was, now) -> {
            Theme.setDark(scene, now);
            preferences.saveDark(now);
            preferences.flush();
        });
        problemsShown.addListener((o, was, now) -> showProblems(now));

        wireModel();
        wireDragAndDrop();
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = model.sourceNameProperty().get();
            return name.isEmpty() ? APP_NAME : APP_NAME + " — " + name;
        }, model.sourceNameProperty()));
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        scene.getAccelerators().put(ShellMenus.FILTER, this::filterArticles);
        scene.getAccelerators().put(ShellMenus.SEARCH, this::search);
    }

    private void wireModel() {
        model.corpusProperty().addListener((o, old, corpus) -> showCorpus(corpus));
        filter.stateProperty().addListener((o, old, now) -> applyFilter());
        timeline.selectedEventProperty().addListener((o, old, event) -> {
            eventDetail.show(event);
            compare.figureTable().showEvent(event); // the Figures tab follows the timeline: one event's figures
            showEvent(event);
        });
        timeline.onOpenEventProperty().set(this::showEvent);
        articleList.selectedProperty().addListener((o, old, a) -> {
            if (a != null) {
                articleView.show(a);
            } else {
                articleView.showEmpty(model.corpus().articles().isEmpty());
            }
        });
        model.loadingProperty().addListener((o, was, now) -> articleList.setEmptyText(now ? "Loading…" : "No articles"));
        model.generationProperty().addListener((o, old, now) -> {
            if (!model.warnings().isEmpty()) {
                if (!problemsShown.get()) {
                    problemsShownByLoad = true;
                    problemsShown.set(true);
                }
            } else if (problemsShownByLoad) {
                problemsShown.set(false);
            }
        });
        showCorpus(model.corpus());
    }

    private void showCorpus(Corpus corpus) {
        timeline.setSelectedEvent(null);
        filter.setCorpus(corpus);
        timelineBar.syncChecks();
        timeline.update(() -> {
            timeline.getEvents().setAll(corpus.events());
            timeline.getQuotes().setAll(corpus.quotes());
            applyFilter();
        });
        search.setCorpus(corpus);
        compare.setCorpus(corpus);
        eventDetail.setCorpus(corpus);
        articleList.setArticles(corpus.articles());
        statusBar.setArticles(corpus.articles());
        if (corpus.articles().isEmpty()) {
            articleView.showEmpty(true);
        }
    }

    /**
     * Shows where an event was reported: the mention in the article on screen if it has one, else the first,
     * highlighted in its article.
     */
    private void showEvent(Event event) {
        if (event == null || event.mentions().isEmpty()) {
            return;
        }
        Article shown = articleView.articleProperty().get();
        Span mention = event.mentions().stream()
                .filter(m -> shown != null && m.articleId().equals(shown.id()))
                .findFirst().orElse(event.mentions().get(0));
        model.corpus().article(mention.articleId()).ifPresent(a -> openMention(a, mention));
    }

    /** Feeds the chart what the filter shows; the chart lays it out off the FX thread. */
    private void applyFilter() {
        timeline.update(() -> {
            timeline.getOutlets().setAll(filter.shownOutlets());
            timeline.getArticles().setAll(filter.shownArticles());
            timeline.getStories().setAll(filter.shownStories());
            timeline.eventFilterProperty().set(filter.eventPredicate());
        });
    }

    /** Opens a span (a compared quote, a figure, a coverage cell) in its article. */
    private void openSpan(Span span) {
        model.corpus().article(span.articleId()).ifPresent(a -> openMention(a, span));
    }

    /** Opens an article at a span (a sentence the event detail lists, a search hit, a compared quote). */
    private void openMention(Article article, Span span) {
        lowerTabs.getSelectionModel().select(articlesTab);
        if (!articleList.select(article.id())) {
            articleList.filterField().clear(); // the article filter hid it
            if (!articleList.select(article.id())) {
                return;
            }
        }
        if (span != null) {
            articleView.showSpan(span.start(), span.end());
        }
    }

    /**
     * Opens a search hit: an event is selected and shown on the timeline; a quote selects its event (when there is
     * one on the chart) and opens its article at the quote; an article opens (at the match when it was in the text).
     */
    private void openHit(CorpusSearch.Hit hit) {
        if (hit.event() != null) {
            if (timeline.getData().indexOf(hit.event()) < 0 && hit.kind() == CorpusSearch.Kind.EVENT) {
                filter.showAll(); // a filter hid it: show everything rather than fail silently
            }
            timeline.reveal(hit.event());
        }
        if (hit.article() != null) {
            openMention(hit.article(), hit.span());
        }
    }

    private void wireDragAndDrop() {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            Dragboard db = e.getDragboard();
            if (e.getGestureSource() == null && db.hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                root.pseudoClassStateChanged(Styles.DROP_TARGET, true);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> root.pseudoClassStateChanged(Styles.DROP_TARGET, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            root.pseudoClassStateChanged(Styles.DROP_TARGET, false);
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles() && !db.getFiles().isEmpty();
            if (ok) {
                openDropped(db.getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Opens what was dropped: one folder as a folder, else the files. */
    public void openDropped(List<Path> paths) {
        model.open(new LoadRequest.Paths(paths));
    }

    /** Starts loading {@code request}. */
    public void open(LoadRequest request) {
        model.open(request);
    }

    private void showProblems(boolean show) {
        if (!show) {
            problemsShownByLoad = false;
        }
        if (show && !mainSplit.getItems().contains(problemsPanel.node())) {
            mainSplit.getItems().add(problemsPanel.node());
            double position = preferences.problemsDivider();
            mainSplit.setDividerPositions(position);
            // The split pane's skin lays the new divider out on its next pulse; place it again after that.
            FxThread.later(() -> mainSplit.setDividerPositions(position));
        } else if (!show && mainSplit.getItems().contains(problemsPanel.node())) {
            preferences.saveProblemsDivider(mainSplit.getDividerPositions()[0]);
            mainSplit.getItems().remove(problemsPanel.node());
        }
    }

    private void openProblem(LoadWarning warning) {
        Optional<Article> match = model.corpus().articles().stream()
                .filter(a -> a.file().equals(warning.file()) || Path.of(a.file()).getFileName().toString().equals(warning.file()))
                .findFirst();
        match.ifPresent(a -> {
            if (!articleList.select(a.id())) {
                articleList.filterField().clear();
                articleList.select(a.id());
            }
            articleList.table().requestFocus();
        });
    }

    // ---- window state ----

    /** Puts the window where it was last time (fitted to today's screens) and shows it. */
    public void show() {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> ordered = new java.util.ArrayList<>(screens);
        ordered.remove(primary);
        ordered.add(0, primary);
        WindowGeometry g = preferences.windowGeometry().map(s -> s.fitTo(ordered))
                .orElseGet(() -> WindowGeometry.centered(primary));
        stage.setX(g.x());
        stage.setY(g.y());
        stage.setWidth(g.width());
        stage.setHeight(g.height());
        normalBounds = g;
        trackNormalBounds();
        stage.setOnHiding(e -> saveState());
        stage.show();
        if (g.maximized()) {
            stage.setMaximized(true);
        }
        double divider = preferences.contentDivider();
        FxThread.later(() -> contentSplit.setDividerPositions(divider));
        articleList.table().requestFocus(); // keyboard users land in the list, the filter shows its prompt
        model.pruneRecentFolders();
    }

    private void trackNormalBounds() {
        javafx.beans.InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0) {
                normalBounds = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    /** Writes window geometry, dividers and the theme to the preferences. */
    public void saveState() {
        WindowGeometry b = normalBounds != null ? normalBounds
                : new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        preferences.saveWindowGeometry(new WindowGeometry(b.x(), b.y(), b.width(), b.height(), stage.isMaximized()));
        preferences.saveContentDivider(contentSplit.getDividerPositions()[0]);
        if (mainSplit.getItems().contains(problemsPanel.node())) {
            preferences.saveProblemsDivider(mainSplit.getDividerPositions()[0]);
        }
        preferences.flush();
    }

    // ---- menu actions ----

    @Override
    public void openFolder() {
        Path initial = Optional.ofNullable(model.folderProperty().get())
                .or(() -> model.recentProperty().get().folders().stream().findFirst())
                .orElse(null);
        services.chooser().choose(stage, initial).ifPresent(folder -> model.open(new LoadRequest.Folder(folder)));
    }

    /** Where Export Chart… saves; tests replace the platform dialog. */
    private ExportDialog.FileChooserSeam exportChooser = ExportDialog.FileChooserSeam.system();

    @Override
    public void exportChart() {
        ExportDialog.Source source = new ExportDialog.Source(filter.shownCorpus(), timeline.getAxis(), timeline.getWidth(),
                timeline.getHeight(), timeline::getPaint, timeline.getLaneMode(), compare.coverageChart().colours(),
                timeline.isCollapseEmptyTime()).named(model.sourceNameProperty().get());
        new ExportDialog(stage, source, services.runner(), exportChooser, services.settings()).show();
    }

    void setExportChooser(ExportDialog.FileChooserSeam chooser) {
        this.exportChooser = chooser;
    }

    /**
     * Compares the quote in focus in the event detail, else the quote the reader points at (selection, highlight or
     * caret) across outlets; with none there, the selected event's quotes; else shows the list of every compared
     * quote.
     */
    @Override
    public void compareQuote() {
        Optional<Quote> inDetail = eventDetail.focusedQuote();
        if (inDetail.isPresent() && compare.showQuote(inDetail.get())) {
            return;
        }
        Article shown = articleView.articleProperty().get();
        if (articlesTab.isSelected() && shown != null) {
            int[] range = articleView.pointedRange();
            Optional<Quote> quote = CompareWorkspace.quoteAt(model.corpus(), shown.id(), range[0], range[1]);
            if (quote.isPresent() && compare.showQuote(quote.get())) {
                return;
            }
        }
        Event event = timeline.getSelectedEvent();
        if (event != null && compare.clusterCount(event) > 0) {
            compare.showEventQuotes(event);
            return;
        }
        show(ShellPane.QUOTES);
    }

    @Override
    public void show(ShellPane pane) {
        lowerTabs.getSelectionModel().select(pane.ordinal());
    }

    @Override
    public void openRecent(Path folder) {
        model.open(new LoadRequest.Folder(folder));
    }

    @Override
    public void clearRecent() {
        model.clearRecentFolders();
    }

    @Override
    public void filterArticles() {
        articleList.focusFilter();
    }

    @Override
    public void search() {
        search.focus();
    }

    @Override
    public void about() {
        AboutDialog.show(stage);
    }

    @Override
    public void quit() {
        stage.close();
    }

    // ---- for the application and tests ----

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public Parent root() {
        return root;
    }

    public ShellModel model() {
        return model;
    }

    public EventDetail eventDetail() {
        return eventDetail;
    }

    public TimelineChart timeline() {
        return timeline;
    }

    public ArticleList articleList() {
        return articleList;
    }

    public ArticleView articleView() {
        return articleView;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public ProblemsPanel problemsPanel() {
        return problemsPanel;
    }

    public BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The quotes, figures and coverage tabs. */
    public CompareWorkspace compareWorkspace() {
        return compare;
    }

    /** The tab shown below the timeline. */
    public ShellPane shownPane() {
        return ShellPane.values()[Math.max(0, lowerTabs.getSelectionModel().getSelectedIndex())];
    }

    public TimelineFilter timelineFilter() {
        return filter;
    }

    /** The search field above the timeline. */
    public javafx.scene.control.TextField searchField() {
        return search.field();
    }

    /** The search hits on show. */
    public List<CorpusSearch.Hit> searchHits() {
        return search.hits();
    }

    /** The outlets check list above the timeline. */
    public org.controlsfx.control.CheckComboBox<org.parallax.model.Outlet> outletFilter() {
        return timelineBar.outletChecks();
    }

    /** The zoom slider above the timeline. */
    public javafx.scene.control.Slider zoomSlider() {
        return timelineBar.zoomSlider();
    }

    SearchBox searchBox() {
        return search;
    }

    TimelineBar timelineBar() {
        return timelineBar;
    }

    SplitPane contentSplit() {
        return contentSplit;
    }

    ShellMenus menus() {
        return menus;
    }
}

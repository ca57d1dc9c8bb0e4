package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.parallax.export.CsvTable;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.ui.article.ArticleList;
import org.parallax.ui.article.ArticleView;
import org.parallax.ui.common.SameArticles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.search.CorpusSearch;
import org.parallax.ui.search.SearchBox;
import org.parallax.ui.timeline.EventDetail;
import org.parallax.ui.timeline.TimelineBar;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;

/**
 * The main window, and the one place the features meet: the timeline with its bar and the selected event's detail,
 * the article list beside the reader, the comparison tabs, the Problems panel and the status bar ({@link ShellLayout}
 * places them). It opens corpora through its {@link ShellModel}, hands one feature's output to another (a search
 * hit to the timeline, a sentence or a compared quote to the reader, a quote to the comparison), accepts folders and
 * files dropped on it, and remembers its size, position, dividers and theme in {@link ShellPreferences}.
 */
public final class ShellWindow implements ShellMenus.Actions {

    public static final String APP_NAME = "Parallax";
    /** The filter bar above the timeline, as tall as its controls. */
    private static final double TIMELINE_BAR_HEIGHT = 36;

    private final Stage stage;
    private final ShellServices services;
    private final ShellPreferences preferences;
    private final ShellModel model;
    private final ArticleList articleList = new ArticleList();
    private final ArticleView articleView;
    private final StatusBar statusBar;
    private final ProblemsPanel problemsPanel;
    private final TimelineChart timeline = new TimelineChart();
    private final EventDetail eventDetail = new EventDetail(this::openMention);
    private final TimelineFilter filter = new TimelineFilter();
    /** Quotes, figures and coverage compared across outlets, as tabs beside the articles. */
    private final CompareWorkspace compare = new CompareWorkspace();
    private final SearchBox search;
    private final TimelineBar timelineBar;
    private final ShellLayout layout;
    private final WindowPlacement placement;
    private final Scene scene;
    private final ViewState viewState;
    private final WorkspaceFiles workspace;
    private final ShellMenus menus;
    private final ShellExports exports;
    private final CorpusPreparation preparation;
    private ShellCorrections corrections;
    private Map<String, String> restoredView;
    /** The timeline, or while the first articles open, a spinner saying so instead of an empty axis around today. */
    private final OpeningState opening = new OpeningState();
    private final javafx.scene.layout.StackPane timelineStack = new javafx.scene.layout.StackPane(timeline, opening.node());
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(this, "problemsShown", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private boolean problemsShownByLoad;

    /**
     * @param darkOverride the theme for this run regardless of what was remembered (e.g. from
     *                     {@code -Dparallax.dark}); null to use the remembered one
     */
    public ShellWindow(Stage stage, ShellServices services, Boolean darkOverride) {
        this.stage = stage;
        AppIcon.install(stage);
        this.services = services;
        this.preferences = new ShellPreferences(services.settings());
        this.model = new ShellModel(services.runner(), services.source(), preferences);
        this.exports = new ShellExports(stage, services, filter, timeline, compare, model.sourceNameProperty());
        search = new SearchBox(services.runner(), this::openHit);
        statusBar = new StatusBar(services.runner(), model.warnings(), () -> problemsShown.set(true),
                model::cancelOpening);
        this.preparation = new CorpusPreparation(services.runner(),
                new CorpusPreparation.Views(articleList, eventDetail, timeline, compare, filter, search, statusBar));

        articleView = new ArticleView(this::openFolder);
        articleView.setOnOpenUrl(services.browser());
        problemsPanel = new ProblemsPanel(model.warnings(), () -> problemsShown.set(false), this::openProblem);
        menus = new ShellMenus(this, model.recentProperty(), problemsShown, dark,
                new ShellMenus.TimelineToggles(timeline.laneModeProperty(), timeline.collapseEmptyTimeProperty()));
        timeline.setRunner(services.runner());
        timelineBar = new TimelineBar(filter, search.node(), timeline);
        VBox timelinePane = new VBox(timelineBar.node(), timelineStack);
        VBox.setVgrow(timelineStack, Priority.ALWAYS);
        timeline.setMinHeight(0);
        timelineStack.setMinHeight(0);
        // the axis, the events lane and two outlet lanes always show, however the panels are dragged (and above the
        // footer of undated articles, when there is one)
        timelinePane.setMinHeight(TIMELINE_BAR_HEIGHT + org.parallax.chart.timeline.TimelinePainter.laneTop(2)
                + org.parallax.chart.timeline.TimelinePainter.FOOTER);
        wireCompare();

        layout = new ShellLayout(new ShellLayout.Parts(menus.bar(), timelinePane, eventDetail.node(), articleList.node(),
                articleView.node(), compare.tabs(), problemsPanel.node(), statusBar.node()), preferences.contentDivider());
        placement = new WindowPlacement(stage, preferences, layout);
        viewState = new ViewState(layout, timeline, filter);
        workspace = new WorkspaceFiles(stage, model, services.chooser(), viewState, this::initialFolder);
        scene = new Scene(layout.root());
        wireTheme(darkOverride);
        problemsShown.addListener((o, was, now) -> showProblems(now));

        wireModel();
        FileDrop.install(scene, layout.root(), this::openDropped);
        stage.setScene(scene);
        workspace.install();
        WorkspaceEdits edits = model.edits();
        menus.bindEdits(edits.canUndoProperty(), edits.canRedoProperty());
        menus.focusTabsProperty().addListener((o, was, on) -> layout.focusTabs(on));
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        scene.getAccelerators().put(ShellMenus.FILTER, this::filterArticles);
        scene.getAccelerators().put(ShellMenus.SEARCH, this::search);
    }

    /** The comparison tabs open spans in the reader; the event detail and the reader open quotes in them. */
    private void wireCompare() {
        compare.setRunner(services.runner());
        articleList.setRunner(services.runner());
        compare.setOnPrepared(() -> eventDetail.show(timeline.getSelectedEvent())); // its Compare button may change
        compare.setOnOpenSpan(this::openSpan);
        eventDetail.setCompareQuotes(compare::clusterCount, compare::showEventQuotes);
        articleView.setOnCompareQuote(this::compareQuote);
        eventDetail.setOnCompareQuote(q -> {
            if (!compare.showQuote(q)) {
                show(ShellPane.QUOTES);
            }
        });
    }

    private void wireTheme(Boolean darkOverride) {
        dark.set(darkOverride != null ? darkOverride : preferences.dark());
        Theme.install(scene, dark.get());
        dark.addListener((o, was, now) -> {
            Theme.setDark(scene, now);
            preferences.saveDark(now);
            preferences.flush();
        });
    }

    private void wireModel() {
        model.corpusProperty().addListener((o, old, corpus) -> {
            Event selected = timeline.getSelectedEvent();
            boolean correction = old != null && SameArticles.sameIds(old, corpus);
            if (correction) {
                viewState.keepPlaceIfNothingMoved(old, corpus);
            }
            showCorpus(corpus);
            if (selected != null && correction && !selected.mentions().isEmpty()) {
                // a correction, not a new load: the event stays selected, its detail shows the change; found by its
                // first mention, as a re-dated article's comparison numbers the events anew
                Span first = selected.mentions().stream().sorted().findFirst().orElseThrow();
                corpus.events().stream().filter(e -> e.mentions().contains(first)).findFirst()
                        .ifPresent(timeline::setSelectedEvent);
            }
        });
        corrections = new ShellCorrections(model.edits(), model::corpus, ShellCorrections.Prompt.dialog(stage));
        eventDetail.setCorrections(corrections);
        compare.setCorrections(corrections);
        articleList.setCorrections(corrections);
        articleView.setCorrected(corrections::isCorrected);
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
        model.loadingProperty().addListener((o, was, now) -> {
            articleList.setEmptyText(now ? "Opening articles…" : "No articles");
            statusBar.setLoading(now);
            showLoadingIfNothingOnShow();
        });
        services.runner().messageProperty().addListener((o, old, now) -> showLoadingIfNothingOnShow());
        model.generationProperty().addListener((o, old, now) -> {
            Map<String, String> saved = model.edits().openedView();
            if (!saved.isEmpty() && saved != restoredView && !model.loadingProperty().get()) {
                restoredView = saved; // once per opened workspace, not on every later problem or save
                viewState.restore(saved, model.corpus());
            }
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
        // first to the runner: what shows it (then the timeline), the lookup (then the list, detail, comparisons)
        preparation.prepare(corpus, this::showFiltered);
        if (corpus.articles().isEmpty()) {
            articleView.showEmpty(true);
        }
        showLoadingIfNothingOnShow();
    }

    /** The filter has the corpus's outlets and speakers: its bar shows them, the timeline lays out what it shows. */
    private void showFiltered() {
        timelineBar.syncChecks();
        applyFilter();
    }

    /** While a load runs and no article is on show, the reader and the timeline say so (never "No articles"). */
    private void showLoadingIfNothingOnShow() {
        boolean none = model.corpus().articles().isEmpty();
        boolean opening = model.loadingProperty().get() && none;
        this.opening.show(opening, services.runner().messageProperty().get());
        if (none && !opening) {
            this.opening.showNoArticles();
        }
        timeline.setVisible(!none);
        eventDetail.node().setVisible(!opening);
        if (opening) {
            articleView.showLoading(services.runner().messageProperty().get());
        } else if (!model.loadingProperty().get() && articleList.selectedProperty().get() == null) {
            articleView.showEmpty(model.corpus().articles().isEmpty());
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
            timeline.articleFilterProperty().set(filter.articlePredicate());
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
        preparation.whenPrepared(article, a -> openPrepared(a, span)); // the list may still hold the corpus before
    }

    private void openPrepared(Article article, Span span) {
        show(ShellPane.ARTICLES);
        if (!selectArticle(article)) {
            return;
        }
        if (span != null) {
            articleView.showSpan(span.start(), span.end());
        }
    }

    /** Selects {@code article} in the list, clearing the article filter if it hid it; false if it is not there. */
    private boolean selectArticle(Article article) {
        if (articleList.select(article.id())) {
            return true;
        }
        articleList.filterField().clear();
        return articleList.select(article.id());
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
        layout.showProblems(show, preferences);
    }

    /** Selects the article a problem names once the list holds the corpus on show (it may hold the one before). */
    private void openProblem(LoadWarning warning) {
        ProblemsPanel.articleOf(warning, model.corpus()).ifPresent(a -> preparation.whenPrepared(a, now -> {
            selectArticle(now);
            articleList.table().requestFocus();
        }));
    }

    /** Puts the window where it was last time (fitted to today's screens) and shows it. */
    public void show() {
        placement.show();
        articleList.table().requestFocus(); // keyboard users land in the list, the filter shows its prompt
        model.pruneRecentFolders();
        workspace.startRecovery();
    }

    // ---- menu actions ----

    @Override
    public void openFolder() {
        services.chooser().choose(stage, initialFolder()).ifPresent(folder -> model.open(new LoadRequest.Folder(folder)));
    }

    /** Where the open dialogs start: the open folder, else the most recent one. */
    private Path initialFolder() {
        return Optional.ofNullable(model.folderProperty().get())
                .or(() -> model.recentProperty().get().folders().stream().findFirst())
                .orElse(null);
    }

    @Override
    public void openFiles() {
        List<Path> files = services.chooser().chooseFiles(stage, initialFolder());
        if (!files.isEmpty()) {
            model.open(new LoadRequest.Paths(files));
        }
    }

    @Override
    public void save() {
        workspace.save();
    }

    @Override
    public void saveAs() {
        workspace.saveAs();
    }

    /** Answers the correction questions instead of a dialog (tests). */
    void setCorrectionPrompt(ShellCorrections.Prompt prompt) {
        corrections.setPrompt(prompt);
    }

    /** The shell's state: the corpus on show, and the corrections on it ({@link ShellModel#edits()}). */
    public ShellModel model() {
        return model;
    }

    @Override
    public void undo() {
        model.edits().undo();
    }

    @Override
    public void redo() {
        model.edits().redo();
    }

    @Override
    public void exportChart() {
        exports.chart();
    }

    @Override
    public void exportTimelineJs() {
        exports.timelineJs();
    }

    @Override
    public void exportTable(CsvTable table) {
        exports.table(table);
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
        if (layout.isShowing(ShellPane.ARTICLES) && shown != null) {
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
        layout.show(pane);
    }

    @Override
    public void openRecent(Path folder) {
        model.open(ShellModel.isWorkspaceFile(folder) ? new LoadRequest.Paths(List.of(folder))
                : new LoadRequest.Folder(folder));
    }

    @Override
    public void clearRecent() {
        model.clearRecentFolders();
    }

    /** Ctrl+Shift+F works from every tab: it brings the Articles tab to the front, then focuses its filter. */
    @Override
    public void filterArticles() {
        show(ShellPane.ARTICLES);
        articleList.focusFilter();
    }

    @Override
    public void search() {
        search.focus();
    }

    @Override
    public void keyboardShortcuts() {
        KeyboardShortcuts.show(stage, menus.bar());
    }

    @Override
    public void about() {
        AboutDialog.show(stage);
    }

    @Override
    public void clearCache() {
        CacheClearing.withDialogs(services.runner(), services.source().cache(), stage).run();
    }

    @Override
    public void quit() {
        stage.close();
    }
}

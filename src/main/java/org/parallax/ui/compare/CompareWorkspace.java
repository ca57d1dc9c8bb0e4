package org.parallax.ui.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.SameArticles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The comparison views in one node for the shell: a Quotes tab (the {@link QuotesList} beside the
 * {@link QuoteComparisonView}), a Figures tab ({@link FigureTable}) and a Coverage tab ({@link CoverageChart}).
 * The entry points: {@link #showCluster}, {@link #showQuote} (Ctrl+D on a quote: {@code Shortcuts.COMPARE_QUOTE}),
 * {@link #showEventQuotes} (the event detail's "Compare quotes"). Every view's "open the source" goes to one
 * {@link #setOnOpenSpan} callback.
 */
public final class CompareWorkspace {

    public static final String STYLESHEET = Theme.stylesheet(CompareWorkspace.class, "compare-workspace.css");

    private final QuotesList quotes = new QuotesList();
    private final QuoteComparisonView comparison = new QuoteComparisonView();
    private final FigureTable figures = new FigureTable();
    private final CoverageChart coverage = new CoverageChart();
    private final Tab quotesTab;
    private final Tab figuresTab;
    private final Tab coverageTab;
    private final TabPane root = new TabPane();
    private static final System.Logger LOG = System.getLogger(CompareWorkspace.class.getName());
    private static final String PREPARE_KEY = "compare-workspace";
    /** The figures' own task: their comparison is the slowest, and the quotes and coverage do not wait for it. */
    static final String FIGURES_KEY = "compare-figures";
    private Corpus corpus = Corpus.EMPTY;
    private TaskRunner runner;
    private Runnable onPrepared = () -> { };
    /** Where the Quotes list goes back to once a corrected corpus is shown; null for a new one. */
    private Place keep;

    public CompareWorkspace() {
        root.getStyleClass().add(CompareStyles.WORKSPACE);
        root.getStylesheets().add(STYLESHEET);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(quotes.node(), comparison.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(quotes.node(), false);
        quotesTab = lazyTab("Quotes", split);
        figuresTab = lazyTab("Figures", figures.node());
        ScrollPane coverageScroll = new ScrollPane(coverage);
        coverage.followViewport(coverageScroll);
        coverageScroll.getStyleClass().add("px-coverage-scroll");
        coverageTab = lazyTab("Coverage", coverageScroll);
        coverageTab.selectedProperty().addListener((o, was, now) -> coverage.requestLayout()); // drawn when shown
        root.getTabs().addAll(quotesTab, figuresTab, coverageTab);
        quotes.setOnChoose(comparison::show);
        root.setAccessibleText("Compare");
    }

    public Node node() {
        return root;
    }

    /**
     * A tab whose content joins the scene when the tab is first selected: a hidden tab's views would otherwise be
     * styled and laid out (cells, tables, text) before the window's first drawn event.
     */
    private static Tab lazyTab(String title, Node content) {
        Tab tab = new Tab(title);
        if (tab.isSelected()) {
            tab.setContent(content);
        } else {
            tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        tab.setContent(content);
                        tab.selectedProperty().removeListener(this);
                    }
                }
            });
        }
        return tab;
    }

    /**
     * The three tabs, for a host that shows them beside its own (the shell's Articles tab) instead of nesting this
     * workspace's tab pane: they leave it, and the show methods select them wherever they are.
     */
    public List<Tab> tabs() {
        root.getTabs().clear();
        return List.of(quotesTab, figuresTab, coverageTab);
    }

    private void select(Tab tab) {
        TabPane pane = tab.getTabPane();
        if (pane != null) {
            pane.getSelectionModel().select(tab);
        }
    }

    /**
     * How many quote clusters {@link #showEventQuotes} would list for {@code event}: those said in the paragraphs of
     * its sentences, else those two or more of its articles carry. Zero means there is nothing to compare.
     */
    public int clusterCount(Event event) {
        if (event == null) {
            return 0;
        }
        CorpusLookup looked = quotes.lookup();
        List<EventQuotes.Relevance> relevances = quotes.all().stream().map(s -> s.relevance(event, looked)).toList();
        EventQuotes.Relevance least = EventQuotes.reach(relevances);
        return (int) relevances.stream().filter(r -> r.compareTo(least) >= 0).count();
    }

    /**
     * Where {@link #setCorpus} aligns every cluster and lays out the coverage: the window's runner, so a large corpus
     * never holds the FX thread; without one (tests) it happens at once.
     */
    public void setRunner(TaskRunner runner) {
        this.runner = runner;
    }

    /** Called on the FX thread once the tabs show a new corpus (what {@link #clusterCount} answers may change). */
    public void setOnPrepared(Runnable action) {
        onPrepared = action == null ? () -> { } : action;
    }

    /** What the tabs show, built from a corpus off the FX thread. */
    private record Prepared(CorpusLookup lookup, List<ClusterSummary> summaries, CoverageData coverage) {
        static Prepared of(Corpus corpus, CorpusLookup known) {
            CorpusLookup lookup = CorpusLookup.of(corpus, known);
            return new Prepared(lookup, ClusterSummary.of(lookup), CoverageData.of(corpus));
        }

        Corpus corpus() {
            return lookup.corpus();
        }
    }

    public void setCorpus(Corpus corpus) {
        prepare(corpus, null);
    }

    /**
     * As {@link #setCorpus} with the corpus's lookup made already (the shell's preparation of a corpus): only the
     * clusters' summaries and the coverage are left to make.
     */
    public void setLookup(CorpusLookup lookup) {
        prepare(lookup.corpus(), lookup);
    }

    private void prepare(Corpus corpus, CorpusLookup lookup) {
        Corpus before = this.corpus;
        ClusterSummary selected = quotes.listView().getSelectionModel().getSelectedItem();
        // the same articles: a corrected picture of the same work, where the list keeps its place
        keep = !before.articles().isEmpty() && SameArticles.sameIds(before, corpus)
                ? new Place(selected == null ? null : selected.id(), quotes.event(), quotes.speakerFilter()) : null;
        this.corpus = corpus;
        comparison.setCorpus(corpus);
        if (lookup != null) {
            comparison.setLookup(lookup);
        }
        if (runner == null) {
            show(Prepared.of(corpus, lookup));
            figures.setCorpus(corpus);
        } else {
            figures.awaitCorpus(corpus); // never the corpus before's rows for this corpus's events
            runner.submit(PREPARE_KEY, "Aligning quotes…", progress -> Prepared.of(corpus, lookup), this::show,
                    failure -> LOG.log(System.Logger.Level.WARNING, "could not prepare the comparison views", failure));
            runner.submit(FIGURES_KEY, "Comparing figures…", progress -> {
                if (progress.isCancelled()) {
                    return null; // superseded while queued: the comparison would hold a worker for nothing
                }
                FigureRows rows = lookup == null ? FigureRows.of(corpus) : FigureRows.of(corpus, lookup.articles());
                return progress.isCancelled() ? null : rows;
            }, rows -> showFigures(corpus, rows),
                    failure -> LOG.log(System.Logger.Level.WARNING, "could not compare the figures", failure));
        }
    }

    private void showFigures(Corpus of, FigureRows rows) {
        if (of == corpus && rows != null) {
            figures.setCorpus(of, rows);
        }
    }

    private void show(Prepared prepared) {
        if (prepared.corpus() != corpus) {
            return; // a newer corpus came in meanwhile
        }
        quotes.setCorpus(prepared.lookup(), prepared.summaries());
        comparison.setLookup(prepared.lookup());
        coverage.setData(prepared.coverage());
        if (keep == null || !keep.restore(quotes, corpus)) {
            List<ClusterSummary> first = quotes.shown();
            if (!first.isEmpty()) {
                quotes.select(first.get(0).id()); // the tab opens on the most widely carried quote, never blank
            }
        }
        onPrepared.run();
    }

    /** Where the Quotes list was before a correction: its cluster, the event and speaker it was narrowed to. */
    private record Place(String clusterId, Event event, String speaker) {
        /** Puts the list back there as far as the corrected corpus allows; false when its cluster is gone. */
        boolean restore(QuotesList list, Corpus corpus) {
            if (event != null) {
                corpus.events().stream().filter(e -> e.id().equals(event.id())).findFirst().ifPresent(list::showEvent);
            }
            list.filterSpeaker(speaker);
            return clusterId != null && list.select(clusterId);
        }
    }

    /** Offers the corrections of a cluster in the comparison's menu, and marks what the user corrected. */
    public void setCorrections(QuoteCorrections c) {
        comparison.setCorrections(c);
        quotes.setCorrected(c == null ? null : c::isCorrected);
    }

    /** Called with a span to open in its article (a quote, a figure, an event mention). */
    public void setOnOpenSpan(Consumer<Span> action) {
        comparison.setOnOpenSpan(action);
        figures.setOnOpenSpan(action);
        coverage.setOnOpenSpan(action);
    }

    /** Opens cluster {@code id} in the comparison; false if the corpus has none such. */
    public boolean showCluster(String id) {
        select(quotesTab);
        if (!quotes.select(id)) {
            return false;
        }
        corpus.quoteClusters().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(comparison::show);
        return true;
    }

    /** Opens the cluster {@code quote} belongs to; false (and nothing changes) if it is in none. */
    public boolean showQuote(Quote quote) {
        return clusterOf(corpus, quote).map(c -> showCluster(c.id())).orElse(false);
    }

    /**
     * Narrows the Quotes list to the quotes said in {@code event}'s sentences and opens the first; the Figures tab
     * shows the event's figures. False when no quote of the event is in a cluster (the list then says so).
     */
    public boolean showEventQuotes(Event event) {
        select(quotesTab);
        quotes.filterSpeaker(null);
        quotes.showEvent(event);
        figures.showEvent(event);
        if (quotes.shown().isEmpty()) {
            comparison.show(null);
            return false;
        }
        ClusterSummary first = quotes.shown().get(0);
        quotes.listView().getSelectionModel().select(first);
        comparison.show(first.cluster());
        return true;
    }

    /** The cluster with {@code quote} as a member. */
    public static Optional<QuoteCluster> clusterOf(Corpus corpus, Quote quote) {
        return corpus.quoteClusters().stream()
                .filter(c -> c.members().stream().anyMatch(v -> v.quoteId().equals(quote.id()))).findFirst();
    }

    /**
     * The quote at the caret or selection [{@code start}, {@code end}) of article {@code articleId}: the shortest
     * quote that overlaps it (or holds the caret), for Ctrl+D in an article.
     */
    public static Optional<Quote> quoteAt(Corpus corpus, String articleId, int start, int end) {
        Span at = new Span(articleId, start, Math.max(start, end));
        return corpus.quotes().stream().filter(q -> q.articleId().equals(articleId))
                .filter(q -> at.length() == 0 ? q.span().start() <= start && start <= q.span().end()
                        : q.span().overlaps(at))
                .min(Comparator.comparingInt((Quote q) -> q.span().length()));
    }

    public QuotesList quotesList() {
        return quotes;
    }

    public QuoteComparisonView comparisonView() {
        return comparison;
    }

    public FigureTable figureTable() {
        return figures;
    }

    public CoverageChart coverageChart() {
        return coverage;
    }
}

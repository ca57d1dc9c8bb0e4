package org.parallax.ui.compare;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Verdict;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.Cells;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;

/**
 * Every quote cluster, the ones most outlets carry first, then the ones whose versions differ most
 * ({@link ClusterSummary#ORDER}); filterable by speaker (the cluster's, or one some article credits instead) and to
 * the clusters whose articles credit different speakers ("Attribution differs", each marked "credited to 2
 * speakers"), and narrowed to one event's quotes by {@link #showEvent(Event)}. Choosing one (selection, click,
 * Enter) calls {@link #setOnChoose}.
 */
public final class QuotesList {

    public static final String STYLESHEET = Theme.stylesheet(QuotesList.class, "quotes-list.css");
    public static final String ALL_SPEAKERS = "All speakers";

    private final BorderPane root = new BorderPane();
    private final ComboBox<String> speaker = new ComboBox<>();
    private final ToggleButton differing = new ToggleButton("Attribution differs");
    private final Label eventChip = new Label();
    private final Button clearEvent = new Button("\u00d7");
    private final HBox eventBar = new HBox(6);
    private final ObservableList<ClusterSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ClusterSummary> shown = new FilteredList<>(all);
    private final ListView<ClusterSummary> list = new ListView<>(shown);
    private Corpus corpus = Corpus.EMPTY;
    /** {@link #corpus}'s quotes and articles by id; null until given or first needed. */
    private CorpusLookup lookup;
    private Event event;
    private EventQuotes.Relevance eventRelevance = EventQuotes.Relevance.IN_EVENT_PARAGRAPH;
    private Consumer<QuoteCluster> onChoose = c -> { };
    private Predicate<String> corrected = id -> false;

    public QuotesList() {
        root.getStyleClass().add(CompareStyles.QUOTES_LIST);
        root.getStylesheets().addAll(STYLESHEET, QuoteComparisonView.STYLESHEET);
        speaker.setAccessibleText("Filter quotes by speaker");
        speaker.valueProperty().addListener((obs, old, now) -> refilter());
        Label title = new Label("Quotes");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // as wide as its longest name, never narrower: "All speakers" is never cut to "All spe…"
        speaker.setMinWidth(Region.USE_PREF_SIZE);
        speaker.setMaxWidth(Region.USE_PREF_SIZE);
        differing.getStyleClass().add(CompareStyles.ATTRIBUTION_FILTER);
        differing.setTooltip(new Tooltip("Only the quotes whose outlets credit different speakers"));
        differing.setAccessibleText("Show only quotes whose attribution differs");
        differing.setMinWidth(Region.USE_PREF_SIZE);
        differing.selectedProperty().addListener((obs, old, now) -> refilter());
        // a narrow list puts the toggle on a second line rather than cutting the speaker's name
        FlowPane filter = new FlowPane(8, 6, title, speaker, differing);
        filter.setAlignment(Pos.CENTER_LEFT);
        filter.getStyleClass().add(CompareStyles.QUOTES_FILTER);

        eventChip.getStyleClass().add(CompareStyles.EVENT_FILTER_CHIP);
        eventChip.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(eventChip, Priority.ALWAYS);
        clearEvent.getStyleClass().add(Styles.FLAT_BUTTON);
        clearEvent.setTooltip(new Tooltip("Show the quotes of every event"));
        clearEvent.setAccessibleText("Show all quotes");
        clearEvent.setOnAction(e -> showEvent(null));
        eventBar.getChildren().setAll(eventChip, clearEvent);
        eventBar.setAlignment(Pos.CENTER_LEFT);
        eventBar.getStyleClass().add(CompareStyles.QUOTES_FILTER);
        eventBar.setVisible(false);
        eventBar.setManaged(false);
        root.setTop(new VBox(filter, eventBar));

        list.setCellFactory(v -> new SummaryCell());
        list.setAccessibleText("Quotes carried by more than one article");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onChoose.accept(now.cluster());
            }
        });
        list.setOnKeyPressed(e -> {
            ClusterSummary s = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                onChoose.accept(s.cluster());
                e.consume();
            }
        });
        root.setCenter(list);
        setCorpus(Corpus.EMPTY);
    }

    public Node node() {
        return root;
    }

    public void setCorpus(Corpus corpus) {
        setCorpus(corpus, ClusterSummary.of(corpus));
    }

    /** As {@link #setCorpus(Corpus)} with the summaries already built (off the FX thread: each aligns a cluster). */
    public void setCorpus(Corpus corpus, List<ClusterSummary> summaries) {
        setCorpus(corpus, null, summaries);
    }

    /** As above, with the corpus's quotes and articles by id made with the summaries. */
    void setCorpus(CorpusLookup lookup, List<ClusterSummary> summaries) {
        setCorpus(lookup.corpus(), lookup, summaries);
    }

    private void setCorpus(Corpus corpus, CorpusLookup lookup, List<ClusterSummary> summaries) {
        this.lookup = lookup;
        this.corpus = corpus;
        this.event = null;
        all.setAll(summaries);
        speaker.getItems().setAll(ALL_SPEAKERS);
        speaker.getItems().addAll(speakerNames(all));
        speaker.setValue(ALL_SPEAKERS);
        list.setPlaceholder(placeholder(corpus.quoteClusters().isEmpty()
                ? "No quote is given by more than one article." : "No quote matches the filter."));
        refilter();
    }

    /** Marks the clusters the user corrected ({@code corrected} answers by cluster id). */
    public void setCorrected(Predicate<String> corrected) {
        this.corrected = corrected == null ? id -> false : corrected;
        list.refresh();
    }

    /** The event the list is narrowed to, null when none. */
    public Event event() {
        return event;
    }

    /** The speaker the list is narrowed to, {@link #ALL_SPEAKERS} when none. */
    public String speakerFilter() {
        return speaker.getValue();
    }

    /** Called with the cluster the user chose. */
    public void setOnChoose(Consumer<QuoteCluster> action) {
        onChoose = action == null ? c -> { } : action;
    }

    /** Shows only the clusters whose articles credit different speakers ({@code false}: every cluster). */
    public void filterAttributionDiffers(boolean only) {
        differing.setSelected(only);
    }

    /** Shows only speaker {@code name}'s quotes ({@code null}: everyone's). */
    public void filterSpeaker(String name) {
        speaker.setValue(name == null ? ALL_SPEAKERS : name);
    }

    /**
     * Narrows the list to {@code event}'s quotes ({@code null}: all events): the clusters said in the paragraphs of its
     * sentences, or when there are none, those carried by two or more of the articles that report it.
     */
    public void showEvent(Event event) {
        this.event = event;
        if (event != null) {
            CorpusLookup looked = lookup();
            eventRelevance = EventQuotes.reach(all.stream().map(s -> s.relevance(event, looked)).toList());
        }
        eventChip.setText(event == null ? "" : "Quotes in: " + event.label());
        eventChip.setTooltip(event == null ? null : new Tooltip(event.label()));
        eventBar.setVisible(event != null);
        eventBar.setManaged(event != null);
        refilter();
    }

    /** Selects the cluster with {@code id} if it is shown (clearing filters that hide it); false if none has it. */
    public boolean select(String clusterId) {
        ClusterSummary target = all.stream().filter(s -> s.id().equals(clusterId)).findFirst().orElse(null);
        if (target == null) {
            return false;
        }
        if (!shown.contains(target)) {
            event = null;
            showEvent(null);
            speaker.setValue(ALL_SPEAKERS);
            differing.setSelected(false);
        }
        list.getSelectionModel().select(target);
        list.scrollTo(target);
        return true;
    }

    /** How close to the event a cluster must be to be listed (after {@link #showEvent}). */
    public EventQuotes.Relevance eventRelevance() {
        return eventRelevance;
    }

    /** Every cluster's summary, in list order. */
    public List<ClusterSummary> all() {
        return List.copyOf(all);
    }

    /** The summaries shown, in order; for tests. */
    public List<ClusterSummary> shown() {
        return List.copyOf(shown);
    }

    /** The corpus's quotes and articles by id, made once per corpus (when not given with it). */
    CorpusLookup lookup() {
        lookup = CorpusLookup.of(corpus, lookup);
        return lookup;
    }

    public ListView<ClusterSummary> listView() {
        return list;
    }

    private void refilter() {
        String who = speaker.getValue();
        Event e = event;
        CorpusLookup c = e == null ? null : lookup();
        EventQuotes.Relevance least = eventRelevance;
        boolean onlyDiffering = differing.isSelected();
        Predicate<ClusterSummary> p = s -> (who == null || who.equals(ALL_SPEAKERS) || credits(s, who))
                && (!onlyDiffering || s.cluster().attributionDiffers())
                && (e == null || s.saidIn(e, c, least));
        shown.setPredicate(p);
    }

    /** Whether the cluster's speaker is {@code name} or some article credits it to {@code name}. */
    private static boolean credits(ClusterSummary s, String name) {
        return s.speaker().equals(name) || s.cluster().creditedSpeakers().stream().anyMatch(x -> x.name().equals(name));
    }

    /** The clusters' speakers and those some articles credit instead, sorted. */
    private static List<String> speakerNames(List<ClusterSummary> summaries) {
        SortedSet<String> names = new TreeSet<>(ClusterSummary.speakers(summaries));
        for (ClusterSummary s : summaries) {
            s.cluster().creditedSpeakers().forEach(x -> names.add(x.name()));
        }
        return List.copyOf(names);
    }

    private static Node placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        return l;
    }

    /** The reference's words, then "speaker · n outlets · n% differ" and the verdicts. */
    private final class SummaryCell extends ListCell<ClusterSummary> {

        private final Label text = new Label();
        private final Label meta = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final HBox badges = new HBox(3);
        private final VBox box;

        SummaryCell() {
            getStyleClass().add(CompareStyles.QUOTE_CELL);
            text.getStyleClass().add(CompareStyles.QUOTE_CELL_TEXT);
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMinWidth(0);
            setPrefWidth(0); // the list's width, not the text's, sizes the cell: the quote wraps
            meta.getStyleClass().add(CompareStyles.QUOTE_CELL_META);
            bar.getStyleClass().add(CompareStyles.DIFFERENCE_BAR);
            bar.setFocusTraversable(false);
            meta.setMinWidth(0);
            HBox line = new HBox(6, bar, badges);
            line.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, text, meta, line);
        }

        @Override
        protected void updateItem(ClusterSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (Cells.clearedIfEmpty(this, item, empty)) {
                setAccessibleText(null);
                return;
            }
            text.setText("\u201c" + ArticleLabels.elide(item.text(), 180) + "\u201d");
            int percent = (int) Math.round(item.difference() * 100);
            // "Jane Doe (attributed by 2 of 3 outlets)" already says how many outlets carry it
            meta.setText(item.credit().text() + " \u00b7 " + (item.credit().partial() ? ""
                    : ArticleLabels.count(item.outlets(), "outlet", "outlets") + " \u00b7 ") + percent + "% differ");
            bar.setProgress(item.difference());
            bar.setTooltip(new Tooltip(percent + "% of the words differ from the reference"));
            badges.getChildren().clear();
            String credited = ColumnAttribution.badgeText(item.cluster());
            if (!credited.isEmpty()) {
                Label flag = new Label(credited);
                flag.getStyleClass().add(CompareStyles.ATTRIBUTION_BADGE);
                flag.setTooltip(new Tooltip("The outlets credit these words to "
                        + String.join(", ", item.cluster().creditedSpeakers().stream().map(x -> x.name()).toList())));
                badges.getChildren().add(flag);
            }
            for (Verdict v : item.verdicts()) {
                if (v != Verdict.REFERENCE) {
                    badges.getChildren().add(QuoteComparisonView.badge(v));
                }
            }
            boolean mine = corrected.test(item.id());
            if (mine) {
                Label mark = ClusterCorrectionItems.mark();
                mark.setText("\u270e");
                badges.getChildren().add(mark);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(item.speaker() + ": " + item.text() + ", " + meta.getText()
                    + (credited.isEmpty() ? "" : ", " + credited) + (mine ? ", corrected by you" : ""));
        }
    }
}

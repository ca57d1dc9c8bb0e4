package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Verdict;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.ComboLabels;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Theme;

/**
 * One quote cluster side by side: a column per article, the reference first, each headed ({@link ComparisonHead}) by
 * its outlet, date, whom its article credits (someone else flagged, a speaker taken from the other outlets marked so;
 * a line under the title says who is credited where when the articles disagree) and verdict badges, each version's
 * words marked against the base by {@link DiffText}. Aligned (the default), the
 * versions are laid out in rows of the {@link QuoteComparison#rows() aligned segments}, so shared words line up and
 * a version without words there leaves a gap; unaligned, each column is its text in one piece ({@link ComparisonGrid}
 * holds the columns). A click on a column
 * (or Enter on its head) calls {@link #setOnOpenSpan} with that quote's span; "Compare against" (or the context
 * menu) picks another base; Ctrl+C (or the context menu, or Copy) puts a text and an HTML table on the clipboard.
 */
public final class QuoteComparisonView {

    public static final String STYLESHEET = Theme.stylesheet(QuoteComparisonView.class, "quote-comparison.css");
    static final double MIN_COLUMN_WIDTH = 210;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    /** Whom the articles credit, shown when they disagree. */
    private final Label attribution = new Label();
    private final Label corrected = ClusterCorrectionItems.mark();
    private final ClusterCorrectionItems correctionItems = new ClusterCorrectionItems();
    private QuoteCorrections corrections = QuoteCorrections.NONE;
    private final ComboBox<ComparisonColumn> against = new ComboBox<>();
    private final ToggleButton align = new ToggleButton("Align");
    private final Button copy = new Button("Copy");
    /** The column heads above the rows of cells. */
    private final ComparisonGrid columns = new ComparisonGrid();
    private final BooleanProperty aligned = new SimpleBooleanProperty(this, "aligned", true);
    private final List<List<DiffText>> texts = new ArrayList<>();
    private Corpus corpus = Corpus.EMPTY;
    /** {@link #corpus}'s quotes and articles by id; null until given or first needed. */
    private CorpusLookup lookup;
    private QuoteComparison comparison;
    private Consumer<Span> onOpenSpan = s -> { };
    private int contextColumn = -1;
    /** The version under the pointer when the menu opened: the quote of the row's cell, else the column's first. */
    private Quote contextQuote;
    private boolean updatingAgainst;

    public QuoteComparisonView() {
        root.getStyleClass().add(CompareStyles.COMPARISON);
        root.getStylesheets().addAll(STYLESHEET, DiffText.STYLESHEET);
        root.setAccessibleText("Quote comparison");
        HBox second = new HBox(12, MarkLegend.of(), spacer(), toolbar());
        second.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, titles(), second);
        header.getStyleClass().add(CompareStyles.COMPARISON_HEADER);
        root.setTop(header);
        root.setCenter(columns.node());
        columns.setOnContextMenuRequested(contextMenuHandler(contextMenu()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && comparison != null) {
                copyToClipboard();
                e.consume();
            }
        });
        showNothing();
    }

    public Node node() {
        return root;
    }

    /** The corpus the clusters come from; clears the view. */
    public void setCorpus(Corpus corpus) {
        this.corpus = corpus;
        comparison = null;
        showNothing();
    }

    /** The quotes and articles by id of the corpus on show, made off the FX thread; ignored for another corpus. */
    void setLookup(CorpusLookup made) {
        if (made.corpus() == corpus) {
            lookup = made;
        }
    }

    private CorpusLookup lookup() {
        lookup = CorpusLookup.of(corpus, lookup);
        return lookup;
    }

    /** Shows {@code cluster} against its reference, or the hint when null. */
    public void show(QuoteCluster cluster) {
        if (cluster == null) {
            comparison = null;
            showNothing();
            return;
        }
        comparison = QuoteComparison.of(cluster, lookup(), null);
        render();
    }

    /** Marks every version against the version of article {@code articleId}. */
    public void compareAgainst(String articleId) {
        if (comparison == null) {
            return;
        }
        comparison = QuoteComparison.of(comparison.cluster(), lookup(), articleId);
        render();
    }

    /** Offers the corrections of the cluster in the context menu, and marks what the user corrected. */
    public void setCorrections(QuoteCorrections c) {
        corrections = c == null ? QuoteCorrections.NONE : c;
        render();
    }

    /** What is shown, {@code null} when nothing is. */
    public QuoteComparison comparison() {
        return comparison;
    }

    /** Called with a quote's span when the user opens a column (click, Enter, context menu). */
    public void setOnOpenSpan(Consumer<Span> action) {
        onOpenSpan = action == null ? s -> { } : action;
    }

    public BooleanProperty alignedProperty() {
        return aligned;
    }

    /** Puts the comparison on the clipboard as plain text and as an HTML table. */
    public void copyToClipboard() {
        if (comparison == null) {
            return;
        }
        Clipboard.getSystemClipboard().setContent(clipboardContent(comparison));
    }

    static ClipboardContent clipboardContent(QuoteComparison c) {
        ClipboardContent content = new ClipboardContent();
        content.putString(ComparisonCopy.text(c));
        content.putHtml(ComparisonCopy.html(c));
        return content;
    }

    /** Whom the articles credit when they disagree ("Credited to … in 2 of 3 articles, to … in 1"), else "". */
    public String attributionText() {
        return attribution.getText();
    }

    /** The column heads, in column order; for tests and focus. */
    public List<Node> columnHeads() {
        return columns.heads();
    }

    /** Column {@code column}'s DiffTexts (one per aligned row it has words in, or one), for tests. */
    public List<DiffText> texts(int column) {
        return List.copyOf(texts.get(column));
    }

    // ---- building

    /** The title, the subtitle and the attribution line under them. */
    private VBox titles() {
        title.getStyleClass().add(CompareStyles.COMPARISON_TITLE);
        subtitle.getStyleClass().add(CompareStyles.COMPARISON_SUBTITLE);
        attribution.getStyleClass().add(CompareStyles.COMPARISON_ATTRIBUTION);
        attribution.setWrapText(true);
        attribution.setMinWidth(0);
        corrected.setVisible(false);
        corrected.managedProperty().bind(corrected.visibleProperty());
        VBox titles = new VBox(2, title, subtitle, attribution, corrected);
        HBox.setHgrow(titles, Priority.ALWAYS);
        title.setMinWidth(0);
        subtitle.setMinWidth(0);
        titles.setMinWidth(0);
        return titles;
    }

    /** "Compare against", Align and Copy. */
    private HBox toolbar() {
        Label againstLabel = new Label("Compare against");
        againstLabel.setLabelFor(against);
        ComboLabels.use(against, c -> c.label() + (c.reference() ? " \u2014 reference" : ""), "");
        against.setAccessibleText("Compare against");
        against.valueProperty().addListener((obs, old, now) -> {
            if (!updatingAgainst && now != null && comparison != null && !now.base()) {
                compareAgainst(now.articleId());
            }
        });
        align.selectedProperty().bindBidirectional(aligned);
        align.setTooltip(new Tooltip("Line shared words up in rows"));
        aligned.addListener((obs, old, now) -> render());
        copy.setTooltip(new Tooltip("Copy the comparison as a table (Ctrl+C)"));
        copy.setOnAction(e -> copyToClipboard());
        against.setPrefWidth(250);
        against.setMinWidth(120);
        for (Region r : List.of(againstLabel, align, copy)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox tools = new HBox(8, againstLabel, against, align, copy);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.getStyleClass().add(CompareStyles.COMPARISON_TOOLS);
        return tools;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Open, compare against and copy, for the column under the pointer ({@link #contextColumn}). */
    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        MenuItem open = new MenuItem("Open in Article");
        open.setOnAction(e -> openColumn(contextColumn));
        MenuItem base = new MenuItem("Compare Against This Version");
        base.setOnAction(e -> {
            if (comparison != null && contextColumn >= 0) {
                compareAgainst(comparison.columns().get(contextColumn).articleId());
            }
        });
        MenuItem copyItem = new MenuItem("Copy Comparison");
        copyItem.setAccelerator(COPY);
        copyItem.setOnAction(e -> copyToClipboard());
        menu.getItems().addAll(open, base, new SeparatorMenuItem(), copyItem);
        menu.getItems().addAll(correctionItems.items());
        menu.setOnShowing(e -> {
            ComparisonColumn col = contextColumn < 0 ? null : comparison.columns().get(contextColumn);
            open.setDisable(col == null);
            base.setDisable(col == null || col.base());
            copyItem.setDisable(comparison == null);
            correctionItems.prepare(corrections, comparison == null ? null : comparison.cluster(),
                    col == null ? null : contextQuote, col != null && col.reference());
        });
        return menu;
    }

    private EventHandler<ContextMenuEvent> contextMenuHandler(ContextMenu menu) {
        return e -> {
            if (comparison != null) {
                contextColumn = columns.columnAt(e.getPickResult().getIntersectedNode());
                contextQuote = contextColumn < 0 ? null : ClusterCorrectionItems.quoteAt(
                        comparison.columns().get(contextColumn).quotes(), e.getPickResult().getIntersectedNode());
                menu.show(columns.rows(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        };
    }

    private void showNothing() {
        title.setText("Compare quotes");
        subtitle.setText(corpus.quoteClusters().isEmpty()
                ? "No quote is given by more than one article here."
                : "Choose a quote in the list to see how each outlet gave it.");
        showAttribution("");
        corrected.setVisible(false);
        updatingAgainst = true;
        against.getItems().clear();
        updatingAgainst = false;
        against.setDisable(true);
        copy.setDisable(true);
        clearGrid();
    }

    private void showAttribution(String text) {
        attribution.setText(text);
        attribution.setVisible(!text.isEmpty());
        attribution.setManaged(!text.isEmpty());
    }

    private void clearGrid() {
        columns.clear();
        texts.clear();
    }

    private void render() {
        if (comparison == null) {
            showNothing();
            return;
        }
        QuoteComparison c = comparison;
        title.setText(c.credit().text());
        subtitle.setText(ArticleLabels.count(c.outletCount(), "outlet", "outlets") + " · "
                + ArticleLabels.count(c.columns().size(), "version", "versions") + " · "
                + Math.round(c.difference() * 100) + "% of words differ from "
                + (c.columns().isEmpty() ? "the reference" : c.base().label()));
        showAttribution(ColumnAttribution.summary(c.cluster(), c.columns()));
        corrected.setVisible(corrections.isCorrected(c.cluster().id()));
        updatingAgainst = true;
        against.getItems().setAll(c.columns());
        against.setValue(c.columns().isEmpty() ? null : c.base());
        updatingAgainst = false;
        against.setDisable(c.columns().size() < 2);
        copy.setDisable(c.columns().isEmpty());

        clearGrid();
        int n = c.columns().size();
        for (int i = 0; i < n; i++) {
            texts.add(new ArrayList<>());
            ComparisonColumn col = c.columns().get(i);
            ColumnAttribution who = ColumnAttribution.of(c.cluster(), col);
            Region head = ComparisonHead.of(col, who, c.speaker(),
                    who.reason(col, lookup().articles().get(col.articleId())), span -> onOpenSpan.accept(span),
                    col.quotes().stream().anyMatch(q -> corrections.isCorrected(q.id())));
            columns.addColumn(head);
        }
        if (aligned.get()) {
            int row = 1;
            for (ComparisonRow r : c.rows()) {
                for (int i = 0; i < n; i++) {
                    columns.addCell(cell(r.cell(i), i, r.differs(), c.columns().get(i).base()), i, row);
                }
                row++;
            }
        } else {
            for (int i = 0; i < n; i++) {
                ComparisonColumn col = c.columns().get(i);
                columns.addCell(cell(new ComparisonCell(col.runs(), col.span()), i, false, col.base()), i, 1);
            }
        }
        columns.laidOut();
    }

    static Label badge(Verdict v) {
        return ComparisonHead.badge(v);
    }

    private Region cell(ComparisonCell cell, int column, boolean differs, boolean base) {
        StackPane box = new StackPane();
        box.getStyleClass().add(CompareStyles.CELL);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(Double.MAX_VALUE);
        box.pseudoClassStateChanged(CompareStyles.DIFFERS, differs);
        box.pseudoClassStateChanged(CompareStyles.GAP, cell.isGap());
        box.pseudoClassStateChanged(CompareStyles.BASE, base);
        if (cell.isGap()) {
            Label none = new Label("\u2014"); // this version has nothing here: say so rather than look broken
            none.getStyleClass().add(CompareStyles.GAP_MARK);
            none.setAccessibleText("not in this version");
            box.getChildren().add(none);
        } else {
            DiffText text = new DiffText(cell.runs());
            text.setMaxWidth(Double.MAX_VALUE);
            texts.get(column).add(text);
            box.getChildren().add(text);
            Span span = cell.span();
            box.setUserData(span); // which version a right-click on this cell corrects
            box.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    columns.head(column).requestFocus();
                    onOpenSpan.accept(span != null ? span : comparison.columns().get(column).span());
                }
            });
        }
        return box;
    }

    private void openColumn(int column) {
        if (comparison != null && column >= 0 && column < comparison.columns().size()) {
            onOpenSpan.accept(comparison.columns().get(column).span());
        }
    }
}

package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.Cells;
import org.parallax.ui.common.ComboLabels;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;

/**
 * The figures of one event (or of every event) across outlets: quantity, value, qualifier, unit, outlet, date and the
 * words as stated, one row per outlet's figure, a group's rows together; a group whose values are incompatible is
 * flagged (the reason in the tooltip). Double-click or Enter on a row calls {@link #setOnOpenSpan} with its source.
 */
public final class FigureTable {

    public static final String STYLESHEET = Theme.stylesheet(FigureTable.class, "figure-table.css");

    /** What the empty table says while the figures are compared. */
    static final String COMPARING = "Comparing the figures\u2026";
    private static final double EVENT_MIN_WIDTH = 160;
    private static final double EVENT_MAX_WIDTH = 520;
    /** A column head's padding either side of its name, and a little to spare. */
    private static final double HEADER_PADDING = 24;

    private final BorderPane root = new BorderPane();
    private final ComboBox<Event> event = new ComboBox<>();
    private final Label summary = new Label();
    private final TableView<FigureRow> table = new TableView<>();
    /** The corpus's figures compared across outlets, made once per corpus; an event's rows are read from them. */
    private FigureRows figures = FigureRows.NONE;
    /** The corpus whose figures are being compared, null once they are shown. */
    private Corpus awaited;
    private Consumer<Span> onOpenSpan = s -> { };

    public FigureTable() {
        root.getStyleClass().add(CompareStyles.FIGURE_TABLE);
        root.getStylesheets().add(STYLESHEET);
        Label title = new Label("Figures");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        event.setAccessibleText("Event");
        event.setPromptText("All events");
        ComboLabels.use(event, e -> TimelineData.shortDateText(e.date()) + " \u2014 " + ArticleLabels.elide(e.label(), 70),
                "All events");
        event.valueProperty().addListener((obs, old, now) -> refresh());
        summary.getStyleClass().add(Styles.MUTED);
        // at 1024 wide the words keep their room and the event choice gives way (an event's label may be long)
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        event.setMinWidth(EVENT_MIN_WIDTH);
        event.setMaxWidth(EVENT_MAX_WIDTH);
        HBox bar = new HBox(8, title, event, summary);
        HBox.setHgrow(event, Priority.SOMETIMES);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.PANEL_HEADER);
        root.setTop(bar);

        table.getColumns().add(flagColumn());
        table.getColumns().add(column("Quantity", FigureRow::quantity, 190));
        table.getColumns().add(column("Value", FigureRow::valueText, 90));
        table.getColumns().add(column("Qualifier", FigureRow::qualifierText, 90));
        table.getColumns().add(column("Unit", r -> r.claim().unit(), 90));
        table.getColumns().add(column("Outlet", FigureRow::source, 170));
        table.getColumns().add(column("Date", r -> ArticleLabels.shortDate(r.published()), 100));
        table.getColumns().add(column("As stated", r -> r.claim().text(), 150));
        table.getColumns().add(column("Sentence", FigureRow::sentence, 360)); // the words behind a disagreement
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<FigureRow> row = new TableRow<>() {
                @Override
                protected void updateItem(FigureRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(CompareStyles.DISAGREES, !empty && item != null && item.disagreement());
                    setTooltip(empty || item == null || item.why().isEmpty() ? null : new Tooltip(item.why()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    onOpenSpan.accept(row.getItem().span());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            FigureRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                onOpenSpan.accept(r.span());
                e.consume();
            }
        });
        table.setAccessibleText("Figures across outlets");
        root.setCenter(table);
        setCorpus(Corpus.EMPTY);
    }

    public Node node() {
        return root;
    }

    /** Shows the figures of {@code corpus}, compared here (a host without a worker). */
    public void setCorpus(Corpus corpus) {
        setCorpus(corpus, FigureRows.of(corpus));
    }

    /**
     * Shows the figures of {@code corpus} as compared off the FX thread: an event's rows are read from them. The event
     * chosen while they were compared ({@link #awaitCorpus} of the same corpus) stays chosen.
     */
    void setCorpus(Corpus corpus, FigureRows compared) {
        Event chosen = awaited == corpus ? event.getValue() : null;
        awaited = null;
        this.figures = compared;
        offerEvents(corpus);
        event.setValue(chosen);
        refresh();
    }

    /**
     * While {@code corpus}'s figures are compared off the FX thread: its events are offered and the table is empty,
     * saying so, rather than show the corpus before's rows under this corpus's events.
     */
    void awaitCorpus(Corpus corpus) {
        awaited = corpus;
        this.figures = FigureRows.NONE;
        offerEvents(corpus);
        event.setValue(null);
        refresh();
    }

    private void offerEvents(Corpus corpus) {
        List<Event> events = new ArrayList<>();
        events.add(null);
        corpus.events().stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::label))
                .forEach(events::add);
        event.getItems().setAll(events);
    }

    /** Shows the figures of {@code e} ({@code null}: of every event). */
    public void showEvent(Event e) {
        event.setValue(e);
        refresh();
    }

    /** The rows on show, for tests. */
    List<FigureRow> shownRows() {
        return List.copyOf(table.getItems());
    }

    /** The summary above the table, for tests. */
    String summaryText() {
        return summary.getText();
    }

    public void setOnOpenSpan(Consumer<Span> action) {
        onOpenSpan = action == null ? s -> { } : action;
    }

    private void refresh() {
        Event e = event.getValue();
        List<FigureRow> rows = figures.rows(e);
        table.getItems().setAll(rows);
        long groups = rows.stream().filter(r -> !r.single()).mapToInt(FigureRow::group).distinct().count();
        long disagreeing = rows.stream().filter(FigureRow::disagreement).mapToInt(FigureRow::group).distinct().count();
        long singles = rows.stream().filter(FigureRow::single).count();
        summary.setText(awaited != null ? COMPARING : (groups == 0 ? "No quantity is given by several outlets"
                : ArticleLabels.count(groups, "quantity", "quantities") + " given by several outlets"
                + (disagreeing > 0 ? ", " + disagreeing + " disagreeing" : ""))
                + " \u00b7 " + ArticleLabels.count(singles, "figure", "figures") + " given by one outlet only");
        Label placeholder = new Label(awaited != null ? COMPARING
                : e == null ? "No figures in these articles." : "No figures in this event's sentences.");
        placeholder.getStyleClass().add(Styles.MUTED);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
    }

    private static TableColumn<FigureRow, String> column(String name, java.util.function.Function<FigureRow, String> f,
                                                         double width) {
        TableColumn<FigureRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(headerWidth(name)); // squeezed at 1024 wide, a column still reads its name ("Qualif…" did not)
        return c;
    }

    /** The width a column head needs for its name in the bold header font, with the head's padding. */
    private static double headerWidth(String name) {
        Text t = new Text(name);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(t.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    private static TableColumn<FigureRow, FigureRow> flagColumn() {
        TableColumn<FigureRow, FigureRow> c = new TableColumn<>("");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setPrefWidth(96);
        c.setMinWidth(96); // "one outlet" whole
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(FigureRow item, boolean empty) {
                super.updateItem(item, empty);
                if (Cells.clearedIfEmpty(this, item, empty)) {
                    return;
                }
                Label flag = new Label(item.disagreement() ? "disagree" : item.single() ? "one outlet" : "agree");
                flag.getStyleClass().add(CompareStyles.FIGURE_FLAG);
                flag.pseudoClassStateChanged(CompareStyles.DISAGREES, item.disagreement());
                flag.pseudoClassStateChanged(Styles.MUTED_STATE, item.single());
                flag.setAccessibleText(item.disagreement() ? "the outlets disagree: " + item.why() : flag.getText());
                setGraphic(flag);
                setText(null);
            }
        });
        return c;
    }
}

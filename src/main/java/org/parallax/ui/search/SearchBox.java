package org.parallax.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.parallax.model.Corpus;
import org.parallax.ui.common.CorpusEventQuotes;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The search field above the timeline (Ctrl+F): as the user types, {@link CorpusSearch} runs through the task runner
 * and its hits drop down in a list under the field (kind, text, where from). Down and Up move through the hits,
 * Enter opens the highlighted one and moves to the next (so pressing Enter again walks the hits), a click opens
 * one, Escape closes the list (a second Escape clears the field).
 */
public final class SearchBox {

    public static final String STYLESHEET = Theme.stylesheet(SearchBox.class, "search.css");
    static final String INDEX_KEY = "search-index";
    static final String FIND_KEY = "search";
    /** Hits shown per kind. */
    static final int PER_KIND = 50;

    private final TextField field = new TextField();
    private final ObservableList<CorpusSearch.Hit> hits = FXCollections.observableArrayList();
    private final ListView<CorpusSearch.Hit> list = new ListView<>(hits);
    private final Popup popup = new Popup();
    private final TaskRunner runner;
    private final Consumer<CorpusSearch.Hit> open;
    private CorpusSearch search = CorpusSearch.EMPTY;

    public SearchBox(TaskRunner runner, Consumer<CorpusSearch.Hit> open) {
        this.runner = runner;
        this.open = open;
        String shortcut = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
        field.setPromptText("Search (" + shortcut + ")");
        field.setTooltip(new javafx.scene.control.Tooltip("Search events, quotes and articles (" + shortcut + ")"));
        // a narrow field keeps a whole word rather than a cut shortcut
        field.widthProperty().addListener((o, old, w) -> field.setPromptText(w.doubleValue() < 130 ? "Search"
                : "Search (" + shortcut + ")"));
        field.getStyleClass().add(Styles.SEARCH_FIELD);
        field.getStylesheets().add(STYLESHEET);
        field.setAccessibleText("Search events, quotes and articles");
        field.setPrefColumnCount(16);
        field.setMinWidth(70); // gives way before the filter buttons lose their words
        HBox.setHgrow(field, Priority.SOMETIMES);

        // the popup is a scene of its own: give it the window's stylesheets (tokens, dark), the tokens' root and ours
        list.getStyleClass().addAll("root", Styles.SEARCH_RESULTS);
        list.getStylesheets().add(STYLESHEET);
        list.setCellFactory(v -> new HitCell());
        list.setPrefWidth(480);
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            CorpusSearch.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                open.accept(hit);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        field.textProperty().addListener((o, old, now) -> find(now));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !list.isHover()) {
                popup.hide();
            }
        });
    }

    /**
     * Indexes {@code corpus} off the FX thread, reading the events' quotes the window shares; searches wait for nothing
     * (the old index answers until then).
     */
    public void setCorpus(Corpus corpus, CorpusEventQuotes eventQuotes) {
        runner.submit(INDEX_KEY, "Indexing for search…", progress -> CorpusSearch.of(corpus, eventQuotes), index -> {
            search = index;
            find(field.getText());
        }, error -> System.getLogger(SearchBox.class.getName())
                .log(System.Logger.Level.WARNING, "could not index the corpus for search", error));
    }

    private void find(String query) {
        if (query == null || query.isBlank()) {
            hits.clear();
            popup.hide();
            return;
        }
        CorpusSearch index = search;
        runner.submit(FIND_KEY, null, progress -> index.find(query, PER_KIND), this::show,
                error -> System.getLogger(SearchBox.class.getName())
                        .log(System.Logger.Level.WARNING, "search failed", error));
    }

    private void show(List<CorpusSearch.Hit> found) {
        hits.setAll(found);
        if (found.isEmpty()) {
            hits.clear();
        }
        list.setPlaceholder(new Label("Nothing found"));
        list.setFixedCellSize(44);
        list.setPrefHeight(Math.min(10, Math.max(1, found.size())) * 44 + 2);
        if (!found.isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
        showPopup();
    }

    private void showPopup() {
        if (field.getScene() == null || field.getScene().getWindow() == null || !field.isFocused() && !popup.isShowing()) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        popup.getScene().getStylesheets().setAll(field.getScene().getStylesheets());
        list.pseudoClassStateChanged(Styles.DARK, field.getScene().getRoot().getPseudoClassStates().contains(Styles.DARK));
        if (!popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        } else {
            popup.setX(b.getMinX());
            popup.setY(b.getMaxY() + 2);
        }
    }

    private void keyPressed(KeyEvent e) {
        int i = list.getSelectionModel().getSelectedIndex();
        switch (e.getCode()) {
            case DOWN -> {
                if (!hits.isEmpty()) {
                    select(Math.min(hits.size() - 1, i + 1));
                    showPopup();
                }
                e.consume();
            }
            case UP -> {
                if (!hits.isEmpty()) {
                    select(Math.max(0, i - 1));
                }
                e.consume();
            }
            case ENTER -> {
                if (!hits.isEmpty()) {
                    int at = Math.max(0, i);
                    open.accept(hits.get(at));
                    select((at + 1) % hits.size());
                }
                e.consume();
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                } else {
                    field.clear();
                }
                e.consume();
            }
            default -> {
            }
        }
    }

    private void select(int i) {
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 3));
    }

    /** Puts the caret in the field and selects what is there, as Ctrl+F does. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        if (!hits.isEmpty()) {
            showPopup();
        }
    }

    public Node node() {
        return field;
    }

    /** A hit: its kind, then its text over where it is from. */
    private static final class HitCell extends ListCell<CorpusSearch.Hit> {
        private final Label kind = new Label();
        private final Label text = new Label();
        private final Label context = new Label();
        private final HBox box = new HBox(8, kind, new VBox(1, text, context));

        HitCell() {
            kind.getStyleClass().add(Styles.SEARCH_HIT_KIND);
            text.getStyleClass().add(Styles.SEARCH_HIT_TEXT);
            context.getStyleClass().add(Styles.SEARCH_HIT_SOURCE);
            kind.setMinWidth(54);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CorpusSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            kind.setText(hit.kind().label());
            text.setText(hit.text());
            context.setText(hit.context());
            setGraphic(box);
            setAccessibleText(hit.kind().label() + ": " + hit.text() + ", " + hit.context());
        }
    }
}

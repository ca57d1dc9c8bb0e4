package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;

/**
 * The Problems panel: one row per {@link LoadWarning} with its file, line:column (blank when unknown)
 * and message. Double-click or Enter on a row asks the shell to open that row's article.
 */
public final class ProblemsPanel {

    public static final String STYLESHEET = Theme.stylesheet(ProblemsPanel.class, "problems.css");

    private final TableView<LoadWarning> table;
    private final VBox root;

    public ProblemsPanel(ObservableList<LoadWarning> warnings, Runnable hide, Consumer<LoadWarning> open) {
        table = new TableView<>(warnings);
        TableColumn<LoadWarning, String> file = new TableColumn<>("File");
        file.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().file()));
        file.setPrefWidth(220);
        file.setCellFactory(c -> styledCell(Styles.PROBLEM_FILE_CELL));
        TableColumn<LoadWarning, String> position = new TableColumn<>("Line");
        position.setCellValueFactory(f -> new ReadOnlyStringWrapper(position(f.getValue())));
        position.setPrefWidth(72);
        position.setCellFactory(c -> styledCell(Styles.PROBLEM_POSITION_CELL));
        TableColumn<LoadWarning, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().message()));
        message.setPrefWidth(600);
        table.getColumns().setAll(java.util.List.of(file, position, message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Styles.style(new Label("No problems found while loading."), Styles.MUTED));
        table.getStyleClass().add(Styles.PROBLEMS_TABLE);
        table.setAccessibleText("Problems");
        table.setRowFactory(t -> {
            TableRow<LoadWarning> row = new TableRow<>() {
                @Override
                protected void updateItem(LoadWarning w, boolean empty) {
                    super.updateItem(w, empty);
                    setTooltip(empty || w == null ? null : new Tooltip(w.toString()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            LoadWarning w = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && w != null) {
                open.accept(w);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide.run();
                e.consume();
            }
        });

        Label title = new Label("Problems");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label count = new Label();
        count.getStyleClass().add(Styles.PROBLEM_COUNT);
        count.textProperty().bind(Bindings.size(warnings).asString());
        count.textProperty().addListener((o, old, now) ->
                count.pseudoClassStateChanged(Styles.HAS_PROBLEMS, !warnings.isEmpty()));
        count.pseudoClassStateChanged(Styles.HAS_PROBLEMS, !warnings.isEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add(Styles.FLAT_BUTTON);
        close.setOnAction(e -> hide.run());
        close.setTooltip(new Tooltip("Hide the Problems panel"));
        close.setAccessibleText("Hide the Problems panel");
        close.setFocusTraversable(false);
        HBox header = new HBox(title, count, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.PANEL_HEADER);

        root = new VBox(header, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add(Styles.PROBLEMS_PANEL);
        root.getStylesheets().add(STYLESHEET);
        root.setMinHeight(64);
    }

    private static TableCell<LoadWarning, String> styledCell(String styleClass) {
        TableCell<LoadWarning, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    /** "12:5", "12", or "" when the position is unknown. */
    static String position(LoadWarning w) {
        if (w.line() <= 0) {
            return "";
        }
        return w.column() > 0 ? w.line() + ":" + w.column() : Integer.toString(w.line());
    }

    public Node node() {
        return root;
    }

    /** The first article of {@code corpus} read from the file {@code warning} names (its path, or its name alone). */
    static Optional<Article> articleOf(LoadWarning warning, Corpus corpus) {
        String file = warning.file();
        return corpus.articles().stream().filter(a -> a.file().equals(file)
                // a path that does not end with the name is not parsed: 100,000 articles on the FX thread
                || a.file().endsWith(file) && Path.of(a.file()).getFileName().toString().equals(file)).findFirst();
    }
}

package org.parallax.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard Shortcuts: the menus' accelerators, read from the menu bar itself so the list can never drift from
 * what the keys do, then the keys the timeline answers when it has the focus.
 */
final class KeyboardShortcuts {

    /** One line of the list: what it does, and its keys as the platform writes them (Ctrl+O, ⌘O). */
    record Row(String section, String action, String keys) {
    }

    /** The timeline's own keys ({@code TimelineChartBehaviour}), which no menu carries. */
    private static final List<Row> TIMELINE = List.of(
            new Row("Timeline", "Previous / next event", "← / →"),
            new Row("Timeline", "Lane above / below", "↑ / ↓"),
            new Row("Timeline", "Zoom in / out", "+ / − or Ctrl+wheel"),
            new Row("Timeline", "Show everything", "0 or Home"),
            new Row("Timeline", "Last event", "End"),
            new Row("Timeline", "Open the selected event", "Enter"),
            new Row("Timeline", "Clear the selection", "Esc"));

    private KeyboardShortcuts() {
    }

    static List<Row> rows(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(plain(menu.getText()), menu.getItems(), rows);
        }
        rows.addAll(TIMELINE);
        return rows;
    }

    private static void collect(String section, List<MenuItem> items, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(section, sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(section, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu label as prose: no mnemonic underscore, no trailing ellipsis. */
    private static String plain(String label) {
        return label.replaceAll("_(?!_)", "").replace("__", "_").replace("…", "").strip();
    }

    static void show(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int line = 0;
        String section = null;
        for (Row row : rows(bar)) {
            if (!row.section().equals(section)) {
                section = row.section();
                Label head = new Label(section);
                head.getStyleClass().add("shortcut-section");
                grid.add(head, 0, line++, 2, 1);
            }
            grid.add(new Label(row.action()), 0, line);
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.add(keys, 1, line++);
        }
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard Shortcuts");
        dialog.getDialogPane().setContent(grid);
        ShellDialogs.styleLike(owner, dialog);
        dialog.showAndWait();
    }
}

package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, View, Help, with mnemonics and the usual accelerators. */
final class ShellMenus {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PROBLEMS = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DARK = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** What the menus do; the shell implements it. */
    interface Actions {
        void openFolder();

        void openRecent(Path folder);

        void clearRecent();

        void filterArticles();

        void about();

        void quit();

        /** File → Export Chart… (Ctrl+E). */
        default void exportChart() {
        }
    }

    private final MenuBar bar;
    private final Menu openRecent = new Menu("Open _Recent");

    ShellMenus(Actions actions, ObservableValue<RecentFolders> recent, BooleanProperty problemsShown,
               BooleanProperty dark) {
        MenuItem open = item("_Open Folder…", OPEN, e -> actions.openFolder());
        MenuItem quit = item("_Quit", QUIT, e -> actions.quit());
        MenuItem export = item("_Export Chart…", EXPORT, e -> actions.exportChart());
        export.setId("export-chart");
        Menu file = new Menu("_File", null, open, openRecent, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
        file.setId("file-menu");
        open.setId("open-folder");
        openRecent.setId("open-recent");
        quit.setId("quit");
        recent.addListener((o, old, now) -> fillRecent(now, actions));
        fillRecent(recent.getValue(), actions);

        CheckMenuItem problems = new CheckMenuItem("_Problems");
        problems.setAccelerator(PROBLEMS);
        problems.selectedProperty().bindBidirectional(problemsShown);
        problems.setId("toggle-problems");
        CheckMenuItem darkMode = new CheckMenuItem("_Dark Mode");
        darkMode.setAccelerator(DARK);
        darkMode.selectedProperty().bindBidirectional(dark);
        darkMode.setId("toggle-dark");
        MenuItem filter = item("_Filter Articles", FILTER, e -> actions.filterArticles());
        Menu view = new Menu("_View", null, filter, new SeparatorMenuItem(), problems, darkMode);
        view.setId("view-menu");

        MenuItem about = item("_About Parallax", null, e -> actions.about());
        about.setId("about");
        Menu help = new Menu("_Help", null, about);
        help.setId("help-menu");

        bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
    }

    private void fillRecent(RecentFolders recent, Actions actions) {
        List<MenuItem> items = new ArrayList<>();
        int n = 0;
        for (Path folder : recent.folders()) {
            n++;
            String key = n < 10 ? "_" + n + "  " : (n == 10 ? "1_0  " : "");
            Path name = folder.getFileName();
            Path parent = folder.getParent();
            MenuItem item = new MenuItem(key + escape(name == null ? folder.toString() : name.toString())
                    + (parent == null ? "" : "   —   " + escape(parent.toString())));
            item.setOnAction(e -> actions.openRecent(folder));
            items.add(item);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem("_Clear Recent");
            clear.setId("clear-recent");
            clear.setOnAction(e -> actions.clearRecent());
            items.add(clear);
        }
        openRecent.getItems().setAll(items);
        openRecent.setDisable(items.isEmpty());
    }

    /** Underscores in a folder name are literal, not mnemonics. */
    private static String escape(String s) {
        return s.replace("_", "__");
    }

    private static MenuItem item(String text, KeyCombination accelerator,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(action);
        return item;
    }

    MenuBar bar() {
        return bar;
    }

    Menu openRecentMenu() {
        return openRecent;
    }
}

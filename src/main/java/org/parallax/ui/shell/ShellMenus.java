package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.export.CsvTable;
import org.parallax.ui.common.Shortcuts;

/** The menu bar: File, View, Help, with mnemonics and the usual accelerators. */
final class ShellMenus {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN_FILES = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PROBLEMS = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COLLAPSE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination FOCUS_TABS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination DARK = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** What the menus do; the shell implements it. */
    interface Actions {
        void openFolder();

        /** File → Open File…: article files, or a model JSON that {@code extract} wrote. */
        default void openFiles() {
        }

        void openRecent(Path folder);

        void clearRecent();

        void filterArticles();

        void search();

        void about();

        /** Help → Keyboard Shortcuts. */
        default void keyboardShortcuts() {
        }

        /** Help → Clear Extraction Cache…. */
        default void clearCache() {
        }

        void quit();

        /** File → Save (Ctrl+S): to the workspace file, asking for one the first time. */
        default void save() {
        }

        /** File → Save As… (Ctrl+Shift+S). */
        default void saveAs() {
        }

        /** Edit → Undo (Ctrl+Z): the last correction. */
        default void undo() {
        }

        /** Edit → Redo (Ctrl+Shift+Z). */
        default void redo() {
        }

        /** File → Export Chart… (Ctrl+E). */
        default void exportChart() {
        }

        /** File → Export for TimelineJS…: the timeline as TimelineJS JSON. */
        default void exportTimelineJs() {
        }

        /** File → Export Table ▸ one of the tables as CSV. */
        default void exportTable(CsvTable table) {
        }

        /** View → Compare Quote (Ctrl+D): the quote at the reader's selection, else the selected event's quotes. */
        default void compareQuote() {
        }

        /** View → Articles, Quotes, Figures, Coverage: brings that tab to the front. */
        default void show(ShellPane pane) {
        }
    }

    private final MenuBar bar;
    private final Menu openRecent = new Menu("Open _Recent");
    private final MenuItem undo = new MenuItem("_Undo Correction");
    private final MenuItem redo = new MenuItem("_Redo Correction");

    /** What the View menu toggles on the timeline. */
    record TimelineToggles(ObjectProperty<LaneMode> laneMode, BooleanProperty collapseEmptyTime) {
    }

    /** View → Focus on the Tabs: the comparison or figures take the whole window. */
    private final CheckMenuItem focusTabs = new CheckMenuItem("_Focus on the Tabs");

    ShellMenus(Actions actions, ObservableValue<RecentFolders> recent, BooleanProperty problemsShown,
               BooleanProperty dark, TimelineToggles timeline) {
        MenuItem open = item("_Open Folder…", OPEN, e -> actions.openFolder());
        MenuItem openFiles = item("Open _File…", OPEN_FILES, e -> actions.openFiles());
        openFiles.setId("open-files");
        MenuItem quit = item("_Quit", QUIT, e -> actions.quit());
        MenuItem save = item("_Save", SAVE, e -> actions.save());
        save.setId("save");
        MenuItem saveAs = item("Save _As…", SAVE_AS, e -> actions.saveAs());
        saveAs.setId("save-as");
        MenuItem export = item("_Export Chart…", EXPORT, e -> actions.exportChart());
        export.setId("export-chart");
        MenuItem timelineJs = new MenuItem("Export for _TimelineJS…");
        timelineJs.setOnAction(e -> actions.exportTimelineJs());
        timelineJs.setId("export-timelinejs");
        Menu tables = new Menu("Export _Table");
        tables.setId("export-table");
        for (CsvTable t : CsvTable.values()) {
            MenuItem item = new MenuItem(Character.toUpperCase(t.id().charAt(0)) + t.id().substring(1) + " (CSV)…");
            item.setId("export-table-" + t.id());
            item.setOnAction(e -> actions.exportTable(t));
            tables.getItems().add(item);
        }
        Menu file = new Menu("_File", null, open, openFiles, openRecent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, timelineJs, tables, new SeparatorMenuItem(), quit);
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
        MenuItem search = item("_Search…", SEARCH, e -> actions.search());
        search.setId("search");
        MenuItem filter = item("_Filter Articles", FILTER, e -> actions.filterArticles());
        filter.setId("filter-articles");

        ToggleGroup lanes = new ToggleGroup();
        RadioMenuItem byOutlet = new RadioMenuItem("Lanes by _Outlet");
        RadioMenuItem byStory = new RadioMenuItem("Lanes by S_tory");
        byOutlet.setId("lanes-by-outlet");
        byStory.setId("lanes-by-story");
        byOutlet.setToggleGroup(lanes);
        byStory.setToggleGroup(lanes);
        byOutlet.setOnAction(e -> timeline.laneMode().set(LaneMode.OUTLET));
        byStory.setOnAction(e -> timeline.laneMode().set(LaneMode.STORY));
        Runnable syncLanes = () -> lanes.selectToggle(timeline.laneMode().get() == LaneMode.STORY ? byStory : byOutlet);
        timeline.laneMode().addListener((o, old, now) -> syncLanes.run());
        syncLanes.run();
        CheckMenuItem collapse = new CheckMenuItem("_Collapse Empty Time");
        collapse.setId("toggle-collapse");
        collapse.setAccelerator(COLLAPSE);
        collapse.selectedProperty().bindBidirectional(timeline.collapseEmptyTime());

        List<MenuItem> panes = new ArrayList<>();
        for (ShellPane pane : ShellPane.values()) {
            MenuItem show = item(pane.menuLabel(), pane.accelerator(), e -> actions.show(pane));
            show.setId("show-" + pane.name().toLowerCase(java.util.Locale.ROOT));
            panes.add(show);
        }
        MenuItem compare = item("_Compare Quote", Shortcuts.COMPARE_QUOTE, e -> actions.compareQuote());
        compare.setId("compare-quote");

        Menu view = new Menu("_View", null, search, filter, new SeparatorMenuItem(), byOutlet, byStory, collapse,
                new SeparatorMenuItem());
        view.getItems().addAll(panes);
        focusTabs.setAccelerator(FOCUS_TABS);
        focusTabs.setId("focus-tabs");
        view.getItems().addAll(compare, focusTabs, new SeparatorMenuItem(), problems, darkMode);
        view.setId("view-menu");

        MenuItem about = item("_About Parallax", null, e -> actions.about());
        about.setId("about");
        MenuItem keys = item("_Keyboard Shortcuts", null, e -> actions.keyboardShortcuts());
        keys.setId("keyboard-shortcuts");
        MenuItem clearCache = item("Clear Extraction _Cache…", null, e -> actions.clearCache());
        clearCache.setId("clear-cache");
        Menu help = new Menu("_Help", null, keys, clearCache, new SeparatorMenuItem(), about);
        help.setId("help-menu");

        undo.setOnAction(e -> actions.undo());
        undo.setAccelerator(UNDO);
        undo.setId("undo");
        redo.setOnAction(e -> actions.redo());
        redo.setAccelerator(REDO);
        redo.setId("redo");
        Menu edit = new Menu("_Edit", null, undo, redo);
        edit.setId("edit-menu");

        bar = new MenuBar(file, edit, view, help);
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

    /** Whether the tabs below the timeline take the whole window (View → Focus on the Tabs). */
    BooleanProperty focusTabsProperty() {
        return focusTabs.selectedProperty();
    }

    /** Undo and Redo are enabled while there is something to undo or redo. */
    void bindEdits(ObservableValue<Boolean> canUndo, ObservableValue<Boolean> canRedo) {
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !canUndo.getValue(), canUndo));
        redo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !canRedo.getValue(), canRedo));
    }

    MenuBar bar() {
        return bar;
    }
}

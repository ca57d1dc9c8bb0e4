package org.parallax.ui.shell;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.FxThread;

/**
 * Where everything sits in the window: the menu bar on top; the timeline (its bar above it) beside the event detail;
 * below them the tabs (Articles: the list beside the reader, then the comparison tabs); the Problems panel under all
 * that when shown; the status bar at the bottom; and the overlay a drop lights up.
 */
final class ShellLayout {

    static final String STYLESHEET = Theme.stylesheet(ShellLayout.class, "shell.css");
    /** How much of the height the timeline takes at first. */
    private static final double TIMELINE_SHARE = 0.45;
    /** How much of the width the event detail takes at first. */
    private static final double DETAIL_SHARE = 0.28;
    /** The tabs below the timeline keep their header, a filter and a few rows when the Problems panel opens. */
    private static final double LOWER_TABS_MIN_HEIGHT = 180;

    /** The nodes the features give the window. */
    record Parts(Node menuBar, Node timeline, Node eventDetail, Node articleList, Node reader, List<Tab> compareTabs,
                 Node problems, Node statusBar) {
    }

    private final Parts parts;
    private final SplitPane contentSplit = new SplitPane();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane timelineSplit = new SplitPane();
    private final SplitPane timelineRow;
    private double[] dividersBeforeFocus = {TIMELINE_SHARE};
    private final TabPane lowerTabs = new TabPane();
    private final Tab articlesTab = new Tab("Articles");
    private final BorderPane root = new BorderPane();

    ShellLayout(Parts parts, double contentDivider) {
        this.parts = parts;
        contentSplit.getItems().setAll(parts.articleList(), parts.reader());
        contentSplit.getStyleClass().add(Styles.CONTENT_SPLIT);
        SplitPane.setResizableWithParent(parts.articleList(), false);
        contentSplit.setDividerPositions(contentDivider);

        SplitPane timelineRow = new SplitPane(parts.timeline(), parts.eventDetail());
        timelineRow.setDividerPositions(1 - DETAIL_SHARE);
        SplitPane.setResizableWithParent(parts.eventDetail(), false);
        articlesTab.setContent(contentSplit);
        lowerTabs.getTabs().add(articlesTab);
        lowerTabs.getTabs().addAll(parts.compareTabs());
        lowerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lowerTabs.getStyleClass().add(Styles.LOWER_TABS);
        lowerTabs.setMinHeight(LOWER_TABS_MIN_HEIGHT);

        this.timelineRow = timelineRow;
        timelineSplit.getItems().setAll(timelineRow, lowerTabs);
        timelineSplit.setOrientation(Orientation.VERTICAL);
        timelineSplit.setDividerPositions(TIMELINE_SHARE);
        mainSplit.setOrientation(Orientation.VERTICAL);
        mainSplit.getItems().setAll(timelineSplit);
        mainSplit.getStyleClass().add(Styles.MAIN_SPLIT);
        SplitPane.setResizableWithParent(parts.problems(), false);

        Label dropLabel = new Label("Drop a folder or article files to open them");
        dropLabel.getStyleClass().add(Styles.DROP_LABEL);
        StackPane dropOverlay = new StackPane(dropLabel);
        dropOverlay.getStyleClass().add(Styles.DROP_OVERLAY);
        dropOverlay.setMouseTransparent(true);

        root.setTop(parts.menuBar());
        root.setCenter(new StackPane(mainSplit, dropOverlay));
        root.setBottom(parts.statusBar());
        root.getStyleClass().addAll(Styles.APP_ROOT, Styles.SHELL);
        root.getStylesheets().add(STYLESHEET);
    }

    BorderPane root() {
        return root;
    }

    /**
     * Focus mode: the tabs below the timeline (a quote comparison, the figures) take the whole window, the timeline
     * steps aside; off, it comes back where it was.
     */
    void focusTabs(boolean on) {
        boolean focused = !timelineSplit.getItems().contains(timelineRow);
        if (on == focused) {
            return;
        }
        if (on) {
            dividersBeforeFocus = timelineSplit.getDividerPositions();
            timelineSplit.getItems().remove(timelineRow);
        } else {
            timelineSplit.getItems().add(0, timelineRow);
            timelineSplit.setDividerPositions(dividersBeforeFocus);
        }
    }

    /** Brings a tab below the timeline to the front. */
    void show(ShellPane pane) {
        lowerTabs.getSelectionModel().select(pane.ordinal());
    }

    ShellPane shownPane() {
        return ShellPane.values()[Math.max(0, lowerTabs.getSelectionModel().getSelectedIndex())];
    }

    boolean isShowing(ShellPane pane) {
        return lowerTabs.getSelectionModel().getSelectedIndex() == pane.ordinal();
    }

    boolean problemsShown() {
        return mainSplit.getItems().contains(parts.problems());
    }

    /** Shows the Problems panel where it was last time, or hides it and remembers where it was. */
    void showProblems(boolean show, ShellPreferences preferences) {
        if (show && !problemsShown()) {
            mainSplit.getItems().add(parts.problems());
            double divider = preferences.problemsDivider();
            mainSplit.setDividerPositions(divider);
            // The split pane's skin lays the new divider out on its next pulse; place it again after that.
            FxThread.later(() -> mainSplit.setDividerPositions(divider));
        } else if (!show && problemsShown()) {
            preferences.saveProblemsDivider(problemsDivider());
            mainSplit.getItems().remove(parts.problems());
        }
    }

    double problemsDivider() {
        return mainSplit.getDividerPositions()[0];
    }

    double contentDivider() {
        return contentSplit.getDividerPositions()[0];
    }

    /** Places the divider between the article list and the reader once the window is laid out. */
    void restoreContentDivider(double divider) {
        FxThread.later(() -> contentSplit.setDividerPositions(divider));
    }
}

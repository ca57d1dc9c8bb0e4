package org.parallax.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parallax.load.LoadWarning;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The status bar: "5 articles · 4 outlets" (tooltip: how many have no known outlet), a problems count
 * that opens the Problems panel, and while anything loads a message ("Opening · 40% · analysing file.txt")
 * and a progress bar, both following the {@link TaskRunner}; while articles open, a Cancel button that stops the
 * opening and keeps what is on show.
 */
public final class StatusBar {

    public static final String STYLESHEET = Theme.stylesheet(StatusBar.class, "status-bar.css");

    private final Label counts = new Label();
    private final Tooltip countsTooltip = new Tooltip();
    private final Button problems = new Button();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final HBox root;
    private boolean loading;
    private boolean noArticles = true;

    public StatusBar(TaskRunner runner, ObservableList<LoadWarning> warnings, Runnable showProblems,
                     Runnable cancelOpening) {
        counts.getStyleClass().add(Styles.STATUS_COUNTS);
        counts.setTooltip(countsTooltip);
        counts.setMinWidth(Region.USE_PREF_SIZE);

        problems.getStyleClass().addAll(Styles.STATUS_PROBLEMS, Styles.FLAT_BUTTON);
        problems.setOnAction(e -> showProblems.run());
        Region warningIcon = new Region();
        warningIcon.getStyleClass().addAll(Styles.ICON, Styles.ICON_WARNING);
        problems.setGraphic(warningIcon);
        problems.setFocusTraversable(false);
        problems.setMinWidth(Region.USE_PREF_SIZE);
        problems.setTooltip(new Tooltip("Show the Problems panel"));
        warnings.addListener((ListChangeListener<LoadWarning>) c -> updateProblems(warnings.size()));
        updateProblems(warnings.size());

        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(runner.messageProperty());
        message.visibleProperty().bind(runner.runningProperty());
        message.managedProperty().bind(message.visibleProperty());
        progress.getStyleClass().add(Styles.STATUS_PROGRESS);
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText("Loading progress");

        cancel.getStyleClass().addAll(Styles.STATUS_CANCEL, Styles.FLAT_BUTTON);
        cancel.setOnAction(e -> cancelOpening.run());
        cancel.setTooltip(new Tooltip("Stop opening; keep what is on show"));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setVisible(false);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(counts, problems, spacer, message, progress, cancel);
        root.getStyleClass().add(Styles.STATUS_BAR);
        root.getStylesheets().add(STYLESHEET);
        root.setAccessibleRole(AccessibleRole.TEXT);
        root.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
            String s = "Status: " + counts.getText();
            if (!warnings.isEmpty()) {
                s += ", " + problems.getText();
            }
            if (runner.runningProperty().get()) {
                s += ", " + runner.messageProperty().get();
            }
            return s;
        }, counts.textProperty(), problems.textProperty(), runner.runningProperty(), runner.messageProperty()));
        setCounts(StatusText.Counts.NONE);
    }

    /** Shows the counts of a corpus's articles, worded off the FX thread. */
    public void setCounts(StatusText.Counts words) {
        counts.setText(words.text());
        countsTooltip.setText(words.tooltip());
        noArticles = words.none();
        updateCountsShown();
    }

    /**
     * While articles open: the Cancel button shows, and while nothing is open yet the counts hide ("No articles"
     * would say the opposite of what is happening).
     */
    public void setLoading(boolean now) {
        loading = now;
        cancel.setVisible(now);
        updateCountsShown();
    }

    private void updateCountsShown() {
        counts.setVisible(!(loading && noArticles));
        counts.setManaged(counts.isVisible());
    }

    private void updateProblems(int n) {
        problems.setText(StatusText.problems(n));
        problems.setAccessibleText(StatusText.problems(n) + ", show the Problems panel");
        problems.setVisible(n > 0);
        problems.setManaged(n > 0);
        problems.pseudoClassStateChanged(Styles.HAS_PROBLEMS, n > 0);
    }

    public Node node() {
        return root;
    }
}

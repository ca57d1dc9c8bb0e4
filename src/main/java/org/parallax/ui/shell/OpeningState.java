package org.parallax.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.Styles;

/**
 * Where the timeline will be when there is nothing to draw: while the first articles of a folder open, a spinner and
 * what is being read; with no articles open, a line saying so. Never an empty axis around today's date, which would
 * look like a finding.
 */
final class OpeningState {

    private final Label title = new Label("Opening articles…");
    private final Label phase = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final VBox root;

    OpeningState() {
        spinner.setMaxSize(32, 32);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        phase.getStyleClass().add(Styles.MUTED);
        root = new VBox(8, spinner, title, phase);
        root.setAlignment(Pos.CENTER);
        root.setMouseTransparent(true);
        show(false, "");
    }

    void show(boolean opening, String what) {
        root.setVisible(opening);
        spinner.setVisible(true);
        title.setText("Opening articles…");
        phase.setText(what == null ? "" : what);
    }

    /** No articles are open: the timeline has nothing to place. */
    void showNoArticles() {
        root.setVisible(true);
        spinner.setVisible(false);
        title.setText("No articles open");
        phase.setText("Open a folder of articles to see what happened when.");
    }

    Node node() {
        return root;
    }
}

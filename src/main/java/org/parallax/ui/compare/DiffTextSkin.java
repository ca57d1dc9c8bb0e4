package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** One label per word in a flow pane, so marked words carry a background and still wrap like text. */
final class DiffTextSkin extends SkinBase<DiffText> {

    private final FlowPane flow = new FlowPane();
    private final ChangeListener<List<DiffRun>> onRuns = (obs, old, now) -> rebuild();

    DiffTextSkin(DiffText control) {
        super(control);
        consumeMouseEvents(false); // a click on the words is a click on whatever holds the text
        flow.getStyleClass().add("px-diff-flow");
        flow.setPrefWrapLength(360);
        getChildren().add(flow);
        control.runsProperty().addListener(onRuns);
        rebuild();
    }

    private void rebuild() {
        List<Node> words = new ArrayList<>();
        for (DiffRun run : getSkinnable().getRuns()) {
            Tooltip tip = run.mark() == Mark.SAME ? null : new Tooltip(run.describe());
            for (String w : run.text().strip().split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                Label word = new Label(w);
                word.getStyleClass().add(CompareStyles.DIFF_WORD);
                word.setMinWidth(Label.USE_PREF_SIZE);
                word.pseudoClassStateChanged(CompareStyles.mark(run.mark()), true);
                if (tip != null) {
                    word.setTooltip(tip);
                }
                words.add(word);
            }
        }
        flow.getChildren().setAll(words);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? -1 : width - left - right;
        return top + flow.prefHeight(w) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    public void dispose() {
        getSkinnable().runsProperty().removeListener(onRuns);
        getChildren().clear();
        super.dispose();
    }
}

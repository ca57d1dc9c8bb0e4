package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The runs as {@link Text} nodes in a {@link TextFlow} (one per run, so a long text stays a handful of nodes and wraps
 * like text), with a highlight path behind each marked run from {@link TextFlow#rangeShape}, so a marked phrase is
 * one band even across a line break.
 */
final class DiffTextSkin extends SkinBase<DiffText> {

    static final String MARK_BAND = "px-diff-band";

    private final TextFlow flow = new TextFlow();
    private final Group bands = new Group();
    private final List<Band> marked = new ArrayList<>();
    private final ChangeListener<List<DiffRun>> onRuns = (obs, old, now) -> rebuild();
    /** One tooltip for the whole text, made on the first hover over a marked run (a tooltip per run is costly). */
    private Tooltip tip;

    /** A marked run: its characters in the flow and the path behind it. */
    private record Band(int start, int end, Path path) {
    }

    DiffTextSkin(DiffText control) {
        super(control);
        consumeMouseEvents(false); // a click on the words is a click on whatever holds the text
        flow.getStyleClass().add("px-diff-flow");
        bands.setManaged(false);
        bands.setMouseTransparent(true);
        getChildren().addAll(bands, flow);
        control.runsProperty().addListener(onRuns);
        flow.setOnMouseMoved(e -> {
            if (e.getTarget() instanceof Text t && t.getUserData() instanceof DiffRun run) {
                if (tip == null) {
                    tip = new Tooltip();
                    Tooltip.install(flow, tip);
                }
                tip.setText(run.describe());
            } else if (tip != null) {
                Tooltip.uninstall(flow, tip);
                tip = null;
            }
        });
        rebuild();
    }

    private void rebuild() {
        List<Node> texts = new ArrayList<>();
        marked.clear();
        bands.getChildren().clear();
        int at = 0;
        for (DiffRun run : getSkinnable().getRuns()) {
            String words = run.text().strip();
            if (words.isEmpty()) {
                continue;
            }
            if (!texts.isEmpty()) {
                Text space = new Text(" ");
                space.getStyleClass().add(CompareStyles.DIFF_WORD);
                texts.add(space);
                at++;
            }
            Text text = new Text(words);
            text.getStyleClass().add(CompareStyles.DIFF_WORD);
            text.pseudoClassStateChanged(CompareStyles.mark(run.mark()), true);
            if (run.mark().differs()) {
                text.setUserData(run);
                Path band = new Path();
                band.getStyleClass().add(MARK_BAND);
                band.pseudoClassStateChanged(CompareStyles.mark(run.mark()), true);
                bands.getChildren().add(band);
                marked.add(new Band(at, at + words.length(), band));
            }
            texts.add(text);
            at += words.length();
        }
        flow.getChildren().setAll(texts);
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        flow.resizeRelocate(x, y, w, h);
        flow.layout();
        bands.setLayoutX(x);
        bands.setLayoutY(y);
        for (Band b : marked) {
            b.path().getElements().setAll(flow.rangeShape(b.start(), b.end()));
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + flow.prefWidth(height) + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? -1 : Math.max(0, width - left - right);
        return top + flow.prefHeight(w) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + 40 + right;
    }

    @Override
    public void dispose() {
        getSkinnable().runsProperty().removeListener(onRuns);
        getChildren().clear();
        super.dispose();
    }
}

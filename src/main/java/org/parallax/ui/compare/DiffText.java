package org.parallax.ui.compare;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.parallax.ui.common.Theme;

/**
 * A text with its words marked against another version: {@linkplain Mark#ADDED added}, {@linkplain Mark#MISSING
 * missing} (struck through), {@linkplain Mark#CHANGED changed} (the replaced words in the tooltip). Each run is a
 * {@code Text} with style class {@value CompareStyles#DIFF_WORD} and the mark's pseudo-class ({@code :added}) over a
 * highlight band, coloured from the {@code -px-diff-*} tokens in {@code diff-text.css}; the words wrap like text. Its accessible text names
 * the marks: "The river rose, changed: five (instead of: four), metres overnight".
 */
public final class DiffText extends Control {

    public static final String STYLESHEET = Theme.stylesheet(DiffText.class, "diff-text.css");

    private final ObjectProperty<List<DiffRun>> runs = new SimpleObjectProperty<>(this, "runs", List.of());

    public DiffText() {
        this(List.of());
    }

    public DiffText(List<DiffRun> runs) {
        getStyleClass().add(CompareStyles.DIFF_TEXT);
        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(this.runs.map(DiffText::describe));
        setRuns(runs);
    }

    /** What a screen reader says for {@code runs}. */
    public static String describe(List<DiffRun> runs) {
        return String.join(", ", runs.stream().map(DiffRun::describe).toList());
    }

    public ObjectProperty<List<DiffRun>> runsProperty() {
        return runs;
    }

    public List<DiffRun> getRuns() {
        return runs.get();
    }

    public void setRuns(List<DiffRun> value) {
        runs.set(value == null ? List.of() : List.copyOf(value));
    }

    /** The words as shown, marked words included. */
    public String getText() {
        return String.join(" ", getRuns().stream().map(DiffRun::text).toList());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DiffTextSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }
}

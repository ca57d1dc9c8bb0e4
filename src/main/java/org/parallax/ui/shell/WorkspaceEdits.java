package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.store.Overlay;
import org.parallax.store.Workspace;

/**
 * The work on show: the extracted corpus, the user's corrections on top with undo and redo, the workspace file it was
 * saved to, and whether there are changes since. The corrected picture ({@link #corrected()}) is what every view shows.
 * FX thread only.
 */
public final class WorkspaceEdits {

    private Path source;
    private Map<String, String> openedView = Map.of();
    private Corpus extracted = Corpus.EMPTY;
    private final List<Correction> corrections = new ArrayList<>();
    private final Deque<Correction> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Overlay.Result> corrected = new ReadOnlyObjectWrapper<>(this, "corrected",
            Overlay.apply(Corpus.EMPTY, List.of()));
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** A new extraction (or an opened model) with no corrections and no file. */
    void reset(Corpus extractedCorpus, Path sourceOfIt) {
        open(new Workspace(sourceOfIt, extractedCorpus, List.of(), Map.of()), null);
    }

    /** An opened workspace file, or a new extraction with {@code savedTo} null. */
    void open(Workspace w, Path savedTo) {
        source = w.source();
        openedView = w.view();
        extracted = w.extracted();
        corrections.clear();
        corrections.addAll(w.corrections());
        redo.clear();
        file.set(savedTo);
        dirty.set(false);
        update();
    }

    /** Adds a correction (the user's newest word wins); clears what could be redone. */
    public void correct(Correction c) {
        corrections.add(c);
        redo.clear();
        dirty.set(true);
        update();
    }

    public void undo() {
        if (!corrections.isEmpty()) {
            redo.push(corrections.remove(corrections.size() - 1));
            dirty.set(true);
            update();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            corrections.add(redo.pop());
            dirty.set(true);
            update();
        }
    }

    /** What to write: the extracted model, the corrections, the view. */
    Workspace snapshot(Map<String, String> view) {
        return new Workspace(source, extracted, corrections, view);
    }

    /** The file now holds what was on show when {@code saved} was taken. */
    void saved(Path to, Workspace saved) {
        file.set(to);
        dirty.set(!saved.corrections().equals(corrections));
    }

    private void update() {
        corrected.set(Overlay.apply(extracted, List.copyOf(corrections)));
        canUndo.set(!corrections.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** The view state the opened workspace was saved with (empty for a fresh extraction). */
    public Map<String, String> openedView() {
        return openedView;
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    public Corpus extracted() {
        return extracted;
    }

    /** The corrected picture, what was corrected, and the corrections whose target is gone. */
    public ReadOnlyObjectProperty<Overlay.Result> correctedProperty() {
        return corrected.getReadOnlyProperty();
    }

    public Overlay.Result corrected() {
        return corrected.get();
    }

    /** The workspace file the work was last saved to or opened from, null when never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether there are corrections the file does not have yet. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}

package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.store.Overlay;
import org.parallax.store.TwoStageOverlay;
import org.parallax.store.Workspace;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The work on show: the extracted corpus, the user's corrections on top with undo and redo, the workspace file it was
 * saved to, and whether there are changes since. The corrected picture ({@link #corrected()}) is what every view shows;
 * it is worked out off the FX thread through the {@link TaskRunner} (a re-dated article is extracted again and the
 * corpus compared anew: seconds on a large corpus), a newer change superseding an older one. FX thread only.
 */
public final class WorkspaceEdits {

    private static final System.Logger LOG = System.getLogger(WorkspaceEdits.class.getName());
    static final String APPLY_KEY = "corrections";

    private final TaskRunner runner;
    private final TwoStageOverlay overlay;
    /** Goes up with every change of the extracted corpus or the corrections: an answer for an older one is dropped. */
    private long revision;
    private Path source;
    private Map<String, String> openedView = Map.of();
    private Corpus extracted = Corpus.EMPTY;
    private final List<Correction> corrections = new ArrayList<>();
    private final Deque<Correction> redo = new ArrayDeque<>();
    /** Told by reference (its corpus's {@code equals} walks the whole corpus): see {@link IdentityProperty}. */
    private final IdentityProperty<Overlay.Result> corrected = new IdentityProperty<>(this, "corrected",
            uncorrected(Corpus.EMPTY));
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** @param overlay applies the corrections (both stages); called off the FX thread */
    /** Told when the corrected picture could not be worked out (the Problems panel, in the shell). */
    private java.util.function.Consumer<String> onFailure = message -> { };

    void setOnFailure(java.util.function.Consumer<String> tell) {
        onFailure = java.util.Objects.requireNonNull(tell);
    }

    WorkspaceEdits(TaskRunner runner, TwoStageOverlay overlay) {
        this.runner = runner;
        this.overlay = overlay;
    }

    /** A new extraction (or an opened model) with no corrections and no file. */
    void reset(Corpus extractedCorpus, Path sourceOfIt) {
        open(new Workspace(sourceOfIt, extractedCorpus, List.of(), Map.of()), null, uncorrected(extractedCorpus));
    }

    /**
     * An opened workspace file, or a new extraction with {@code savedTo} null; {@code applied} is its corrections
     * applied ({@link #apply}), worked out off the FX thread with the load.
     */
    void open(Workspace w, Path savedTo, Overlay.Result applied) {
        revision++;
        source = w.source();
        openedView = w.view();
        extracted = w.extracted();
        corrections.clear();
        corrections.addAll(w.corrections());
        redo.clear();
        file.set(savedTo);
        dirty.set(false);
        canUndo.set(!corrections.isEmpty());
        canRedo.set(false);
        corrected.set(applied);
    }

    /** The corrected picture of {@code w}; any thread, off the FX one (it may extract and compare). */
    Overlay.Result apply(Workspace w) {
        return overlay.apply(w.extracted(), w.corrections());
    }

    private static Overlay.Result uncorrected(Corpus c) {
        return new Overlay.Result(c, Set.of(), List.of());
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

    /** Works the corrected picture out again off the FX thread; it goes on show unless something newer came first. */
    private void update() {
        canUndo.set(!corrections.isEmpty());
        canRedo.set(!redo.isEmpty());
        long asked = ++revision;
        Corpus from = extracted;
        Corpus shown = corrected.get().corpus();
        List<Correction> list = List.copyOf(corrections);
        // a picture equal to the one on show (a correction that changes nothing) is that one: nothing is prepared again
        runner.submit(APPLY_KEY, "Applying your corrections…",
                progress -> SameCorpus.asShown(overlay.apply(from, list), shown), result -> {
            if (asked == revision) {
                corrected.set(result);
            }
        }, error -> {
            LOG.log(System.Logger.Level.WARNING, "applying the corrections failed", error);
            onFailure.accept("your corrections could not be applied (" + error + "); the picture shown is the one "
                    + "before the last change, and nothing is lost: undo, or save and reopen");
        });
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
        return corrected;
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

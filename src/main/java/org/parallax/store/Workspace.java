package org.parallax.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;

/**
 * What a {@code .parallax} file keeps: where the articles came from, the extracted model, the user's corrections (an
 * overlay: {@link Overlay}) and the view as it was left (tab, filters, zoom, selection: plain named values, which the
 * window reads as it knows them and ignores otherwise).
 *
 * @param source      the folder or files the model was extracted from, {@code null} when unknown (a model opened as
 *                    it was); lets a workspace whose model is lost re-extract
 * @param extracted   the model as extraction left it, corrections not applied
 * @param corrections the user's corrections, oldest first
 * @param view        the view state by name
 */
public record Workspace(Path source, Corpus extracted, List<Correction> corrections, Map<String, String> view) {

    public Workspace {
        Objects.requireNonNull(extracted, "extracted");
        corrections = List.copyOf(corrections);
        view = Map.copyOf(view);
    }

    /**
     * The corrected picture, stage two only ({@link Overlay#apply}): a re-dated article's relative dates stay as they
     * were resolved; {@link TwoStageOverlay} with the pipeline's re-extraction does both stages.
     */
    public Overlay.Result corrected() {
        return Overlay.apply(extracted, corrections);
    }

    public Workspace withCorrections(List<Correction> changed) {
        return new Workspace(source, extracted, changed, view);
    }

    public Workspace withView(Map<String, String> changed) {
        return new Workspace(source, extracted, corrections, changed);
    }
}

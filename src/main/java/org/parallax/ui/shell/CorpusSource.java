package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.store.ExtractionCache;
import org.parallax.store.TwoStageOverlay;

/** Where the shell gets corpora from: the app's pipeline in production, a fake in tests. Called off the FX thread. */
public interface CorpusSource {

    LoadResult loadFolder(Path folder, LoadProgress progress);

    LoadResult loadFiles(List<Path> files, LoadProgress progress);

    LoadResult loadBundled(LoadProgress progress);

    /**
     * Extracts re-dated articles again and compares the corpus anew: stage one of the corrections overlay
     * ({@link TwoStageOverlay}). By default nothing is extracted again (only the articles' dates change).
     */
    default TwoStageOverlay.Reextraction reextraction() {
        return TwoStageOverlay.Reextraction.NONE;
    }

    /** The cache of extraction results the source reads through, if it keeps one (Help → Clear Extraction Cache…). */
    default Optional<ExtractionCache> cache() {
        return Optional.empty();
    }
}

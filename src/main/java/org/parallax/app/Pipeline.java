package org.parallax.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;

/**
 * Files to corpus, the one way: load, infer what the manifest left out (outlet, publication date: relative dates
 * resolve against it), extract, and compare across outlets (events, stories, quote clusters). The command line and the
 * window both go through it, so they always agree. Thread-safe; it runs off the FX thread.
 */
final class Pipeline {

    private final CorpusLoader loader;
    private final SourceInference sources;
    private final Extraction extraction;
    private final Comparison comparison;

    Pipeline(CorpusLoader loader, SourceInference sources, Extraction extraction, Comparison comparison) {
        this.loader = loader;
        this.sources = sources;
        this.extraction = extraction;
        this.comparison = comparison;
    }

    static Pipeline standard() {
        return new Pipeline(new CorpusLoader(), new SourceInference(), Extraction.standard(), new Comparison());
    }

    LoadResult run(Path folderOrFile) {
        return run(folderOrFile, LoadProgress.NONE);
    }

    /** A folder, or a single article file. */
    LoadResult run(Path folderOrFile, LoadProgress progress) {
        return Files.isDirectory(folderOrFile)
                ? loadFolder(folderOrFile, progress)
                : loadFiles(List.of(folderOrFile), progress);
    }

    LoadResult loadFolder(Path folder, LoadProgress progress) {
        return extract(loader.loadFolder(folder, progress));
    }

    LoadResult loadFiles(List<Path> files, LoadProgress progress) {
        return extract(loader.loadFiles(files, progress));
    }

    LoadResult loadBundled(LoadProgress progress) {
        return extract(loader.loadBundled(progress));
    }

    private LoadResult extract(LoadResult loaded) {
        return new LoadResult(comparison.compare(extraction.extract(sources.infer(loaded.corpus()))), loaded.warnings());
    }
}

package org.parallax.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;

/**
 * Files to corpus, the one way: load, then (as those stages land) extract and compare. The command line and
 * the window both go through it, so they always agree.
 */
final class Pipeline {

    private final CorpusLoader loader;

    private Pipeline(CorpusLoader loader) {
        this.loader = loader;
    }

    static Pipeline standard() {
        return new Pipeline(new CorpusLoader());
    }

    LoadResult run(Path folderOrFile) {
        return run(folderOrFile, LoadProgress.NONE);
    }

    LoadResult run(Path folderOrFile, LoadProgress progress) {
        LoadResult loaded = Files.isDirectory(folderOrFile)
                ? loader.loadFolder(folderOrFile, progress)
                : loader.loadFiles(List.of(folderOrFile), progress);
        return loaded;
    }
}

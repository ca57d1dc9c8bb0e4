package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;

/** Where the shell gets corpora from: the {@link CorpusLoader} in production, a fake in tests. Called off the FX thread. */
public interface CorpusSource {

    LoadResult loadFolder(Path folder, LoadProgress progress);

    LoadResult loadFiles(List<Path> files, LoadProgress progress);

    LoadResult loadBundled(LoadProgress progress);

    /** The real loader. */
    static CorpusSource of(CorpusLoader loader) {
        return new CorpusSource() {
            @Override
            public LoadResult loadFolder(Path folder, LoadProgress progress) {
                return loader.loadFolder(folder, progress);
            }

            @Override
            public LoadResult loadFiles(List<Path> files, LoadProgress progress) {
                return loader.loadFiles(files, progress);
            }

            @Override
            public LoadResult loadBundled(LoadProgress progress) {
                return loader.loadBundled(progress);
            }
        };
    }
}

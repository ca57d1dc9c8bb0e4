package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;

/** Where the shell gets corpora from: the app's pipeline in production, a fake in tests. Called off the FX thread. */
public interface CorpusSource {

    LoadResult loadFolder(Path folder, LoadProgress progress);

    LoadResult loadFiles(List<Path> files, LoadProgress progress);

    LoadResult loadBundled(LoadProgress progress);
}

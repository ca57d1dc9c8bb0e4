package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;

/** A {@link CorpusSource} answering from prepared results; records what it was asked. */
class FakeCorpusSource implements CorpusSource {

    final List<String> calls = new ArrayList<>();
    final Map<Path, LoadResult> folders = new HashMap<>();
    LoadResult bundled = new LoadResult(Corpus.EMPTY, List.of());
    LoadResult files = new LoadResult(Corpus.EMPTY, List.of());

    @Override
    public LoadResult loadFolder(Path folder, LoadProgress progress) {
        calls.add("folder " + folder.getFileName());
        progress.fileDone(1, 1, "x.txt");
        return folders.getOrDefault(folder, new LoadResult(Corpus.EMPTY, List.of()));
    }

    @Override
    public LoadResult loadFiles(List<Path> paths, LoadProgress progress) {
        calls.add("files " + paths.size());
        return files;
    }

    @Override
    public LoadResult loadBundled(LoadProgress progress) {
        calls.add("bundled");
        progress.fileDone(1, 1, "000.txt");
        return bundled;
    }
}

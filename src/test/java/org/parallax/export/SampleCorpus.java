package org.parallax.export;

import java.nio.file.Path;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;

/** The bundled corpus through the pipeline, once per test run. */
final class SampleCorpus {

    private static Corpus corpus;

    private SampleCorpus() {
    }

    static synchronized Corpus get() {
        if (corpus == null) {
            Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
            corpus = new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
        }
        return corpus;
    }
}

package org.parallax.testing;

import java.nio.file.Path;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;

/** The bundled corpus through load, source inference, extraction and comparison, as the app builds it; once per run. */
public final class SampleCorpus {

    private static Corpus corpus;

    private SampleCorpus() {
    }

    public static synchronized Corpus get() {
        if (corpus == null) {
            Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
            corpus = new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
        }
        return corpus;
    }

    /** The cluster with a member that starts with {@code text}. */
    public static QuoteCluster clusterWith(String text) {
        Corpus c = get();
        return c.quoteClusters().stream().filter(cl -> cl.members().stream().anyMatch(v -> c.quotes().stream()
                .anyMatch(q -> q.id().equals(v.quoteId()) && q.text().startsWith(text))))
                .findFirst().orElseThrow(() -> new AssertionError("no cluster with " + text));
    }

    public static Quote quoteStarting(String text) {
        return get().quotes().stream().filter(q -> q.text().startsWith(text)).findFirst().orElseThrow();
    }
}

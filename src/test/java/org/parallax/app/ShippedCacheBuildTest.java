package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.store.ExtractionCache;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;

/** The bundled corpus's entry made at build time is what the pipeline makes, and an opening through it extracts nothing. */
class ShippedCacheBuildTest {

    @TempDir
    Path dir;

    @Test
    void theShippedEntryIsTheBundledCorpusAsAnalysedAndReplacesOlderOnes() throws IOException, ModelFormatException {
        Path folder = Files.createDirectories(dir.resolve("shipped"));
        Files.writeString(folder.resolve("0000.json.gz"), "an earlier build's entry");

        Path entry = ShippedCacheBuild.write(folder);

        ExtractionCache standard = new ExtractionCache(dir.resolve("any"), ExtractionCache.DEFAULT_MAX_BYTES, "standard");
        List<org.parallax.model.Article> articles = new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles();
        assertThat(entry.getFileName()).hasToString(standard.corpusKey(articles) + ".json.gz");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(entry);
        }
        Corpus shipped;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
            shipped = new ModelJson().read(in);
        }
        Corpus cold = Pipeline.uncached().loadBundled(LoadProgress.NONE).corpus();
        assertThat(shipped).isEqualTo(cold);

        Path userCache = Files.createDirectories(dir.resolve("user"));
        Files.copy(entry, userCache.resolve(entry.getFileName()));
        AtomicInteger made = new AtomicInteger();
        Pipeline pipeline = new Pipeline(new CorpusLoader(), new SourceInference(), () -> {
            made.incrementAndGet();
            return Extraction.standard();
        }, new Comparison(), Optional.of(new ExtractionCache(userCache, ExtractionCache.DEFAULT_MAX_BYTES, "standard")));
        assertThat(pipeline.loadBundled(LoadProgress.NONE).corpus()).isEqualTo(cold);
        assertThat(made).as("an opening read whole from the cache makes no extraction (its models take seconds)")
                .hasValue(0);
    }
}

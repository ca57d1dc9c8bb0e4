package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.figure.FigureExtractor;
import org.parallax.extract.quote.QuoteExtractor;
import org.parallax.extract.source.SourceInference;
import org.parallax.extract.time.TimexOptions;
import org.parallax.extract.time.TimexTagger;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.store.ExtractionCache;
import org.parallax.text.TextAnalyser;

/** Reopening from the extraction cache gives exactly what a cold run gives, and extracts only what changed. */
class CachedPipelineTest {

    private static Corpus cold;

    @TempDir
    Path dir;
    private Path folder;
    private Path cacheFolder;
    private final AtomicInteger extracted = new AtomicInteger();

    @BeforeAll
    static void extractWithoutCache() {
        cold = Pipeline.uncached().run(Path.of("resources/corpus")).corpus();
    }

    @BeforeEach
    void copyTheSample() throws IOException {
        folder = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("resources/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        cacheFolder = dir.resolve("cache");
    }

    /** The standard extraction, counting the articles that go through the article extractors. */
    private Pipeline counting() {
        TimexTagger tagger = new TimexTagger(TimexOptions.DEFAULT, TextAnalyser.shared());
        Extraction.ArticleExtractor timexes = Extraction.timexes(tagger);
        Extraction.ArticleExtractor count = (article, text, out) -> {
            extracted.incrementAndGet();
            timexes.extract(article, text, out);
        };
        Extraction extraction = new Extraction(TextAnalyser.shared(),
                List.of(count, Extraction.figures(new FigureExtractor())),
                List.of(Extraction.quotes(new QuoteExtractor())));
        return new Pipeline(new CorpusLoader(), new SourceInference(), extraction, new Comparison(),
                Optional.of(new ExtractionCache(cacheFolder, ExtractionCache.DEFAULT_MAX_BYTES, "counting")));
    }

    private Corpus open(Pipeline pipeline) {
        return pipeline.loadFolder(folder, LoadProgress.NONE).corpus();
    }

    @Test
    void aReopenGivesTheSameCorpusWithoutExtracting() {
        Pipeline cached = Pipeline.standard(Optional.of(
                new ExtractionCache(cacheFolder, ExtractionCache.DEFAULT_MAX_BYTES, "standard")));
        assertThat(open(cached)).isEqualTo(cold);
        assertThat(open(cached)).isEqualTo(cold);

        assertThat(open(counting())).isEqualTo(cold);
        int articles = cold.articles().size();
        assertThat(extracted).hasValue(articles);
        assertThat(open(counting())).isEqualTo(cold);
        assertThat(extracted).as("an exact reopen extracts nothing").hasValue(articles);
    }

    @Test
    void onlyAChangedFileIsExtractedAgainAndTheResultIsAColdRunsOfTheChangedFolder() throws IOException {
        open(counting());
        int articles = cold.articles().size();
        Path changed = folder.resolve("002_89fd0c75253ddc28.txt");
        Files.writeString(changed, Files.readString(changed).replace("Wednesday", "Thursday"));

        Corpus reopened = open(counting());
        assertThat(extracted).hasValue(articles + 1);
        assertThat(reopened).isEqualTo(Pipeline.uncached().loadFolder(folder, LoadProgress.NONE).corpus());
        assertThat(reopened).isNotEqualTo(cold);
    }

    @Test
    void deletingTheCacheLosesNothing() throws IOException {
        open(counting());
        deleteTree(cacheFolder);
        assertThat(open(counting())).isEqualTo(cold);
        assertThat(extracted).as("extracted again, all of it").hasValue(2 * cold.articles().size());
    }

    @Test
    void aCorruptEntryIsExtractedAgain() throws IOException {
        open(counting());
        try (Stream<Path> files = Files.list(cacheFolder)) {
            for (Path f : files.toList()) {
                Files.writeString(f, "not gzip");
            }
        }
        assertThat(open(counting())).isEqualTo(cold);
        assertThat(extracted).hasValue(2 * cold.articles().size());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

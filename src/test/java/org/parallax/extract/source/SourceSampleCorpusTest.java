package org.parallax.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/** The acceptance check on the bundled corpus: outlets from the text alone, and the manifest left as it is. */
class SourceSampleCorpusTest {

    private final SourceInference inference = new SourceInference();

    @Test
    void withoutTheManifestTheTextNamesThreeOutletsAndNoDate(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources/corpus"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Corpus loaded = new CorpusLoader().loadFolder(dir, LoadProgress.NONE).corpus();
        assertThat(loaded.articles()).hasSize(5).allSatisfy(a -> {
            assertThat(a.outlet()).isEqualTo(Outlet.UNKNOWN);
            assertThat(a.publishedFrom()).isEqualTo(DateSource.UNKNOWN);
        });

        Map<String, Article> byPrefix = byPrefix(inference.infer(loaded));

        assertThat(byPrefix.get("000").outlet().name()).isEqualTo("International Business Times Australia");
        assertThat(byPrefix.get("002").outlet().name()).isEqualTo("Sputnik");
        assertThat(byPrefix.get("004").outlet().name()).isEqualTo("Rise News");
        assertThat(byPrefix.get("001").outlet()).isEqualTo(Outlet.UNKNOWN);
        assertThat(byPrefix.get("003").outlet()).isEqualTo(Outlet.UNKNOWN);
        assertThat(byPrefix.values()).allSatisfy(a -> {
            assertThat(a.publishedFrom()).isEqualTo(DateSource.UNKNOWN);
            assertThat(a.published()).isNull();
        });
        assertThat(inference.read(byPrefix.get("000")).outlet().orElseThrow().evidence())
                .isEqualTo(Evidence.CONTACT_EMAIL);
        assertThat(inference.read(byPrefix.get("002")).outlet().orElseThrow().evidence()).isEqualTo(Evidence.SIGNATURE);
        assertThat(inference.read(byPrefix.get("004")).outlet().orElseThrow().evidence())
                .isEqualTo(Evidence.SELF_REFERENCE);
    }

    @Test
    void withTheManifestNothingItSaysChanges() {
        Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();

        Corpus inferred = inference.infer(loaded);

        assertThat(inferred.articles()).isEqualTo(loaded.articles());
    }

    private static Map<String, Article> byPrefix(Corpus corpus) {
        return corpus.articles().stream().collect(Collectors.toMap(a -> a.id().substring(0, 3), Function.identity()));
    }
}

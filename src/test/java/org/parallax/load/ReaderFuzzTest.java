package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testing.PlainWords;
import org.parallax.testing.SeededMutations;
import org.parallax.testing.QuietJazzer;

/**
 * Every reader on any bytes: it never throws, and each of its warnings names the file and says what is wrong in plain
 * words. The {@code @FuzzTest}s replay their inputs folder ({@code ReaderFuzzTestInputs/METHOD/}: seeds and every crash
 * found) in each build and fuzz under Jazzer when asked ({@code src/docs/fuzzing.md}); the {@code @Test}s run a fixed
 * set of mutants of the reader fixtures in each build.
 */
class ReaderFuzzTest {

    @BeforeAll
    static void quietInstrumentation() {
        QuietJazzer.install();
    }

    private static final Path RESOURCES = Path.of("src/test/resources/org/parallax/load");
    private static final Path INPUTS = RESOURCES.resolve("ReaderFuzzTestInputs");
    private static final int MUTANTS = 300;

    @FuzzTest(maxDuration = "60s")
    void plainText(byte[] bytes) {
        readAndClean(ArticleFormat.TEXT, "fuzz.txt", bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] bytes) {
        readAndClean(ArticleFormat.HTML, "fuzz.html", bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void newsPleaseJson(byte[] bytes) {
        readAndClean(ArticleFormat.NEWS_PLEASE_JSON, "fuzz.json", bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void manifest(byte[] bytes) {
        Manifest manifest = new ManifestParser().parse(bytes, Manifest.FILE_NAME);
        plain(Manifest.FILE_NAME, manifest.warnings());
    }

    @FuzzTest(maxDuration = "60s")
    void storyList(byte[] bytes) {
        StoryList list = StoryList.parse(new String(bytes, StandardCharsets.UTF_8), "stories.csv");
        plain("stories.csv", list.warnings());
        assertThat(list.rows()).allSatisfy(r -> assertThat(r.line()).isPositive());
    }

    @Test
    void plainTextMutants() {
        SeededMutations.run(seeds("plainText", "readers", "malformed"), MUTANTS, this::plainText);
    }

    @Test
    void htmlMutants() {
        SeededMutations.run(seeds("html", "readers", "malformed"), MUTANTS, this::html);
    }

    @Test
    void newsPleaseJsonMutants() {
        SeededMutations.run(seeds("newsPleaseJson", "readers", "malformed"), MUTANTS, this::newsPleaseJson);
    }

    @Test
    void manifestMutants() {
        SeededMutations.run(seeds("manifest", "malformed/manifest-outside", "malformed/manifest-syntax"), MUTANTS,
                this::manifest);
    }

    @Test
    void storyListMutants() {
        SeededMutations.run(seeds("storyList"), MUTANTS, this::storyList);
    }

    /** The harness's own inputs (seeds and crashes) and the fixture folders named. */
    private static List<byte[]> seeds(String harness, String... fixtures) {
        Path[] folders = new Path[fixtures.length + 1];
        folders[0] = INPUTS.resolve(harness);
        for (int i = 0; i < fixtures.length; i++) {
            folders[i + 1] = RESOURCES.resolve(fixtures[i]);
        }
        return SeededMutations.seeds(folders);
    }

    /** Reading and cleaning as the loader does them, without the loader's safety net (it would hide a crash). */
    private static void readAndClean(ArticleFormat format, String name, byte[] bytes) {
        ReadOutcome read = format.newReader().read(bytes, name, "file:/fuzz/" + name);
        List<LoadWarning> warnings = read.article()
                .map(raw -> ArticleFileLoader.assemble(name, raw, Optional.empty(), read.warnings()).warnings())
                .orElse(read.warnings());
        plain(name, warnings);
    }

    private static void plain(String name, List<LoadWarning> warnings) {
        assertThat(warnings).allSatisfy(w -> {
            assertThat(w.file()).isEqualTo(name);
            PlainWords.check(w.message());
        });
    }
}

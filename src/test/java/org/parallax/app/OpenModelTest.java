package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Corpus;
import org.parallax.store.ModelJson;

/** A model JSON that {@code extract} wrote opens as it is — in the pipeline the window uses, and in {@code export}. */
class OpenModelTest {

    @TempDir
    static Path dir;
    private static Path model;
    private static Corpus extracted;

    @BeforeAll
    static void extractTheSample() throws Exception {
        extracted = Pipeline.standard().run(Path.of("resources/corpus")).corpus();
        model = dir.resolve("sample.json");
        Files.writeString(model, new ModelJson().toJson(extracted));
    }

    @Test
    void theModelOpensAsTheSameCorpusAsItsFolderWithoutTheOriginalFiles() throws Exception {
        Path moved = Files.copy(model, Files.createDirectories(dir.resolve("elsewhere")).resolve("copy.json"));
        LoadResult opened = Pipeline.standard().loadFiles(List.of(moved), LoadProgress.NONE);
        assertThat(opened.warnings()).isEmpty();
        Corpus c = opened.corpus();
        assertThat(c.articles()).isEqualTo(extracted.articles()); // with their texts
        assertThat(c.timexes()).isEqualTo(extracted.timexes());
        assertThat(c.quotes()).isEqualTo(extracted.quotes());
        assertThat(c.claims()).isEqualTo(extracted.claims());
        assertThat(c.events()).isEqualTo(extracted.events());
        assertThat(c.stories()).isEqualTo(extracted.stories());
        assertThat(c.quoteClusters()).isEqualTo(extracted.quoteClusters());
        assertThat(c).isEqualTo(extracted);
    }

    @Test
    void aTruncatedModelOpensNothingAndSaysWhereItBroke() throws Exception {
        String json = Files.readString(model);
        Path broken = Files.writeString(dir.resolve("broken.json"), json.substring(0, json.length() / 2));
        LoadResult opened = Pipeline.standard().loadFiles(List.of(broken), LoadProgress.NONE);
        assertThat(opened.corpus().articles()).isEmpty();
        assertThat(opened.warnings()).singleElement().satisfies((LoadWarning w) -> {
            assertThat(w.file()).isEqualTo("broken.json");
            assertThat(w.line()).isPositive();
            assertThat(w.column()).isPositive();
            assertThat(w.message()).startsWith("cannot open this model: not valid JSON");
        });
    }

    @Test
    void exportDrawsAModelAsItDrawsItsFolder() throws Exception {
        Path fromFolder = dir.resolve("folder.svg");
        Path fromModel = dir.resolve("model.svg");
        assertThat(export("resources/corpus", fromFolder)).isZero();
        assertThat(export(model.toString(), fromModel)).isZero();
        assertThat(Files.readString(fromModel)).isEqualTo(Files.readString(fromFolder));
    }

    private static int export(String input, Path out) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return new Cli(new PrintStream(sink, true, StandardCharsets.UTF_8), new PrintStream(sink, true, StandardCharsets.UTF_8))
                .run(new String[] {"export", input, "--chart", "timeline", "--format", "svg", "--out", out.toString()});
    }

    @Test
    void extractOfAWorkspaceWritesTheCorrectedModel() throws Exception {
        org.parallax.model.Event first = extracted.events().get(0);
        Path workspace = dir.resolve("work.parallax");
        new org.parallax.store.WorkspaceJson().write(new org.parallax.store.Workspace(Path.of("resources/corpus"),
                extracted, List.of(new org.parallax.model.Correction.EventLabel(
                        org.parallax.store.Overlay.keyOf(first, extracted), "Renamed by the user")), java.util.Map.of()),
                workspace);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8)).run(new String[] {"extract", workspace.toString()});
        assertThat(code).isZero();
        Corpus written = new ModelJson().fromJson(out.toString(StandardCharsets.UTF_8));
        assertThat(written.events()).filteredOn(e -> e.id().equals(first.id())).singleElement()
                .extracting(org.parallax.model.Event::label).isEqualTo("Renamed by the user");
    }

    @Test
    void theExportOfAWorkspaceShowsTheCorrectedDate() throws Exception {
        org.parallax.model.Event first = extracted.events().stream().filter(e -> !e.background()).findFirst()
                .orElseThrow();
        Path workspace = dir.resolve("redated.parallax");
        new org.parallax.store.WorkspaceJson().write(new org.parallax.store.Workspace(null, extracted,
                List.of(new org.parallax.model.Correction.EventDate(org.parallax.store.Overlay.keyOf(first, extracted),
                        "1999-01-02")), java.util.Map.of()), workspace);
        Path svg = dir.resolve("redated.svg");
        assertThat(export(workspace.toString(), svg)).isZero();
        assertThat(Files.readString(svg)).contains("1999");
        assertThat(Files.readString(exportFolder())).as("the folder itself has nothing in 1999").doesNotContain("1999");
    }

    private static Path exportFolder() {
        Path svg = dir.resolve("folder-only.svg");
        assertThat(export("resources/corpus", svg)).isZero();
        return svg;
    }
}

package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testing.PlainWords;
import org.parallax.testing.SeededMutations;
import org.parallax.testing.QuietJazzer;

/**
 * The model JSON and the workspace file on any bytes: each is read or refused with a {@link ModelFormatException}
 * that says in plain words what is wrong; nothing else escapes. Seeds and crashes in {@code ModelFuzzTestInputs/};
 * see {@code src/docs/fuzzing.md}.
 */
class ModelFuzzTest {

    @BeforeAll
    static void quietInstrumentation() {
        QuietJazzer.install();
    }

    private static final Path INPUTS = Path.of("src/test/resources/org/parallax/store/ModelFuzzTestInputs");
    private static Path scratch;

    @BeforeAll
    static void scratchFile() throws IOException {
        scratch = Files.createTempFile("fuzz", WorkspaceJson.EXTENSION);
    }

    @AfterAll
    static void removeScratchFile() throws IOException {
        Files.deleteIfExists(scratch);
    }

    @FuzzTest(maxDuration = "60s")
    void model(byte[] bytes) {
        try {
            assertThat(new ModelJson().read(new ByteArrayInputStream(bytes))).isNotNull();
        } catch (ModelFormatException e) {
            PlainWords.check(e.getMessage());
        } catch (IOException e) {
            // bytes no decoder can read: the caller says the file could not be read
        }
    }

    @FuzzTest(maxDuration = "60s")
    void workspace(byte[] bytes) {
        try {
            Files.write(scratch == null ? scratchFile("fuzz") : scratch, bytes);
            WorkspaceJson.Loaded loaded = new WorkspaceJson().read(scratch);
            loaded.problems().forEach(p -> PlainWords.check(p.message()));
        } catch (ModelFormatException e) {
            PlainWords.check(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void modelMutants() {
        SeededMutations.run(SeededMutations.seeds(INPUTS.resolve("model")), 300, this::model);
    }

    @Test
    void workspaceMutants() {
        SeededMutations.run(SeededMutations.seeds(INPUTS.resolve("workspace")), 300, this::workspace);
    }

    /** Jazzer's fuzzing mode makes the instance without {@link BeforeAll}. */
    private static Path scratchFile(String prefix) throws IOException {
        scratch = Files.createTempFile(prefix, WorkspaceJson.EXTENSION);
        scratch.toFile().deleteOnExit();
        return scratch;
    }
}

package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadResult;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.store.Overlay;
import org.parallax.store.WorkspaceJson;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.SameThreadTaskRunner;

/** Autosave: unsaved corrections reach the recovery file; nothing is written while there are none. */
class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void theRecoveryFileIsInThePlatformsCacheFolder() {
        System.clearProperty("parallax.recovery");
        try {
            assertThat(Recovery.defaultFile(Map.of(), "Linux", "/home/ann"))
                    .isEqualTo(Path.of("/home/ann/.cache/parallax/recovery.parallax"));
            assertThat(Recovery.defaultFile(Map.of("XDG_CACHE_HOME", "/tmp/c"), "Linux", "/home/ann"))
                    .isEqualTo(Path.of("/tmp/c/parallax/recovery.parallax"));
            assertThat(Recovery.defaultFile(Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), "Windows 11", "x")
                    .getFileName().toString()).isEqualTo("recovery.parallax");
            assertThat(Recovery.defaultFile(Map.of(), "Mac OS X", "/Users/ann"))
                    .isEqualTo(Path.of("/Users/ann/Library/Caches/Parallax/recovery.parallax"));
        } finally {
            System.setProperty("parallax.recovery", "target/test-recovery.parallax");
        }
    }

    @Test
    void unsavedCorrectionsAreWrittenToTheRecoveryFileAndOnlyThen() throws Exception {
        FakeCorpusSource source = new FakeCorpusSource();
        source.bundled = new LoadResult(FloodCorpus.CORPUS, List.of());
        ShellModel model = new ShellModel(new SameThreadTaskRunner(), source,
                new ShellPreferences(new InMemorySettings()));
        model.open(new LoadRequest.Bundled());
        Recovery recovery = new Recovery(dir.resolve("cache/recovery.parallax"));
        recovery.saveNow(model);
        assertThat(recovery.exists()).as("nothing unsaved, nothing written").isFalse();

        Corpus extracted = model.edits().extracted();
        model.edits().correct(new Correction.EventLabel(Overlay.keyOf(extracted.events().get(0), extracted), "Renamed"));
        recovery.saveNow(model);
        assertThat(recovery.exists()).isTrue();
        assertThat(new WorkspaceJson().read(recovery.file()).workspace().corrections()).hasSize(1);
        assertThat(model.edits().dirtyProperty().get()).as("autosave is not a save").isTrue();

        model.dropRecovery(recovery.file());
        assertThat(recovery.exists()).isFalse();
    }
}

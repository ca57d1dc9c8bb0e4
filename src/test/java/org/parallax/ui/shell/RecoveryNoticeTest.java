package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Work a crash left in the recovery file is pointed out at start, after the first load's own problems. */
@ExtendWith(ApplicationExtension.class)
class RecoveryNoticeTest {

    private final Path file = Recovery.defaultFile(System.getenv(), System.getProperty("os.name", ""),
            System.getProperty("user.home", "."));
    private ShellWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "{\"workspaceVersion\": 1}");
        FakeCorpusSource source = new FakeCorpusSource();
        source.bundled = new LoadResult(FloodCorpus.CORPUS, List.of());
        window = new ShellWindow(stage, new ShellServices(new SameThreadTaskRunner(), source, new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
    }

    @AfterEach
    void removeIt() throws IOException {
        Files.deleteIfExists(file);
    }

    @Test
    void theRecoveryFileIsListedInTheProblems(FxRobot robot) {
        assertThat(file.toString()).contains("test-recovery"); // never the user's own
        assertThat(window.model().warnings()).extracting(LoadWarning::message)
                .anyMatch(m -> m.startsWith("work from a session that ended without saving"));
    }
}

package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.common.Styles;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel while a large folder opens (on the production runner, a worker thread): the corpus on show stays, the work
 * stops at the next file it reports, and the window answers at once.
 */
@ExtendWith(ApplicationExtension.class)
class CancelOpeningTest {

    private static final int FILES = 100_000;

    @TempDir
    Path folder;

    private final FxTaskRunner runner = new FxTaskRunner();
    private final AtomicInteger read = new AtomicInteger();
    private ShellWindow window;

    /** A folder of {@link #FILES} files that each take a millisecond to read, reported one by one. */
    private final FakeCorpusSource source = new FakeCorpusSource() {
        @Override
        public LoadResult loadFolder(Path folder, LoadProgress progress) {
            for (int i = 1; i <= FILES; i++) {
                sleep(1);
                read.set(i);
                progress.fileDone(i, FILES, "article-" + i + ".txt");
            }
            return new LoadResult(Corpus.EMPTY, List.of());
        }
    };

    @Start
    void start(Stage stage) {
        source.bundled = new LoadResult(Corpus.of(List.of(ShellWindowTest.MOSCOW, ShellWindowTest.SOCHI)), List.of());
        window = new ShellWindow(stage, new ShellServices(runner, source, new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { }), false);
        window.show();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void cancelKeepsTheCorpusOnShowStopsTheWorkAndTheWindowAnswers(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(new LoadRequest.Bundled()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().corpus().articles().size() == 2);
        Button cancel = robot.lookup("." + Styles.STATUS_CANCEL).queryAs(Button.class);
        assertThat(cancel.isVisible()).as("no Cancel when nothing opens").isFalse();

        robot.interact(() -> window.open(new LoadRequest.Folder(folder)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read.get() > 50);
        assertThat(cancel.isVisible()).isTrue();
        robot.clickOn(cancel);

        // A blocked FX thread makes every answer slow; a busy machine may delay one: the quickest of five counts.
        assertThat(quickestAnswerMillis(5)).as("the window answers within 100 ms of Cancel").isLessThan(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().corpus().articles()).as("the corpus on show stays").hasSize(2);
        assertThat(window.model().loadingProperty().get()).isFalse();
        assertThat(cancel.isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        int stoppedAt = read.get();
        sleep(200);
        assertThat(read.get()).as("the work stopped at the next file it reported").isLessThanOrEqualTo(stoppedAt + 1)
                .isLessThan(FILES);
        assertThat(robot.lookup("." + Styles.STATUS_COUNTS).queryLabeled().getText()).startsWith("2 articles");
    }

    /** The quickest of {@code pings} round trips to the FX thread, 20 ms apart, in milliseconds. */
    private static long quickestAnswerMillis(int pings) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < pings; i++) {
            long asked = System.nanoTime();
            CompletableFuture<Long> answered = new CompletableFuture<>();
            Platform.runLater(() -> answered.complete(System.nanoTime()));
            best = Math.min(best, TimeUnit.NANOSECONDS.toMillis(answered.get(5, TimeUnit.SECONDS) - asked));
            sleep(20);
        }
        return best;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

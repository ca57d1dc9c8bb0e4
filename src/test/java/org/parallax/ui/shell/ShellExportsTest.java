package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.CsvTable;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.CorpusEventQuotes;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.parallax.ui.export.FileExport;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An export of what the timeline shows, with a speaker hidden, reads the events' quotes: on the runner's worker, never
 * on the FX thread, which neither makes them nor waits while the timeline's layout makes them (decision 0041).
 */
@ExtendWith(ApplicationExtension.class)
class ShellExportsTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final CorpusEventQuotes quotes = CorpusEventQuotes.of(FloodCorpus.CORPUS);
    private final List<String> written = new ArrayList<>();
    private final SimpleStringProperty sourceName = new SimpleStringProperty("floods");
    private final List<String> suggestedCharts = new ArrayList<>();
    private ShellExports exports;
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        TimelineFilter filter = new TimelineFilter();
        filter.setCorpus(FloodCorpus.CORPUS, TimelineFilter.Choices.of(FloodCorpus.CORPUS), quotes);
        filter.setSpeakerShown("Tom Hale", false); // the evacuation's one quote is his: it is hidden
        ShellServices services = new ShellServices(runner, new FakeCorpusSource(), new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { });
        FileExport.Chooser chooser = (owner, folder, suggested, kind) -> Optional.of(temp.resolve("events.csv"));
        exports = new ShellExports(stage, services, filter, new TimelineChart(), new CompareWorkspace(), sourceName,
                chooser, (owner, suggested, format) -> {
                    suggestedCharts.add(suggested);
                    return Optional.empty();
                }, new FileExport.Outcome() {
                    @Override
                    public void written(String message) {
                        written.add(message);
                    }

                    @Override
                    public void failed(String message) {
                        written.add("failed: " + message);
                    }
                });
    }

    /** Runs {@code onFx} on the FX thread while another thread holds the events' quotes, as a worker making them. */
    private void whileTheQuotesAreMade(Runnable onFx) throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread layout = new Thread(() -> {
            synchronized (quotes) {
                making.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "layout making the events' quotes");
        layout.start();
        making.await();
        try {
            WaitForAsyncUtils.asyncFx(onFx).get(5, TimeUnit.SECONDS); // times out if the FX thread waits for them
        } finally {
            done.countDown();
            layout.join();
        }
        assertThat(quotes.isMade()).as("nothing was read on the FX thread").isFalse();
    }

    @Test
    void aTableOfWhatIsShownIsMadeOnTheWorker(FxRobot robot) throws Exception {
        whileTheQuotesAreMade(() -> exports.table(CsvTable.EVENTS));
        robot.interact(runner::runAll);
        assertThat(written).singleElement().asString().startsWith("Wrote events.csv");
        String table = Files.readString(temp.resolve("events.csv"));
        assertThat(table).as("the events the filter shows").contains(FloodCorpus.FLOOD.id())
                .contains(FloodCorpus.INQUIRY.id()).doesNotContain(FloodCorpus.EVACUATION.id());
    }

    /**
     * While the worker makes what the filter shows (it may wait seconds for the events' quotes) the status bar says so,
     * not an empty message; asked twice meanwhile, the dialog opens once, when the worker answers.
     */
    @Test
    void exportChartSaysWhatItWaitsForAndOpensOneDialogHoweverOftenAsked(FxRobot robot) {
        robot.interact(() -> {
            exports.chart();
            exports.chart();
        });
        assertThat(runner.pending()).filteredOn(h -> ShellExports.CHART_KEY.equals(h.key())).singleElement()
                .extracting(h -> h.description()).asString().isNotBlank();
        assertThat(exportDialogs()).as("not before the worker answers").isEmpty();
        robot.interact(runner::runAll);
        List<Stage> dialogs = exportDialogs();
        try {
            assertThat(dialogs).hasSize(1);
        } finally {
            robot.interact(() -> dialogs.forEach(Stage::close));
        }
    }

    /**
     * The chart is exported as it was shown when asked: a folder that finishes opening while the worker makes the
     * corpus must not lend the dialog its name (nor the timeline's new axis).
     */
    @Test
    void exportChartNamesTheChartAsShownWhenAsked(FxRobot robot) {
        robot.interact(exports::chart);
        robot.interact(() -> sourceName.set("another folder"));
        robot.interact(runner::runAll);
        List<Stage> dialogs = exportDialogs();
        try {
            assertThat(dialogs).hasSize(1);
            robot.clickOn("#export-button");
            assertThat(suggestedCharts).containsExactly("timeline-floods.png");
        } finally {
            robot.interact(() -> exportDialogs().forEach(Stage::close));
        }
    }

    private static List<Stage> exportDialogs() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Export Chart".equals(s.getTitle()))
                .map(w -> (Stage) w).toList();
    }

    @Test
    void theChartAndTimelineJsExportsAskTheWorkerToo() throws Exception {
        whileTheQuotesAreMade(() -> {
            exports.chart();
            exports.timelineJs();
        });
        assertThat(runner.pending()).extracting(h -> h.key()).contains(ShellExports.CHART_KEY, "export-file");
    }
}

package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.PngRenderer;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.concurrent.FxThread;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog keeps the FX thread free: the chart is laid out by the runner (for the preview and the export),
 * typing a title waits for a pause, a PNG is drawn a tile per FX turn with the progress shown first, and the file is
 * written by the runner, not inline.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogThreadingTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private Path target;
    private ExportDialogViewModel model;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        model = new ExportDialogViewModel(ExportSource.of(SampleCorpus.get()), runner, null, new PngRenderer(256),
                FxThread::later);
        dialog = new ExportDialog(stage, model, (owner, suggested, format) -> Optional.ofNullable(target));
        dialog.show();
    }

    private <T> T fx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
    }

    /** What the window's status line says. */
    private String statusText() {
        return ((Label) dialog.stage().getScene().lookup("#export-status")).getText();
    }

    /** The window's progress bar when shown, else -2. */
    private double shownProgress() {
        ProgressBar bar = (ProgressBar) dialog.stage().getScene().lookup("#export-progress");
        return bar.isVisible() ? bar.getProgress() : -2;
    }

    @Test
    void thePreviewIsLaidOutByTheRunnerAndTypingATitleWaitsForAPause(FxRobot robot) throws Exception {
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        assertThat(runner.submittedKeys()).as("the first preview is laid out by the runner")
                .containsExactly(ExportDialogViewModel.PREVIEW_KEY);
        assertThat(preview.getImage()).as("nothing drawn inline").isNull();
        robot.interact(runner::runAll);
        assertThat(preview.getImage()).isNotNull();

        TextField title = robot.lookup("#export-title").queryAs(TextField.class);
        robot.interact(() -> {
            for (String t : new String[] {"M", "Mo", "Mos", "Mosc", "Moscow"}) {
                title.setText(t);
            }
        });
        assertThat(runner.pending()).as("no layout per keystroke").isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.pending().isEmpty());
        Thread.sleep((long) ExportDialog.TITLE_PAUSE.toMillis() * 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.pending()).as("one layout after the pause").hasSize(1);
        assertThat(runner.submittedKeys()).hasSize(2);
    }

    @Test
    void aPngShowsProgressDrawsTilesOnePerTurnAndIsWrittenByTheRunner(FxRobot robot, @TempDir Path dir)
            throws Exception {
        target = dir.resolve("chart.png");
        robot.interact(runner::runAll);
        robot.interact(() -> ((Button) dialog.stage().getScene().lookup("#export-button")).fire());
        assertThat(fx(this::shownProgress)).as("progress shows while the layout is pending")
                .isEqualTo(-1.0);
        assertThat(fx(this::statusText)).isEqualTo("Laying out the chart…");
        assertThat(runner.pending()).extracting(HeldTaskRunner.Held::key).containsExactly(ExportDialogViewModel.EXPORT_KEY);

        // the layout is done: the bar shows the tiles before the first is drawn
        String[] afterLayout = fx(() -> {
            runner.runNext();
            return new String[] {statusText(), Double.toString(shownProgress())};
        });
        assertThat(afterLayout[0]).matches("Drawing tile 1 of \\d+…");
        int tiles = Integer.parseInt(afterLayout[0].replaceAll("\\D+(\\d+)\\D+(\\d+)\\D*", "$2"));
        assertThat(tiles).as("small tiles in this test").isGreaterThan(4);
        assertThat(Double.parseDouble(afterLayout[1])).isZero();
        assertThat(runner.pending()).isEmpty();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !runner.pending().isEmpty());
        assertThat(runner.pending()).extracting(HeldTaskRunner.Held::key).containsExactly(ExportDialogViewModel.EXPORT_KEY);
        assertThat(target).as("not written inline").doesNotExist();
        assertThat(fx(this::shownProgress)).isEqualTo(tiles / (double) (tiles + 1));
        assertThat(fx(this::statusText)).isEqualTo("Writing chart.png…");

        robot.interact(runner::runAll);
        assertThat(target).exists();
        assertThat(ImageIO.read(target.toFile())).isNotNull();
        assertThat(model.writtenProperty().get()).isEqualTo(target);
        assertThat(dialog.stage().isShowing()).as("closes when written").isFalse();
        assertThat(fx(this::shownProgress)).as("the bar is gone").isEqualTo(-2.0);
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void anSvgIsLaidOutDrawnAndWrittenByTheRunner(FxRobot robot, @TempDir Path dir) throws Exception {
        target = dir.resolve("chart.svg");
        robot.interact(runner::runAll);
        robot.clickOn("#export-svg");
        robot.interact(runner::runAll);
        robot.interact(() -> ((Button) dialog.stage().getScene().lookup("#export-button")).fire());
        assertThat(fx(this::shownProgress)).isEqualTo(-1.0);
        assertThat(target).doesNotExist();
        robot.interact(runner::runAll);
        assertThat(Files.readString(target)).startsWith("<");
    }
}

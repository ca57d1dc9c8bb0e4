package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ChartKind;
import org.parallax.export.ImageFormat;
import org.parallax.export.PngRenderer;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxThread;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog suggests a file name from the chart and corpus, remembers the last folder, and refuses an empty corpus. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogNicetiesTest {

    private record Asked(Path folder, String name) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private final InMemorySettings settings = new InMemorySettings();
    private Path target;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private ExportDialog.FileChooserSeam chooser() {
        return new ExportDialog.FileChooserSeam() {
            @Override
            public Optional<Path> choose(Window w, String suggestedName, ImageFormat format) {
                throw new AssertionError("the dialog asks with the folder");
            }

            @Override
            public Optional<Path> choose(Window w, Path folder, String suggestedName, ImageFormat format) {
                asked.add(new Asked(folder, suggestedName));
                return Optional.ofNullable(target);
            }
        };
    }

    private ExportDialog dialog(Corpus corpus, String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ExportDialog d = new ExportDialog(owner, ExportSource.of(corpus).named(name), new SameThreadTaskRunner(),
                    chooser(), settings);
            d.show();
            return d;
        }).get(20, TimeUnit.SECONDS);
    }

    /** The window closes once the file is written (or stays, saying why not). */
    private static void awaitWritten(ExportDialog d, Path file) throws Exception {
        Label status = (Label) d.stage().getScene().lookup("#export-status");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Export")); // …ed, … failed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.stage().isShowing()).as("closed once written").isFalse();
        assertThat(file).exists();
    }

    @Test
    void suggestsChartCorpusAndExtensionAndRemembersTheFolder(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportDialog first = dialog(SampleCorpus.get(), "Moscow visit, 2015");
        target = dir.resolve("mine.svg");
        robot.interact(() -> {
            ((RadioButton) first.stage().getScene().lookup("#export-svg")).setSelected(true);
            ((Button) first.stage().getScene().lookup("#export-button")).fire();
        });
        awaitWritten(first, target);
        assertThat(asked).containsExactly(new Asked(null, "timeline-moscow-visit-2015.svg"));
        assertThat(settings.get(ExportDialogViewModel.FOLDER_KEY)).contains(dir.toString());

        ExportDialog second = dialog(SampleCorpus.get(), null);
        target = dir.resolve("coverage.png");
        robot.interact(() -> {
            ((ChoiceBox<ChartKind>) second.stage().getScene().lookup("#export-chart")).setValue(ChartKind.COVERAGE);
            ((RadioButton) second.stage().getScene().lookup("#export-png-1")).setSelected(true);
            ((Button) second.stage().getScene().lookup("#export-button")).fire();
        });
        awaitWritten(second, target);
        assertThat(asked.get(1)).as("opens where the last export went, the PNG named .png")
                .isEqualTo(new Asked(dir, "coverage.png"));
    }

    @Test
    void anEmptyCorpusDisablesExportAndSaysWhy(FxRobot robot) throws Exception {
        Corpus empty = Corpus.EMPTY;
        ExportDialog d = dialog(empty, "nothing");
        Button export = WaitForAsyncUtils.asyncFx(() -> (Button) d.stage().getScene().lookup("#export-button"))
                .get();
        Label message = WaitForAsyncUtils.asyncFx(() -> (Label) d.stage().getScene().lookup("#export-preview-message"))
                .get();
        assertThat(export.isDisabled()).isTrue();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo(ExportDialogViewModel.NO_ARTICLES);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((ImageView) d.stage().getScene().lookup("#export-preview"))
                .getImage()).get()).isNull();
        robot.interact(() -> {
            ((RadioButton) d.stage().getScene().lookup("#export-svg")).setSelected(true);
            export.fire();
        });
        assertThat(export.isDisabled()).as("still, after a change").isTrue();
        assertThat(asked).as("no file asked for").isEmpty();
    }

    @Test
    void aPngOverThePixelBudgetIsRefusedInThePreview(FxRobot robot) throws Exception {
        ExportDialog d = WaitForAsyncUtils.asyncFx(() -> {
            ExportDialog shown = new ExportDialog(owner, new ExportDialogViewModel(ExportSource.of(SampleCorpus.get()),
                    new SameThreadTaskRunner(), settings, new PngRenderer(1024, 2_000_000), FxThread::later), chooser());
            shown.show();
            return shown;
        }).get(20, TimeUnit.SECONDS);
        robot.interact(() -> ((RadioButton) d.stage().getScene().lookup("#export-png-4")).setSelected(true));
        Label size = WaitForAsyncUtils.asyncFx(() -> (Label) d.stage().getScene().lookup("#export-size")).get();
        Button export = WaitForAsyncUtils.asyncFx(() -> (Button) d.stage().getScene().lookup("#export-button")).get();
        assertThat(size.getText()).startsWith("The PNG would be ").contains("choose a lower scale or export SVG");
        assertThat(export.isDisabled()).isTrue();
        robot.interact(() -> ((RadioButton) d.stage().getScene().lookup("#export-svg")).setSelected(true));
        assertThat(size.getText()).startsWith("SVG");
        assertThat(export.isDisabled()).isFalse();
    }
}

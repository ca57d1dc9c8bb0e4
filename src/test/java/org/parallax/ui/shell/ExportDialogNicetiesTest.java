package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.common.InMemorySettings;
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
            ExportDialog d = new ExportDialog(owner, new ExportDialog.Source(corpus, null, 0, 0, null).named(name),
                    new SameThreadTaskRunner(), chooser(), settings);
            d.setShowErrors(false);
            d.show();
            return d;
        }).get(20, TimeUnit.SECONDS);
    }

    private static void awaitWritten(ExportDialog d) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !d.writtenProperty().get().isEmpty()
                || !d.lastErrorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void suggestsChartCorpusAndExtensionAndRemembersTheFolder(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportDialog first = dialog(SampleCorpus.get(), "Moscow visit, 2015");
        target = dir.resolve("mine.svg");
        robot.interact(() -> {
            ((RadioButton) first.stage().getScene().lookup("#export-svg")).setSelected(true);
            ((Button) first.stage().getScene().lookup("#export-button")).fire();
        });
        awaitWritten(first);
        assertThat(asked).containsExactly(new Asked(null, "timeline-moscow-visit-2015.svg"));
        assertThat(target).exists();
        assertThat(settings.get(ExportDialog.FOLDER_KEY)).contains(dir.toString());

        ExportDialog second = dialog(SampleCorpus.get(), null);
        target = dir.resolve("coverage.png");
        robot.interact(() -> {
            ((ChoiceBox<ChartKind>) second.stage().getScene().lookup("#export-chart")).setValue(ChartKind.COVERAGE);
            ((RadioButton) second.stage().getScene().lookup("#export-png-1")).setSelected(true);
            ((Button) second.stage().getScene().lookup("#export-button")).fire();
        });
        awaitWritten(second);
        assertThat(asked.get(1)).as("opens where the last export went, the PNG named .png")
                .isEqualTo(new Asked(dir, "coverage.png"));
        assertThat(Files.exists(target)).isTrue();
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
        assertThat(message.getText()).isEqualTo(ExportDialog.NO_ARTICLES);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((ImageView) d.stage().getScene().lookup("#export-preview"))
                .getImage()).get()).isNull();
        robot.interact(() -> ((RadioButton) d.stage().getScene().lookup("#export-svg")).setSelected(true));
        assertThat(export.isDisabled()).as("still, after a change").isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void aPngOverThePixelBudgetIsRefusedInThePreview(FxRobot robot) throws Exception {
        ExportDialog d = dialog(SampleCorpus.get(), null);
        robot.interact(() -> {
            d.setRenderer(new org.parallax.export.PngRenderer(1024, 2_000_000));
            ((RadioButton) d.stage().getScene().lookup("#export-png-4")).setSelected(true);
        });
        Label size = WaitForAsyncUtils.asyncFx(() -> (Label) d.stage().getScene().lookup("#export-size")).get();
        Button export = WaitForAsyncUtils.asyncFx(() -> (Button) d.stage().getScene().lookup("#export-button")).get();
        assertThat(size.getText()).startsWith("The PNG would be ").contains("choose a lower scale or export SVG");
        assertThat(export.isDisabled()).isTrue();
        robot.interact(() -> ((RadioButton) d.stage().getScene().lookup("#export-svg")).setSelected(true));
        assertThat(size.getText()).startsWith("SVG");
        assertThat(export.isDisabled()).isFalse();
    }
}

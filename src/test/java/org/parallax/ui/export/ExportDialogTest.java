package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.export.ChartKind;
import org.parallax.export.ExportJob;
import org.parallax.export.ExportRequest;
import org.parallax.export.Extent;
import org.parallax.export.ImageFormat;
import org.parallax.export.TimelinePicture;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export Chart…: choose a format, export through the chooser seam, the file is there; failures are said. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static Corpus corpus;
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final List<ImageFormat> asked = new ArrayList<>();
    private Path target;
    private ExportDialogViewModel model;
    private ExportDialog dialog;

    @BeforeAll
    static void loadCorpus() {
        corpus = SampleCorpus.get();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        model = new ExportDialogViewModel(ExportSource.of(corpus), runner, null);
        dialog = new ExportDialog(stage, model, (owner, suggested, format) -> {
            asked.add(format);
            return Optional.ofNullable(target);
        });
        dialog.show();
    }

    /** The sample's whole timeline axis, as a window might show it. */
    private static TimeAxis axis() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((TimelinePicture) new ExportJob(corpus,
                ExportRequest.timeline(ImageFormat.PNG)).layOut()).axis()).get();
    }

    /** The PNG is drawn a tile per FX turn: wait until the file is written or the failure said. */
    static void awaitExport(ExportDialogViewModel m) {
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> m.writtenProperty().get() != null || !m.lastErrorProperty().get().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the export did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsSvgThroughTheChooserSeam(FxRobot robot, @TempDir Path dir) throws Exception {
        target = dir.resolve("chart.svg");
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        assertThat(preview.getImage()).as("a preview is drawn at once").isNotNull();
        assertThat(robot.lookup("#export-on-screen").queryAs(javafx.scene.control.RadioButton.class).isDisabled())
                .as("nothing on screen to export").isTrue();
        String snapshot = System.getProperty("export.dialog.snapshot"); // e.g. /tmp/export-dialog.png, to look at it
        if (snapshot != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> dialog.stage().getScene().snapshot(null)).get();
            ImageIO.write(org.parallax.testing.GoldenImage.toBuffered(image), "png", Path.of(snapshot).toFile());
        }
        robot.clickOn("#export-svg");
        assertThat(robot.lookup("#export-size").queryAs(Label.class).getText()).startsWith("SVG");
        robot.clickOn("#export-button");
        awaitExport(model);
        assertThat(asked).containsExactly(ImageFormat.SVG);
        assertThat(target).exists();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(model.writtenProperty().get()).isEqualTo(target);
        assertThat(dialog.stage().isShowing()).as("closes when done").isFalse();
    }

    @Test
    void exportsPngAtFourTimesWithoutLegend(FxRobot robot, @TempDir Path dir) throws Exception {
        target = dir.resolve("chart.png");
        robot.clickOn("#export-png-1");
        var oneX = robot.lookup("#export-size").queryAs(Label.class).getText();
        robot.clickOn("#export-png-4");
        robot.clickOn("#export-decorations");
        robot.clickOn("#export-button");
        awaitExport(model);
        var image = ImageIO.read(target.toFile());
        assertThat(image).isNotNull();
        assertThat(oneX).startsWith("PNG, ");
        int width1 = Integer.parseInt(oneX.replaceAll("PNG, (\\d+) × .*", "$1"));
        assertThat(image.getWidth()).isEqualTo(width1 * 4);
    }

    @Test
    void aFolderThatIsGoneGivesAnErrorDialogThatSaysSo(FxRobot robot, @TempDir Path dir) {
        target = dir.resolve("gone").resolve("chart.png");
        robot.clickOn("#export-button");
        awaitExport(model);
        DialogPane error = robot.listWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst()
                .orElseThrow(() -> new AssertionError("no error dialog"));
        assertThat(error.getHeaderText()).isEqualTo("The chart could not be exported");
        assertThat(error.getContentText()).contains("Could not export the chart to " + target)
                .contains("the folder does not exist");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).isEqualTo("Export failed");
        assertThat(Files.exists(target)).isFalse();
        assertThat(dialog.stage().isShowing()).as("stays open to try again").isTrue();
        robot.interact(() -> error.getScene().getWindow().hide());
    }

    @Test
    void whatIsOnScreenIsTheDefaultWhenTheTimelineHasAnAxis(FxRobot robot, @TempDir Path dir) throws Exception {
        target = dir.resolve("screen.png");
        ExportDialogViewModel screenModel = WaitForAsyncUtils.asyncFx(() -> new ExportDialogViewModel(
                new ExportSource(corpus, axis().zoom(2, 300), 900, 300, null, null, null, true), runner, null)).get();
        ExportDialog screen = WaitForAsyncUtils.asyncFx(() -> new ExportDialog(null, screenModel,
                (owner, suggested, format) -> Optional.of(target))).get();
        assertThat(screenModel.request().extent()).isInstanceOf(Extent.OnScreen.class);
        robot.interact(() -> {
            screen.show();
            ((javafx.scene.control.CheckBox) screen.stage().getScene().lookup("#export-decorations")).setSelected(false);
            ((Button) screen.stage().getScene().lookup("#export-button")).fire();
        });
        awaitExport(screenModel);
        var image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(1800); // 900 × 300 at the default 2×
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void theCoverageChartIsPreviewedAndExported(FxRobot robot, @TempDir Path dir) throws Exception {
        target = dir.resolve("coverage.svg");
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        var timelinePreview = preview.getImage();
        robot.interact(() -> robot.lookup("#export-chart").queryAs(ChoiceBox.class).setValue(ChartKind.COVERAGE));
        assertThat(preview.getImage()).as("the coverage chart previewed").isNotNull().isNotSameAs(timelinePreview);
        assertThat(robot.lookup("#export-preview-message").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#export-button").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(model.request().chart()).isEqualTo(ChartKind.COVERAGE);
        String snapshot = System.getProperty("export.dialog.coverage.snapshot"); // to look at the dialog
        if (snapshot != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> dialog.stage().getScene().snapshot(null)).get();
            ImageIO.write(org.parallax.testing.GoldenImage.toBuffered(image), "png", Path.of(snapshot).toFile());
        }
        robot.clickOn("#export-svg");
        robot.clickOn("#export-button");
        awaitExport(model);
        assertThat(asked).containsExactly(ImageFormat.SVG);
        assertThat(Files.readString(target)).contains(">Who reported what, when</text>").contains(">Rise News</text>");
    }

    @Test
    void onScreenIsTheTimelinesViewSoCoverageExportsEverythingAndTheChoiceComesBack(FxRobot robot) throws Exception {
        ExportDialogViewModel screenModel = WaitForAsyncUtils.asyncFx(() -> new ExportDialogViewModel(
                new ExportSource(corpus, axis(), 900, 300, null, null, c -> javafx.scene.paint.Color.MAGENTA, true),
                runner, null)).get();
        ExportDialog screen = WaitForAsyncUtils.asyncFx(() -> new ExportDialog(null, screenModel,
                (owner, suggested, format) -> Optional.empty())).get();
        var onScreen = WaitForAsyncUtils.asyncFx(() -> (javafx.scene.control.RadioButton) screen.stage().getScene()
                .lookup("#export-on-screen")).get();
        assertThat(onScreen.isSelected()).isTrue();
        robot.interact(() -> ((ChoiceBox<ChartKind>) screen.stage().getScene().lookup("#export-chart"))
                .setValue(ChartKind.COVERAGE));
        assertThat(onScreen.isDisabled()).isTrue();
        assertThat(screenModel.request().extent()).isEqualTo(Extent.EVERYTHING);
        // the preview is drawn in the source's coverage colours (here every role magenta)
        int corner = WaitForAsyncUtils.asyncFx(() -> ((ImageView) screen.stage().getScene().lookup("#export-preview"))
                .getImage().getPixelReader().getArgb(1, 1)).get();
        assertThat(corner & 0xffffff).isEqualTo(0xff00ff);
        robot.interact(() -> ((ChoiceBox<ChartKind>) screen.stage().getScene().lookup("#export-chart"))
                .setValue(ChartKind.TIMELINE));
        assertThat(onScreen.isDisabled()).isFalse();
        assertThat(onScreen.isSelected()).as("the user's choice is back").isTrue();
    }
}

package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ChartKind;
import org.parallax.export.ImageFormat;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.parallax.chart.timeline.LaneMode;
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
    private ExportDialog dialog;

    @BeforeAll
    static void loadCorpus() {
        corpus = SampleCorpus.get();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new ExportDialog(stage, new ExportDialog.Source(corpus, null, 0, 0, null), runner,
                (owner, suggested, format) -> {
                    asked.add(format);
                    return Optional.ofNullable(target);
                });
        dialog.setShowErrors(false);
        dialog.show();
    }

    /** The PNG is drawn a tile per FX turn: wait until the file is written or the failure said. */
    static void awaitExport(ExportDialog d) {
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !d.writtenProperty().get().isEmpty() || !d.lastErrorProperty().get().isEmpty());
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
        awaitExport(dialog);
        assertThat(asked).containsExactly(ImageFormat.SVG);
        assertThat(target).exists();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(dialog.writtenProperty().get()).isEqualTo(target.toString());
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
        awaitExport(dialog);
        var image = ImageIO.read(target.toFile());
        assertThat(image).isNotNull();
        assertThat(oneX).startsWith("PNG, ");
        int width1 = Integer.parseInt(oneX.replaceAll("PNG, (\\d+) × .*", "$1"));
        assertThat(image.getWidth()).isEqualTo(width1 * 4);
    }

    @Test
    void aFolderThatIsGoneGivesAnErrorThatSaysSo(FxRobot robot, @TempDir Path dir) {
        target = dir.resolve("gone").resolve("chart.png");
        robot.clickOn("#export-button");
        awaitExport(dialog);
        assertThat(dialog.lastErrorProperty().get()).contains("Could not export the chart to " + target)
                .contains("the folder does not exist");
        assertThat(Files.exists(target)).isFalse();
        assertThat(dialog.stage().isShowing()).isTrue();
    }

    @Test
    void whatIsOnScreenIsTheDefaultWhenTheTimelineHasAnAxis(FxRobot robot, @TempDir Path dir) throws Exception {
        target = dir.resolve("screen.png");
        ExportDialog screen = WaitForAsyncUtils.asyncFx(() -> {
            var axis = ((org.parallax.export.TimelinePicture) org.parallax.export.ChartExporter.picture(corpus,
                    org.parallax.export.ExportRequest.timeline(ImageFormat.PNG))).axis().zoom(2, 300);
            ExportDialog d = new ExportDialog(null, new ExportDialog.Source(corpus, axis, 900, 300, null), runner,
                    (owner, suggested, format) -> Optional.of(target));
            d.setShowErrors(false);
            return d;
        }).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> screen.request().extent()).get())
                .isInstanceOf(org.parallax.export.Extent.OnScreen.class);
        robot.interact(() -> {
            screen.show();
            ((javafx.scene.control.CheckBox) screen.stage().getScene().lookup("#export-decorations")).setSelected(false);
            ((Button) screen.stage().getScene().lookup("#export-button")).fire();
        });
        awaitExport(screen);
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
        assertThat(dialog.request().chart()).isEqualTo(ChartKind.COVERAGE);
        String snapshot = System.getProperty("export.dialog.coverage.snapshot"); // to look at the dialog
        if (snapshot != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> dialog.stage().getScene().snapshot(null)).get();
            ImageIO.write(org.parallax.testing.GoldenImage.toBuffered(image), "png", Path.of(snapshot).toFile());
        }
        robot.clickOn("#export-svg");
        robot.clickOn("#export-button");
        awaitExport(dialog);
        assertThat(asked).containsExactly(ImageFormat.SVG);
        assertThat(Files.readString(target)).contains(">Who reported what, when</text>").contains(">Rise News</text>");
    }

    @Test
    void onScreenIsTheTimelinesViewSoCoverageExportsEverythingAndTheChoiceComesBack(FxRobot robot) throws Exception {
        ExportDialog screen = WaitForAsyncUtils.asyncFx(() -> {
            var axis = ((org.parallax.export.TimelinePicture) org.parallax.export.ChartExporter.picture(corpus,
                    org.parallax.export.ExportRequest.timeline(ImageFormat.PNG))).axis();
            ExportDialog d = new ExportDialog(null, new ExportDialog.Source(corpus, axis, 900, 300, null, null,
                    c -> javafx.scene.paint.Color.MAGENTA), runner, (owner, suggested, format) -> Optional.empty());
            d.setShowErrors(false);
            return d;
        }).get();
        var onScreen = WaitForAsyncUtils.asyncFx(() -> (javafx.scene.control.RadioButton) screen.stage().getScene()
                .lookup("#export-on-screen")).get();
        assertThat(onScreen.isSelected()).isTrue();
        robot.interact(() -> ((ChoiceBox<ChartKind>) screen.stage().getScene().lookup("#export-chart"))
                .setValue(ChartKind.COVERAGE));
        assertThat(onScreen.isDisabled()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> screen.request().extent()).get())
                .isEqualTo(org.parallax.export.Extent.EVERYTHING);
        // the preview is drawn in the source's coverage colours (here every role magenta)
        int corner = WaitForAsyncUtils.asyncFx(() -> ((ImageView) screen.stage().getScene().lookup("#export-preview"))
                .getImage().getPixelReader().getArgb(1, 1)).get();
        assertThat(corner & 0xffffff).isEqualTo(0xff00ff);
        robot.interact(() -> ((ChoiceBox<ChartKind>) screen.stage().getScene().lookup("#export-chart"))
                .setValue(ChartKind.TIMELINE));
        assertThat(onScreen.isDisabled()).isFalse();
        assertThat(onScreen.isSelected()).as("the user's choice is back").isTrue();
    }

    @Test
    void theFileMenuHasExportChartOnCtrlE() {
        List<String> called = new ArrayList<>();
        ShellMenus menus = new ShellMenus(new ShellMenus.Actions() {
            @Override
            public void openFolder() {
            }

            @Override
            public void openRecent(Path folder) {
            }

            @Override
            public void clearRecent() {
            }

            @Override
            public void filterArticles() {
            }

            @Override
            public void search() {
            }

            @Override
            public void about() {
            }

            @Override
            public void quit() {
            }

            @Override
            public void exportChart() {
                called.add("export");
            }
        }, new SimpleObjectProperty<>(RecentFolders.EMPTY), new SimpleBooleanProperty(), new SimpleBooleanProperty(),
                new ShellMenus.TimelineToggles(new SimpleObjectProperty<>(LaneMode.OUTLET), new SimpleBooleanProperty(true)));
        MenuItem item = menus.bar().getMenus().get(0).getItems().stream()
                .filter(i -> "export-chart".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("_Export Chart…");
        assertThat(item.getAccelerator()).isEqualTo(ShellMenus.EXPORT);
        assertThat(ShellMenus.EXPORT.getName()).isEqualTo("Shortcut+E");
        item.fire();
        assertThat(called).containsExactly("export");
    }
}

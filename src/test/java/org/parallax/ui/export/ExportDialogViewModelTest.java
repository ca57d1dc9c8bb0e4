package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.export.ChartKind;
import org.parallax.export.ExportJob;
import org.parallax.export.ExportRequest;
import org.parallax.export.Extent;
import org.parallax.export.ImageFormat;
import org.parallax.export.PngRenderer;
import org.parallax.export.TimelinePicture;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.HeadlessFx;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.parallax.ui.export.ExportDialogViewModel.ExtentChoice;
import org.parallax.ui.export.ExportDialogViewModel.Output;

/**
 * The export dialog's view model without a window or a robot: the choices make the request, the preview and its size
 * follow them, an empty corpus or a PNG over the budget turns Export off, the file name and folder are suggested, and
 * an export runs its steps (a PNG one tile per FX turn, counted by the progress) to a file or to a failure that says
 * why. The toolkit runs (a PNG is drawn on a Canvas), the work on the same thread.
 */
class ExportDialogViewModelTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final InMemorySettings settings = new InMemorySettings();
    /** The FX turns the model asks for, run when the test says. */
    private final Deque<Runnable> turns = new ArrayDeque<>();

    private static <T> T fx(Callable<T> call) throws Exception {
        return HeadlessFx.call(call);
    }

    private ExportDialogViewModel model(ExportSource source) throws Exception {
        return model(source, new PngRenderer(256));
    }

    private ExportDialogViewModel model(ExportSource source, PngRenderer renderer) throws Exception {
        return fx(() -> new ExportDialogViewModel(source, runner, settings, renderer, turns::add));
    }

    private static ExportSource sample() {
        return ExportSource.of(SampleCorpus.get());
    }

    /** The sample's timeline as a window shows it: an axis and a 900 × 300 view. */
    private static ExportSource onScreen() throws Exception {
        Corpus corpus = SampleCorpus.get();
        TimeAxis axis = fx(() -> ((TimelinePicture) new ExportJob(corpus, ExportRequest.timeline(ImageFormat.PNG))
                .layOut()).axis().zoom(2, 300));
        return new ExportSource(corpus, axis, 900, 300, null, null, null, true);
    }

    @Test
    void theDefaultsDescribeTheWholeTimelineAsPngAtTwiceAndPreviewIt() throws Exception {
        ExportDialogViewModel m = model(sample());
        ExportRequest request = m.request();
        assertThat(request.chart()).isEqualTo(ChartKind.TIMELINE);
        assertThat(request.extent()).isEqualTo(Extent.EVERYTHING);
        assertThat(request.format()).isEqualTo(ImageFormat.PNG);
        assertThat(request.scale()).isEqualTo(2);
        assertThat(request.decorations()).isTrue();
        assertThat(m.onScreenOfferedProperty().get()).as("no timeline on screen").isFalse();
        assertThat(m.previewProperty().get()).isNotNull();
        assertThat(m.previewProperty().get().getWidth()).isLessThanOrEqualTo(ExportDialogViewModel.PREVIEW_WIDTH);
        assertThat(m.previewMessageProperty().get()).isEmpty();
        assertThat(m.sizeProperty().get()).matches("PNG, \\d+ × \\d+ pixels");
        assertThat(m.exportEnabledProperty().get()).isTrue();
        assertThat(m.busyProperty().get()).isFalse();
    }

    @Test
    void theOutputTitleAndLegendMakeTheRequestAndThePreviewFollows() throws Exception {
        ExportDialogViewModel m = model(sample());
        String pngSize = m.sizeProperty().get();
        int layouts = runner.submittedCount();
        fx(() -> {
            m.outputProperty().set(Output.SVG);
            return null;
        });
        assertThat(m.request().format()).isEqualTo(ImageFormat.SVG);
        assertThat(m.sizeProperty().get()).startsWith("SVG, ").endsWith("text stays text");
        fx(() -> {
            m.outputProperty().set(Output.PNG_4);
            m.decorationsProperty().set(false);
            m.titleProperty().set("Moscow");
            return null;
        });
        assertThat(runner.submittedCount()).as("a layout per change").isEqualTo(layouts + 4);
        ExportRequest request = m.request();
        assertThat(request.scale()).isEqualTo(4);
        assertThat(request.decorations()).isFalse();
        assertThat(request.title()).isEqualTo("Moscow");
        assertThat(m.sizeProperty().get()).isNotEqualTo(pngSize);
    }

    @Test
    void whatIsOnScreenIsTheTimelinesViewSoTheCoverageChartTurnsItOffUntilTheTimelineIsBack() throws Exception {
        ExportDialogViewModel m = model(onScreen());
        assertThat(m.extentProperty().get()).isEqualTo(ExtentChoice.ON_SCREEN);
        assertThat(m.request().extent()).isInstanceOfSatisfying(Extent.OnScreen.class, screen -> {
            assertThat(screen.width()).isEqualTo(900);
            assertThat(screen.height()).isEqualTo(300);
        });
        fx(() -> {
            m.chartProperty().set(ChartKind.COVERAGE);
            return null;
        });
        assertThat(m.onScreenOfferedProperty().get()).isFalse();
        assertThat(m.extentProperty().get()).isEqualTo(ExtentChoice.EVERYTHING);
        assertThat(m.request().extent()).isEqualTo(Extent.EVERYTHING);
        fx(() -> {
            m.chartProperty().set(ChartKind.TIMELINE);
            return null;
        });
        assertThat(m.onScreenOfferedProperty().get()).isTrue();
        assertThat(m.extentProperty().get()).as("the user's choice is back").isEqualTo(ExtentChoice.ON_SCREEN);

        fx(() -> { // chosen everything by hand: the coverage chart and back leave it so
            m.extentProperty().set(ExtentChoice.EVERYTHING);
            m.chartProperty().set(ChartKind.COVERAGE);
            m.chartProperty().set(ChartKind.TIMELINE);
            return null;
        });
        assertThat(m.extentProperty().get()).isEqualTo(ExtentChoice.EVERYTHING);
    }

    @Test
    void theSuggestedNameIsChartCorpusAndExtension() throws Exception {
        ExportDialogViewModel named = model(sample().named("Moscow visit, 2015"));
        assertThat(named.suggestedName()).isEqualTo("timeline-moscow-visit-2015.png");
        fx(() -> {
            named.outputProperty().set(Output.SVG);
            return null;
        });
        assertThat(named.suggestedName()).isEqualTo("timeline-moscow-visit-2015.svg");
        ExportDialogViewModel unnamed = model(sample());
        fx(() -> {
            unnamed.chartProperty().set(ChartKind.COVERAGE);
            return null;
        });
        assertThat(unnamed.suggestedName()).isEqualTo("coverage.png");
    }

    @Test
    void anEmptyCorpusHasNoPreviewSaysWhyAndCannotBeExported(@TempDir Path dir) throws Exception {
        Corpus empty = new Corpus(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        ExportDialogViewModel m = model(ExportSource.of(empty));
        assertThat(m.previewProperty().get()).isNull();
        assertThat(m.previewMessageProperty().get()).isEqualTo(ExportDialogViewModel.NO_ARTICLES);
        assertThat(m.exportEnabledProperty().get()).isFalse();
        assertThat(runner.submittedCount()).as("nothing to lay out").isZero();
        fx(() -> {
            m.export(dir.resolve("nothing.png"));
            return null;
        });
        assertThat(m.busyProperty().get()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aPngOverThePixelBudgetIsRefusedBeforeAFileIsChosen() throws Exception {
        ExportDialogViewModel m = model(sample(), new PngRenderer(1024, 2_000_000));
        fx(() -> {
            m.outputProperty().set(Output.PNG_4);
            return null;
        });
        assertThat(m.sizeProperty().get()).startsWith("The PNG would be ").endsWith("choose a lower scale or export SVG.");
        assertThat(m.exportEnabledProperty().get()).isFalse();
        fx(() -> {
            m.outputProperty().set(Output.SVG);
            return null;
        });
        assertThat(m.sizeProperty().get()).startsWith("SVG");
        assertThat(m.exportEnabledProperty().get()).isTrue();
    }

    @Test
    void aPngIsDrawnOneTilePerTurnWithTheProgressCountingTilesThenWritten(@TempDir Path dir) throws Exception {
        ExportDialogViewModel m = model(sample());
        Path file = dir.resolve("chart.png");
        List<String> statuses = new ArrayList<>();
        m.statusProperty().addListener((o, a, b) -> statuses.add(b));
        fx(() -> {
            m.export(file);
            return null;
        });
        assertThat(m.busyProperty().get()).isTrue();
        assertThat(m.exportEnabledProperty().get()).as("one export at a time").isFalse();
        assertThat(statuses).containsExactly("Laying out the chart…", "Drawing tile 1 of " + tiles(m) + "…");
        int tiles = tiles(m);
        assertThat(tiles).as("small tiles in this test").isGreaterThan(4);
        assertThat(m.progressProperty().get()).isZero();
        for (int done = 1; done < tiles; done++) {
            runTurn();
            assertThat(m.progressProperty().get()).isEqualTo(done / (double) (tiles + 1));
            assertThat(m.statusProperty().get()).isEqualTo("Drawing tile " + (done + 1) + " of " + tiles + "…");
            assertThat(file).as("not written while drawing").doesNotExist();
        }
        runTurn(); // the last tile; then the runner (here at once) writes
        assertThat(statuses).contains("Writing chart.png…");
        assertThat(turns).isEmpty();
        assertThat(m.writtenProperty().get()).isEqualTo(file);
        assertThat(m.statusProperty().get()).isEqualTo("Exported chart.png");
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.lastErrorProperty().get()).isEmpty();
        var png = ImageIO.read(file.toFile());
        String[] size = m.sizeProperty().get().replaceAll("\\D+", " ").strip().split(" ");
        assertThat(png.getWidth()).isEqualTo(Integer.parseInt(size[0]));
        assertThat(png.getHeight()).isEqualTo(Integer.parseInt(size[1]));
        assertThat(m.lastFolder()).contains(dir);
        assertThat(settings.get(ExportDialogViewModel.FOLDER_KEY)).contains(dir.toString());
    }

    private static int tiles(ExportDialogViewModel m) {
        return Integer.parseInt(m.statusProperty().get().replaceAll("\\D+(\\d+)\\D+(\\d+)\\D*", "$2"));
    }

    private void runTurn() throws Exception {
        Runnable next = turns.poll();
        assertThat(next).as("a tile waits for the next FX turn").isNotNull();
        fx(() -> {
            next.run();
            return null;
        });
    }

    @Test
    void anSvgIsLaidOutDrawnAndWrittenInOnePieceOfWork(@TempDir Path dir) throws Exception {
        ExportDialogViewModel m = model(sample());
        Path file = dir.resolve("chart.svg");
        int before = runner.submittedCount();
        fx(() -> {
            m.outputProperty().set(Output.SVG);
            m.export(file);
            return null;
        });
        assertThat(runner.submittedCount()).as("the preview, then the export").isEqualTo(before + 2);
        assertThat(turns).as("nothing drawn on the FX thread").isEmpty();
        assertThat(runner.progressLog()).contains("Drawing chart.svg…").contains("Writing chart.svg…");
        assertThat(Files.readString(file)).startsWith("<?xml").contains("<svg");
        assertThat(m.writtenProperty().get()).isEqualTo(file);
    }

    @Test
    void aFolderThatIsGoneFailsWithAMessageNamingTheFileAndWhy(@TempDir Path dir) throws Exception {
        ExportDialogViewModel m = model(sample());
        Path file = dir.resolve("gone").resolve("chart.svg");
        fx(() -> {
            m.outputProperty().set(Output.SVG);
            m.export(file);
            return null;
        });
        assertThat(m.lastErrorProperty().get()).startsWith("Could not export the chart to " + file + ".\n\n")
                .contains("the folder does not exist");
        assertThat(m.statusProperty().get()).isEqualTo("Export failed");
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.exportEnabledProperty().get()).as("may try again").isTrue();
        assertThat(m.writtenProperty().get()).isNull();
        assertThat(m.lastFolder()).as("a folder that is gone is not remembered").isEmpty();
        assertThat(ExportDialogViewModel.failureMessage(Path.of("/x/chart.png"), new AccessDeniedException("/x")))
                .isEqualTo("Could not export the chart to /x/chart.png.\n\nPermission denied: /x.");
    }
}

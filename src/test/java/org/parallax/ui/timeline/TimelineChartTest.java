package org.parallax.ui.timeline;

import org.parallax.ui.common.Styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.common.Theme;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.model.TimexValue;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.LaneMode;

/** The chart on the bundled corpus, headless: it renders both stories, keys walk events, clicks select, lanes hide. */
@ExtendWith(ApplicationExtension.class)
class TimelineChartTest {

    private static Corpus corpus;
    private TimelineChart chart;
    private Scene scene;

    @BeforeAll
    static void loadCorpus() {
        corpus = SampleCorpus.get();
    }

    @Start
    void start(Stage stage) {
        chart = new TimelineChart();
        chart.setAnimated(false); // keys land at once; animatedZoomGlidesToTheSameView checks the glide
        chart.setCorpus(corpus);
        scene = new Scene(new StackPane(chart), 1280, 420);
        Theme.install(scene, Boolean.getBoolean("timeline.dark"));
        stage.setScene(scene);
        stage.show();
    }

    private TimelineChartSkin skin() {
        return (TimelineChartSkin) chart.getSkin();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    @Test
    void rendersTheBundledCorpusWithBothStoriesInView() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineData data = chart.getData();
        assertThat(data.size()).isEqualTo(corpus.events().size());
        assertThat(data.eras()).extracting(e -> e.story().label()).hasSize(2);
        assertThat(data.lanes()).extracting(TimelineData.Lane::label).contains("Sputnik");
        double plot = chart.getWidth() - TimelinePainter.GUTTER;
        for (TimelineData.Era era : data.eras()) {
            assertThat(chart.getAxis().toPixel(era.range().start())).isBetween(0.0, plot);
            assertThat(chart.getAxis().toPixel(era.range().end())).isBetween(0.0, plot);
        }
        assertThat(chart.getAxis().mapping().breaks()).isNotEmpty(); // 2015 and 2017 share the chart
        List<TimelinePainter.Hit> marks = onFx(() -> TimelineMarks.of(chart));
        assertThat(marks).isNotEmpty();
        assertThat(marks).anyMatch(h -> h.lane() >= 0);

        WritableImage image = onFx(() -> chart.snapshot(null, null));
        assertThat(distinctColours(image)).isGreaterThan(20);
        String target = System.getProperty("timeline.snapshot");
        if (target != null) { // -Dtimeline.snapshot=/tmp/timeline.png: look at it, light, then dark and zoomed in
            writePng(image, Path.of(target));
            WritableImage zoomed = onFx(() -> {
                Theme.setDark(scene, true);
                TimelineData.Era moscow = data.eras().get(0);
                chart.setAxis(chart.getAxis().fit(moscow.range().padded(1), chart.getWidth() - TimelinePainter.GUTTER, 40));
                chart.setSelectedEvent(data.events().stream().filter(e -> e.date().equals("2015-10-20")).findFirst()
                        .orElseThrow());
                chart.applyCss();
                chart.layout();
                return chart.snapshot(null, null);
            });
            writePng(zoomed, Path.of(target.replace(".png", "-moscow-dark.png")));
        }
    }

    @Test
    void rightAndLeftWalkTheEventsInDateOrder(FxRobot robot) throws Exception {
        onFx(() -> {
            chart.requestFocus();
            return null;
        });
        List<Event> walked = new ArrayList<>();
        for (int i = 0; i < chart.getData().size() + 2; i++) {
            robot.type(KeyCode.RIGHT);
            walked.add(chart.getSelectedEvent());
        }
        List<Event> distinct = walked.stream().distinct().toList();
        assertThat(distinct).containsExactlyElementsOf(chart.getData().events());
        double previous = Double.NEGATIVE_INFINITY;
        for (Event e : distinct) {
            double middle = DayRange.of(TimexValue.parse(e.date()).orElseThrow()).middle();
            assertThat(middle).isGreaterThanOrEqualTo(previous);
            previous = middle;
        }
        robot.type(KeyCode.LEFT);
        assertThat(chart.getSelectedEvent()).isEqualTo(distinct.get(distinct.size() - 2));
        AtomicReference<Event> opened = new AtomicReference<>();
        onFx(() -> {
            chart.onOpenEventProperty().set(opened::set);
            return null;
        });
        robot.type(KeyCode.ENTER);
        assertThat(opened.get()).isEqualTo(distinct.get(distinct.size() - 2));
        robot.type(KeyCode.ESCAPE);
        assertThat(chart.getSelectedEvent()).isNull();
    }

    @Test
    void clickingAnEventSelectsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Event moscow = chart.getData().events().stream().filter(e -> e.date().equals("2015-10-20")).findFirst()
                .orElseThrow();
        int index = chart.getData().indexOf(moscow);
        for (int attempt = 0; attempt < 4 && chart.getSelectedEvent() != moscow; attempt++) {
            Point2D point = onFx(() -> TimelineMarks.onScreen(chart, moscow).orElseThrow());
            robot.clickOn(point);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(chart.getSelectedEvent()).isEqualTo(moscow);
        int quotes = chart.getData().quoteCount(index);
        assertThat(quotes).as("the talks hold a quote").isPositive();
        assertThat(chart.getAccessibleHelp()).startsWith(moscow.label() + ", 20 October 2015, ")
                .endsWith(" outlets, " + quotes + (quotes == 1 ? " quote" : " quotes"));
        TimelinePainter.Hit single = new TimelinePainter.Hit(0, 0, 4, -1, new int[] {index});
        assertThat(TimelineTooltips.text(chart.getData(), single))
                .contains(" · " + quotes + (quotes == 1 ? " quote" : " quotes"));
        assertThat(chart.isFocused()).isTrue();
    }

    @Test
    void storyLanesAndTooltips() throws Exception {
        onFx(() -> {
            chart.setLaneMode(LaneMode.STORY);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getData().lanes()).extracting(TimelineData.Lane::label)
                .startsWith("Assad in Moscow, October 2015").contains("No story");
        assertThat(chart.getAccessibleText()).startsWith("Timeline, " + corpus.events().size() + " events, ")
                .endsWith(" stories");
        TimelineData data = chart.getData();
        int talks = data.events().stream().filter(e -> e.date().equals("2015-10-20")).findFirst()
                .map(data::indexOf).orElseThrow();
        String tip = TimelineTooltips.text(data, new TimelinePainter.Hit(0, 0, 5, -1, new int[] {talks}));
        assertThat(tip).startsWith(data.event(talks).label() + "\n20 October 2015 (day) · Assad in Moscow, October 2015\n")
                .contains("Sputnik");
        String cluster = TimelineTooltips.text(data, new TimelinePainter.Hit(0, 0, 5, -1, new int[] {talks, talks + 1}));
        assertThat(cluster).startsWith("2 events · ").endsWith("Click to zoom in");
        String target = System.getProperty("timeline.snapshot");
        if (target != null) {
            writePng(onFx(() -> chart.snapshot(null, null)), Path.of(target.replace(".png", "-stories.png")));
        }
    }

    @Test
    void aRoughDateSaysSoInItsTooltipAndAccessibleText() {
        // 003: "details of the Syrian People's Congress ... in early December"
        TimelineData data = chart.getData();
        int early = data.events().stream().filter(e -> e.date().equals("2017-12")).findFirst()
                .map(data::indexOf).orElseThrow();
        assertThat(data.mod(early)).isEqualTo(org.parallax.model.TimexMod.START);
        assertThat(data.anchor(early)).isLessThan(java.time.LocalDate.of(2017, 12, 12).toEpochDay());
        assertThat(data.describe(early)).contains(", early in December 2017, ");
        assertThat(TimelineTooltips.text(data, new TimelinePainter.Hit(0, 0, 5, -1, new int[] {early})))
                .contains("\nearly in December 2017 (month)").contains("A rough date");
        int talks = data.events().stream().filter(e -> e.date().equals("2015-10-20")).findFirst()
                .map(data::indexOf).orElseThrow();
        assertThat(data.mod(talks)).isNull();
        assertThat(TimelineTooltips.text(data, new TimelinePainter.Hit(0, 0, 5, -1, new int[] {talks})))
                .doesNotContain("rough");
    }

    @Test
    void emptyAndSingleEventCorporaDraw() throws Exception {
        onFx(() -> {
            chart.setCorpus(Corpus.EMPTY);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> TimelineMarks.of(chart))).isEmpty();
        assertThat(chart.getAccessibleText()).isEqualTo("Timeline, 0 events, 0 outlets");
        assertThat(chart.getPseudoClassStates()).contains(Styles.EMPTY);
        Event only = corpus.events().get(0);
        onFx(() -> {
            chart.setCorpus(Corpus.of(corpus.articles()).withEvents(List.of(only)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> TimelineMarks.of(chart))).filteredOn(h -> h.lane() == -1).singleElement()
                .satisfies(h -> assertThat(h.x()).isBetween(0.0, chart.getWidth() - TimelinePainter.GUTTER));
        assertThat(chart.getPseudoClassStates()).doesNotContain(Styles.EMPTY);
    }

    @Test
    void lanesScrollWhenTheyDoNotFit(FxRobot robot) throws Exception {
        onFx(() -> {
            chart.setMaxHeight(240);
            chart.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int lanes = chart.getData().lanes().size();
        robot.type(KeyCode.RIGHT, 7);
        robot.type(KeyCode.DOWN, lanes);
        assertThat(skin().focusedLane()).isEqualTo(lanes - 1);
        assertThat(skin().laneScroll()).isPositive();
        double bottom = chart.getHeight();
        assertThat(TimelinePainter.laneTop(lanes - 1) - skin().laneScroll() + 30).isLessThanOrEqualTo(bottom + 1e-6);
        double scrolled = skin().laneScroll();
        assertThat(onFx(() -> TimelineMarks.of(chart, scrolled))).anyMatch(h -> h.lane() == lanes - 1);
        onFx(() -> {
            Point2D over = chart.localToScene(20, TimelinePainter.laneTop(0) + 10); // over the lane names
            chart.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    over.getX(), over.getY(), 0, 0, false, false, false, false, false, false,
                    0, 400, 0, 400, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        assertThat(skin().laneScroll()).isZero();
    }

    @Test
    void hidingAnOutletRemovesItsLane() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int lanes = chart.getData().lanes().size();
        onFx(() -> chart.getOutlets().remove(new Outlet("Sputnik")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getData().lanes()).hasSize(lanes - 1)
                .extracting(TimelineData.Lane::label).doesNotContain("Sputnik");
        assertThat(onFx(() -> TimelineMarks.of(chart))).allMatch(h -> h.lane() < lanes - 1);
    }

    @Test
    void zoomKeysKeepTheSelectionAndHomeFitsAll(FxRobot robot) throws Exception {
        onFx(() -> {
            chart.requestFocus();
            return null;
        });
        robot.type(KeyCode.RIGHT, 6);
        double before = chart.getAxis().pixelsPerDay();
        robot.type(KeyCode.ADD);
        assertThat(chart.getAxis().pixelsPerDay()).isCloseTo(before * TimelineViewport.ZOOM_STEP,
                org.assertj.core.api.Assertions.within(1e-6));
        robot.type(KeyCode.HOME);
        assertThat(chart.getAxis().pixelsPerDay()).isCloseTo(before, org.assertj.core.api.Assertions.within(1e-6));
        robot.type(KeyCode.DOWN);
        assertThat(skin().focusedLane()).isEqualTo(0);
        assertThat(chart.getData().lanes().get(0).events()).contains(chart.getData().indexOf(chart.getSelectedEvent()));
    }

    @Test
    void ctrlWheelZoomsAroundThePointerAndDragPans(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double plotX = 500;
        double dayBefore = chart.getAxis().toDay(plotX);
        double scaleBefore = chart.getAxis().pixelsPerDay();
        onFx(() -> {
            chart.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    TimelinePainter.GUTTER + plotX, 200, 0, 0, false, true, false, false, false, false,
                    0, 120, 0, 120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        assertThat(chart.getAxis().pixelsPerDay()).isGreaterThan(scaleBefore);
        assertThat(chart.getAxis().toDay(plotX)).isCloseTo(dayBefore, org.assertj.core.api.Assertions.within(1e-6));
        double dayAt300 = chart.getAxis().toDay(300);
        Point2D start = onFx(() -> chart.localToScreen(TimelinePainter.GUTTER + 300, 300));
        robot.drag(start, javafx.scene.input.MouseButton.PRIMARY).dropTo(start.add(100, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getAxis().toDay(400)).isCloseTo(dayAt300, org.assertj.core.api.Assertions.within(0.05));
        onFx(() -> {
            chart.requestFocus();
            return null;
        });
        robot.type(KeyCode.SUBTRACT).type(KeyCode.HOME);
        assertThat(chart.getAxis().pixelsPerDay()).isCloseTo(scaleBefore, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void draggingTheLaneNamesEdgeWidensTheColumnAndTheChartStillFitsEverything(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double before = chart.getLaneNameWidth();
        Point2D edge = onFx(() -> chart.localToScreen(before, TimelinePainter.laneTop(0) + 10));
        robot.drag(edge, javafx.scene.input.MouseButton.PRIMARY).dropTo(edge.add(80, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getLaneNameWidth()).isCloseTo(before + 80, org.assertj.core.api.Assertions.within(1.0));
        double plot = chart.getWidth() - chart.getLaneNameWidth();
        TimelineData data = chart.getData();
        assertThat(chart.getAxis().toPixel(data.anchorExtent().orElseThrow().start())).isBetween(0.0, plot);
        assertThat(chart.getAxis().toPixel(data.anchorExtent().orElseThrow().end())).isBetween(0.0, plot);
        onFx(() -> {
            chart.setLaneNameWidth(10_000);
            return null;
        });
        assertThat(chart.getLaneNameWidth()).isEqualTo(org.parallax.chart.timeline.TimelineGeometry.MAX_GUTTER);
    }

    @Test
    void animatedZoomGlidesToTheSameView(FxRobot robot) throws Exception {
        onFx(() -> {
            chart.setAnimated(true);
            chart.requestFocus();
            return null;
        });
        double before = chart.getAxis().pixelsPerDay();
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> {
            chart.axisProperty().addListener((obs, old, now) -> seen.add(now.pixelsPerDay()));
            return null;
        });
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.ADD);
        double target = before * TimelineViewport.ZOOM_STEP * TimelineViewport.ZOOM_STEP;
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(chart.getAxis().pixelsPerDay() - target) < 1e-6);
        assertThat(seen.size()).isGreaterThan(2); // it went through steps between
        assertThat(seen).allMatch(v -> v >= before - 1e-9 && v <= target + 1e-9);
    }

    @Test
    void trueScaleHasNoBreaksAndDisposeLetsGo() throws Exception {
        onFx(() -> {
            chart.setCollapseEmptyTime(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getAxis().mapping().isIdentity()).isTrue();
        TimelineChartSkin old = skin();
        onFx(() -> {
            chart.setSkin(new TimelineChartSkin(chart));
            return null;
        });
        assertThat(old.getSkinnable()).isNull();
        assertThat(chart.getChildrenUnmodifiable()).filteredOn(n -> n.getStyleClass().contains(Styles.TIMELINE_CANVAS))
                .hasSize(1); // the new skin's: the old one took its canvas with it
        onFx(() -> {
            chart.setCollapseEmptyTime(true);
            chart.setSelectedEvent(chart.getData().event(0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getAxis().mapping().isIdentity()).isFalse();
    }

    private static int distinctColours(WritableImage image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }

    static void writePng(WritableImage image, Path target) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(out, "png", target.toFile());
    }
}

package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.testing.GoldenImage;
import org.parallax.testing.SampleCorpus;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.TaskHandle;
import org.parallax.ui.concurrent.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart at the golden size (1200×520): the golden image, zoom level both ways, reveal, builds off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class TimelineChartViewTest {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 520;
    private static Corpus corpus;
    private TimelineChart chart;

    @BeforeAll
    static void loadCorpus() {
        corpus = SampleCorpus.get();
    }

    @Start
    void start(Stage stage) {
        chart = new TimelineChart();
        chart.setAnimated(false);
        chart.setFocusTraversable(false); // the golden shows the chart at rest, without the focus ring
        chart.setCorpus(corpus);
        // the chart at exactly the golden size, whatever size the shared test stage or the stylesheets say
        javafx.scene.layout.Pane fixed = new javafx.scene.layout.Pane(chart) {
            @Override
            protected void layoutChildren() {
                chart.resizeRelocate(0, 0, WIDTH, HEIGHT);
            }
        };
        Scene scene = new Scene(fixed, WIDTH, HEIGHT);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    @Test
    void matchesTheGoldenImage() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> chart.snapshot(null, null));
        assertThat(image.getWidth()).isEqualTo(1200);
        GoldenImage.assertMatches(image, "timeline-sample", 0.002);
    }

    @Test
    void zoomLevelFollowsTheViewAndZoomToSetsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getZoomLevel()).isCloseTo(1, within(1e-6));
        onFx(() -> {
            chart.zoomTo(8);
            return null;
        });
        assertThat(chart.getZoomLevel()).isCloseTo(8, within(1e-6));
        onFx(() -> {
            chart.requestFocus();
            return null;
        });
        robot.type(KeyCode.SUBTRACT); // a key step, not animated here
        assertThat(chart.getZoomLevel()).isCloseTo(8 / 1.5, within(1e-6));
        onFx(() -> {
            chart.zoomTo(1);
            return null;
        });
        assertThat(chart.getZoomLevel()).isCloseTo(1, within(1e-6));
    }

    @Test
    void revealSelectsCentresAndZoomsInToTheEvent() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Event sochi = corpus.events().stream().filter(e -> e.date().startsWith("2017-11")).findFirst().orElseThrow();
        onFx(() -> {
            chart.setCollapseEmptyTime(false); // true scale: fit all shows two years, so revealing zooms in
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getZoomLevel()).isCloseTo(1, within(1e-6));
        onFx(() -> {
            chart.reveal(sochi);
            return null;
        });
        assertThat(chart.getSelectedEvent()).isEqualTo(sochi);
        TimelineData data = chart.getData();
        double x = chart.getAxis().toPixel(data.anchor(data.indexOf(sochi)));
        double plot = chart.getWidth() - TimelinePainter.GUTTER;
        assertThat(x).isCloseTo(plot / 2, within(1.0));
        assertThat(chart.getAxis().pixelsPerDay()).isGreaterThanOrEqualTo(plot / TimelineViewport.REVEAL_DAYS - 1e-6);
        assertThat(chart.getZoomLevel()).isGreaterThan(1);
    }

    @Test
    void withARunnerTheDataIsBuiltOnCopiesAndArrivesWhole() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Held runner = new Held();
        TimelineData before = chart.getData();
        onFx(() -> {
            chart.setRunner(runner);
            chart.setLaneMode(LaneMode.STORY);
            chart.getOutlets().clear(); // a second change before the first is done supersedes it
            return null;
        });
        assertThat(chart.getData()).isSameAs(before);
        assertThat(runner.keys).hasSize(2).allMatch(k -> k.equals(runner.keys.get(0)));
        onFx(() -> {
            runner.runLast();
            return null;
        });
        assertThat(chart.getData()).isNotSameAs(before);
        assertThat(chart.getData().lanes()).extracting(TimelineData.Lane::label)
                .contains("Assad in Moscow, October 2015", "Sochi talks, November 2017");
    }

    /** Holds submitted work until told to run the last one (what a superseding runner would deliver). */
    private static final class Held implements TaskRunner {
        final List<String> keys = new ArrayList<>();
        final List<Runnable> runs = new ArrayList<>();

        @Override
        public <T> TaskHandle submit(String key, String description, Work<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
            keys.add(key);
            runs.add(() -> {
                try {
                    onSuccess.accept(work.call(Progress.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        void runLast() {
            runs.get(runs.size() - 1).run();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return new ReadOnlyBooleanWrapper().getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper().getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper().getReadOnlyProperty();
        }

        @Override
        public void shutdown() {
        }
    }
}

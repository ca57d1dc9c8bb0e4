package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.LaneMode;

/**
 * The benchmark runs and gives sane numbers (no timing asserted: performance is measured by the command, not by
 * tests). {@code -Dtimeline.bench=/tmp/timeline-bench.txt} runs the issue's sizes and writes the figures there.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineBenchmarkTest {

    @Test
    void runsOnGeneratedEvents() throws Exception {
        TimelineBenchmark.Result r = WaitForAsyncUtils.asyncFx(() -> TimelineBenchmark.run(500, 800, 450)).get();
        assertThat(r.events()).isEqualTo(500);
        assertThat(r.redrawMs()).isPositive();
        assertThat(r.zoomMs()).isPositive();
        assertThat(r.renderedRedrawMs()).isPositive();
        assertThatThrownBy(() -> TimelineBenchmark.run(10, 100, 100)).isInstanceOf(IllegalStateException.class);
        TimelineBenchmark.Generated g = TimelineBenchmark.generate(1000, 1);
        assertThat(g.events()).hasSize(1000);
        assertThat(TimelineData.build(g.events(), g.stories(), g.articles(), g.outlets(), LaneMode.OUTLET).size())
                .isEqualTo(1000);
    }

    @Test
    void denseGeneratedEventsClusterWhenAsked() throws Exception {
        String target = System.getProperty("timeline.snapshot");
        if (target == null) {
            return;
        }
        TimelineBenchmark.Generated g = TimelineBenchmark.generate(10_000, 42);
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            TimelineChart chart = new TimelineChart();
            chart.setAnimated(false);
            chart.getEvents().setAll(g.events());
            chart.getStories().setAll(g.stories());
            chart.setArticles(g.articles());
            chart.getOutlets().setAll(g.outlets());
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(chart), 1600, 600);
            org.parallax.ui.common.Theme.install(scene, false);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(scene);
            stage.show();
            chart.applyCss();
            chart.layout();
            javafx.scene.image.WritableImage shot = chart.snapshot(null, null);
            stage.hide();
            return shot;
        }).get();
        TimelineChartTest.writePng(image, Path.of(target.replace(".png", "-10000.png")));
    }

    @Test
    void issueSizesWhenAsked() throws Exception {
        String target = System.getProperty("timeline.bench");
        if (target == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            TimelineBenchmark.Result r = WaitForAsyncUtils.asyncFx(() -> TimelineBenchmark.run(n, 1600, 900)).get();
            lines.add(String.format(java.util.Locale.ROOT,
                    "events=%d build_ms=%.1f redraw_ms=%.2f zoom_ms=%.2f rendered_redraw_ms=%.2f",
                    n, r.buildMs(), r.redrawMs(), r.zoomMs(), r.renderedRedrawMs()));
        }
        Files.write(Path.of(target), lines);
    }
}

package org.parallax.chart;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.ui.common.Theme;
import org.parallax.ui.compare.CoverageChart;
import org.parallax.ui.timeline.TimelineChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The command line exports in each colour role's light value ({@code TimelineColour.light()},
 * {@code CoverageColour.light()}); the window takes the same roles from the {@code -px-*} tokens. This keeps the two
 * from drifting apart: in the light theme, every role the stylesheets resolve equals its light value.
 */
@ExtendWith(ApplicationExtension.class)
class ChartColoursMatchTokensTest {

    private TimelineChart timeline;
    private CoverageChart coverage;

    @Start
    void start(Stage stage) {
        timeline = new TimelineChart();
        coverage = new CoverageChart();
        Scene scene = new Scene(new VBox(timeline, coverage), 400, 300);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyTimelineRoleInTheLightThemeIsItsLightValue(FxRobot robot) {
        robot.interact(() -> timeline.applyCss());
        SoftAssertions soft = new SoftAssertions();
        for (TimelineColour c : TimelineColour.values()) {
            soft.assertThat(timeline.getPaint(c).toString()).as(c.cssName()).isEqualTo(c.light().toString()); // to 8 bits a channel
        }
        soft.assertAll();
    }

    @Test
    void everyCoverageRoleInTheLightThemeIsItsLightValue(FxRobot robot) {
        robot.interact(() -> coverage.applyCss());
        SoftAssertions soft = new SoftAssertions();
        for (CoverageColour c : CoverageColour.values()) {
            soft.assertThat(coverage.colours().apply(c).toString()).as(c.cssName()).isEqualTo(c.light().toString());
        }
        soft.assertAll();
    }
}

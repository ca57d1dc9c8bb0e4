package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** No work when nothing changes: an idle coverage chart draws no frame, and one on a hidden tab draws none at all. */
@ExtendWith(ApplicationExtension.class)
class CoverageChartIdleTest {

    private CoverageChart shown;
    private CompareWorkspace workspace;

    private static Corpus corpus() {
        List<Article> articles = new ArrayList<>();
        for (int o = 0; o < 4; o++) {
            articles.add(new Article("a" + o, "a" + o + ".txt", Outlet.of("Outlet " + o), "", LocalDate.of(2020, 1, 1 + o),
                    DateSource.MANIFEST, "", "Text of the article.", List.of()));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(new Event("e" + i, "Event " + i, LocalDate.of(2019, 1, 1).plusDays(i).toString(), null,
                    List.of(new Span("a" + (i % 4), 0, 4), new Span("a" + ((i + 1) % 4), 0, 4))));
        }
        return Corpus.of(articles).withEvents(events);
    }

    @Start
    void start(Stage stage) {
        shown = new CoverageChart();
        ScrollPane scroll = new ScrollPane(shown);
        shown.followViewport(scroll);
        workspace = new CompareWorkspace(); // opens on its Quotes tab: the coverage chart is hidden
        StackPane root = new StackPane(new javafx.scene.layout.VBox(scroll, workspace.node()));
        Scene scene = new Scene(root, 800, 600);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anIdleChartDrawsNothingOverASecond(FxRobot robot) {
        robot.interact(() -> shown.setCorpus(corpus()));
        WaitForAsyncUtils.waitForFxEvents();
        int drawn = shown.frames();
        assertThat(drawn).as("the chart was drawn once it had data").isPositive();

        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.frames() - drawn).as("frames drawn over an idle second").isZero();
    }

    @Test
    void aChartOnAHiddenTabDrawsOnlyWhenShown(FxRobot robot) {
        CoverageChart hidden = workspace.coverageChart();
        robot.interact(() -> workspace.setCorpus(corpus()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hidden.frames()).as("hidden").isZero();

        TabPane tabs = (TabPane) workspace.node();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hidden.frames()).as("shown").isPositive();
    }
}

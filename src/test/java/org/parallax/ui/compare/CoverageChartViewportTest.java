package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
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

/** A coverage chart of thousands of events in a scroll pane: the canvas covers the view, not the whole chart. */
@ExtendWith(ApplicationExtension.class)
class CoverageChartViewportTest {

    private static final int EVENTS = 3000;
    private CoverageChart chart;
    private ScrollPane scroll;

    private static Corpus manyEvents() {
        List<Article> articles = new ArrayList<>();
        for (int o = 0; o < 6; o++) {
            articles.add(new Article("a" + o, "a" + o + ".txt", Outlet.of("Outlet " + o), "", LocalDate.of(2020, 1, 1 + o),
                    DateSource.MANIFEST, "", "Text of the article.", List.of()));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(new Event("e" + i, "Event number " + i, LocalDate.of(2019, 1, 1).plusDays(i % 365).toString(), null,
                    List.of(new Span("a" + (i % 6), 0, 4), new Span("a" + ((i + 1) % 6), 0, 4))));
        }
        return Corpus.of(articles).withEvents(events);
    }

    @Start
    void start(Stage stage) {
        chart = new CoverageChart();
        chart.setCorpus(manyEvents());
        scroll = new ScrollPane(chart);
        chart.followViewport(scroll);
        Scene scene = new Scene(scroll, 900, 600);
        Theme.install(scene, false);
        stage.setScene(scene);
        // TestFX hands every test the one primary stage: a window test before this one (ShellWindow's placement)
        // left it sized explicitly, which a new scene does not undo, so the view would be that window's size
        stage.sizeToScene();
        stage.show();
    }

    /** The one canvas the chart draws on. */
    private Canvas canvas() {
        return chart.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas).map(n -> (Canvas) n)
                .findFirst().orElseThrow();
    }

    @Test
    void theCanvasCoversTheViewAndFollowsTheScroll(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getHeight()).as("the chart itself is tall").isGreaterThan(20_000);
        assertThat(canvas().getHeight()).as("the canvas is not").isLessThanOrEqualTo(600);

        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        double top = canvas().getLayoutY();
        assertThat(top + canvas().getHeight()).isCloseTo(chart.getHeight(), org.assertj.core.data.Offset.offset(2.0));
        // what is drawn there is the chart's bottom: some cell colour, not an empty canvas
        WritableImage[] taken = new WritableImage[1];
        robot.interact(() -> taken[0] = canvas().snapshot(null, null));
        WritableImage shot = taken[0];
        long nonBackground = 0;
        for (int y = 0; y < (int) shot.getHeight(); y += 7) {
            for (int x = 0; x < (int) shot.getWidth(); x += 7) {
                if (!shot.getPixelReader().getColor(x, y).equals(javafx.scene.paint.Color.WHITE)) {
                    nonBackground++;
                }
            }
        }
        assertThat(nonBackground).isGreaterThan(100);
    }
}

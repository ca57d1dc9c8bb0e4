package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The event detail reads the corpus's lookup made off the FX thread: selecting an event builds no index; an event
 * selected before the lookup comes waits for it, and then shows exactly as a detail given the corpus at once.
 */
@ExtendWith(ApplicationExtension.class)
class EventDetailLookupTest {

    private EventDetail detail;
    private EventDetail atOnce;

    @Start
    void start(Stage stage) {
        detail = new EventDetail((article, span) -> { });
        atOnce = new EventDetail((article, span) -> { });
        atOnce.setCorpus(FloodCorpus.CORPUS);
        Scene scene = new Scene(new HBox(detail.node(), atOnce.node()), 800, 500);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private static List<String> texts(FxRobot robot, EventDetail d) {
        return robot.from(d.node()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void anEventWaitsForTheLookupThenShowsAsWithTheCorpusAtOnce(FxRobot robot) {
        robot.interact(() -> {
            detail.awaitLookup(FloodCorpus.CORPUS);
            detail.show(FloodCorpus.FLOOD);
        });
        assertThat(texts(robot, detail)).containsExactly("Reading the articles of this event\u2026");
        robot.interact(() -> detail.setLookup(CorpusLookup.of(FloodCorpus.CORPUS.withEvents(List.of()))));
        assertThat(texts(robot, detail)).as("another corpus's lookup is ignored")
                .containsExactly("Reading the articles of this event\u2026");
        robot.interact(() -> {
            detail.setLookup(CorpusLookup.of(FloodCorpus.CORPUS));
            atOnce.show(FloodCorpus.FLOOD);
        });
        assertThat(texts(robot, detail)).contains(FloodCorpus.FLOOD.label())
                .containsExactlyElementsOf(texts(robot, atOnce));
    }

    @Test
    void aNewCorpusAwaitedDropsTheEventOnShow(FxRobot robot) {
        robot.interact(() -> {
            detail.setCorpus(FloodCorpus.CORPUS);
            detail.show(FloodCorpus.FLOOD);
            detail.awaitLookup(Corpus.EMPTY);
            detail.setLookup(CorpusLookup.EMPTY);
        });
        assertThat(texts(robot, detail)).containsExactly("No dated events in these articles.");
    }
}

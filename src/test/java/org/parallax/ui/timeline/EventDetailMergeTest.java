package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Event;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The event detail says why an event's mentions were merged, and gives a range's both ends. */
@ExtendWith(ApplicationExtension.class)
class EventDetailMergeTest {

    private static final Event MERGED_RANGE = new Event("flood", "The Ebro bursts its banks", "2024-11-04", "floods",
            List.of(FloodCorpus.LEDGER_FLOOD, FloodCorpus.HERALD_FLOOD), false, "2024-11-07",
            List.of("same day, same actor: Ebro", "burst ≈ reach"));
    private static final Event YEARS = new Event("years", "The Ebro bursts its banks", "2016", "floods",
            List.of(FloodCorpus.LEDGER_FLOOD), false, "2018", List.of());

    private EventDetail detail;

    @Start
    void start(Stage stage) {
        detail = new EventDetail((article, span) -> { });
        detail.setCorpus(FloodCorpus.CORPUS.withEvents(List.of(MERGED_RANGE, FloodCorpus.EVACUATION, YEARS)));
        Scene scene = new Scene((Parent) detail.node(), 400, 500);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private List<String> texts(FxRobot robot, String styleClass) {
        return robot.from(detail.node()).lookup("." + styleClass).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void anEventWithReasonsSaysWhyItsMentionsWereMerged(FxRobot robot) {
        robot.interact(() -> detail.show(MERGED_RANGE));
        assertThat(texts(robot, Styles.MERGE_REASONS))
                .containsExactly("Merged: same day, same actor: Ebro \u00b7 burst ≈ reach");
        assertThat(texts(robot, Styles.EVENT_META)).singleElement().asString()
                .startsWith("4 \u2013 7 November 2024 · ");
    }

    @Test
    void anEventWithoutReasonsHasNoMergeLine(FxRobot robot) {
        robot.interact(() -> detail.show(FloodCorpus.EVACUATION));
        assertThat(texts(robot, Styles.MERGE_REASONS)).isEmpty();
        assertThat(texts(robot, Styles.EVENT_META)).singleElement().asString().startsWith("5 November 2024 · ");
    }

    @Test
    void aRangeOfYearsGivesBothYears(FxRobot robot) {
        robot.interact(() -> detail.show(YEARS));
        assertThat(texts(robot, Styles.EVENT_META)).singleElement().asString().startsWith("2016 \u2013 2018 · ");
        assertThat(texts(robot, Styles.MERGE_REASONS)).isEmpty();
    }

    @Test
    void rangeEndsShareOnlyTheirMonthAndYear() {
        Event months = new Event("m", "m", "2015-10", null, List.of(), false, "2015-12", List.of());
        Event days = new Event("d", "d", "2015-10-30", null, List.of(), false, "2015-11-02", List.of());
        Event mornings = new Event("p", "p", "2015-10-20TMO", null, List.of(), false, "2015-10-21TMO", List.of());
        assertThat(EventDetail.dateText(months)).isEqualTo("October \u2013 December 2015");
        assertThat(EventDetail.dateText(days)).isEqualTo("30 October \u2013 2 November 2015");
        assertThat(EventDetail.dateText(mornings)).isEqualTo("20 October 2015, morning \u2013 21 October 2015, morning");
    }
}

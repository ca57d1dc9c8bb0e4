package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Outlet;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The outlets and speakers the timeline's filter offers are listed by the window's runner, not on the FX thread when a
 * corpus arrives; and the events' quotes are made once per corpus, by the timeline's layout (or the filter's predicate
 * within it), and read by the tooltips and the search: the search's index never waits for them, nor does a task of the
 * tooltips.
 */
@ExtendWith(ApplicationExtension.class)
class FilterPreparationTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final FakeCorpusSource source = new FakeCorpusSource();

    @Start
    void start(Stage stage) {
        CorpusPreparationTest.openBundled(stage, runner, source, FloodCorpus.CORPUS);
    }

    private void arrive(FxRobot robot) {
        CorpusPreparationTest.arrive(robot, runner);
    }

    @Test
    void theFilterListsOutletsAndSpeakersFromTheRunner(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        assertThat(runner.pending()).extracting(h -> h.key()).contains(CorpusPreparation.CHOICES_KEY);
        assertThat(parts.outletChecks().getItems()).as("nothing listed on the FX thread").isEmpty();
        assertThat(parts.speakerChecks().getItems()).isEmpty();
        assertThat(parts.timeline().getOutlets()).isEmpty();

        robot.interact(() -> runner.runFirst(CorpusPreparation.CHOICES_KEY));
        assertThat(runner.pending()).extracting(h -> h.key()).as("before the lookup").contains(CorpusPreparation.KEY);
        assertThat(parts.outletChecks().getItems()).extracting(Outlet::name)
                .containsExactly("Capital Post", "Evening Herald", "Valley Ledger");
        assertThat(parts.speakerChecks().getItems()).containsExactly("Inés Muñoz", "Tom Hale");
        assertThat(parts.timeline().getOutlets()).hasSize(3);
    }

    @Test
    void theTooltipsReadTheEventsQuotesTheLayoutMade(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> runner.runFirst(CorpusPreparation.CHOICES_KEY));
        robot.interact(() -> runner.runFirst("search-index"));
        assertThat(parts.timeline().getFindings().quotes().isMade()).as("the search's index does not wait for them")
                .isFalse();
        robot.interact(() -> runner.runFirst(CorpusPreparation.KEY));
        assertThat(parts.timeline().getQuoteSpeakers().line(FloodCorpus.EVACUATION)).as("not made yet: nobody named")
                .isEmpty();
        CorpusPreparationTest.runAllButLayouts(robot, runner);
        assertThat(parts.timeline().getFindings().quotes().isMade()).as("no task but the layout makes them").isFalse();
        runLayouts(robot);
        assertThat(parts.timeline().getFindings().quotes().isMade()).isTrue();
        assertThat(parts.timeline().getQuoteSpeakers().line(FloodCorpus.EVACUATION)).isEqualTo("Speakers: Tom Hale");
        int at = parts.timeline().getData().indexOf(FloodCorpus.EVACUATION);
        assertThat(parts.timeline().getData().quoteCount(at)).isPositive().isEqualTo(
                EventQuotes.of(FloodCorpus.CORPUS.events(), FloodCorpus.CORPUS.quotes()).count(FloodCorpus.EVACUATION));
    }

    private void runLayouts(FxRobot robot) {
        while (runner.pending().stream().anyMatch(h -> h.key() != null && h.key().startsWith("timeline-data"))) {
            robot.interact(() -> runner.runFirst(runner.pending().stream().map(h -> h.key())
                    .filter(k -> k != null && k.startsWith("timeline-data")).findFirst().orElseThrow()));
        }
    }

    @Test
    void theTooltipsReadTheEventsQuotesTheFilterMade(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> runner.runFirst(CorpusPreparation.CHOICES_KEY));
        robot.interact(() -> parts.speakerChecks().getCheckModel().clearCheck("Tom Hale")); // hides his events
        runLayouts(robot);
        assertThat(parts.timeline().getData().indexOf(FloodCorpus.EVACUATION)).as("hidden by its speaker").isNegative();
        assertThat(parts.timeline().getFindings().quotes().isMade()).as("made by the layout's filter").isTrue();
        robot.interact(() -> runner.runFirst(CorpusPreparation.KEY));
        assertThat(runner.pending()).extracting(h -> h.key()).as("the tooltips' speakers need no task of their own")
                .doesNotContain(CorpusPreparation.KEY).allMatch(k -> k == null || !k.startsWith("timeline-data"));
        assertThat(parts.timeline().getQuoteSpeakers().line(FloodCorpus.EVACUATION)).isEqualTo("Speakers: Tom Hale");
    }
}

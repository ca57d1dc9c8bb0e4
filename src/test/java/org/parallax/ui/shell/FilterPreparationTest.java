package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Outlet;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The outlets and speakers the timeline's filter offers are listed by the window's runner, not on the FX thread when a
 * corpus arrives; and the events' quotes are made once per corpus, by whichever of the search, the filter and the
 * tooltips needs them first, and read by the others.
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
    void theTooltipsReadTheEventsQuotesTheSearchMade(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> runner.runFirst(CorpusPreparation.CHOICES_KEY));
        robot.interact(() -> runner.runFirst("search-index"));
        robot.interact(() -> runner.runFirst(CorpusPreparation.KEY));
        assertThat(runner.submittedKeys()).as("no second index of the events' quotes")
                .doesNotContain("corpus-event-quotes");
        assertThat(parts.timeline().getQuoteSpeakers().line(FloodCorpus.EVACUATION)).isEqualTo("Speakers: Tom Hale");
    }

    @Test
    void theTooltipsReadTheEventsQuotesTheFilterMade(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> runner.runFirst(CorpusPreparation.CHOICES_KEY));
        robot.interact(() -> parts.speakerChecks().getCheckModel().clearCheck("Tom Hale")); // hides his events
        while (runner.pending().stream().anyMatch(h -> h.key() != null && h.key().startsWith("timeline-data"))) {
            robot.interact(() -> runner.runFirst(runner.pending().stream().map(h -> h.key())
                    .filter(k -> k != null && k.startsWith("timeline-data")).findFirst().orElseThrow()));
        }
        assertThat(parts.timeline().getData().indexOf(FloodCorpus.EVACUATION)).as("hidden by its speaker").isNegative();
        robot.interact(() -> runner.runFirst(CorpusPreparation.KEY));
        assertThat(runner.submittedKeys()).doesNotContain("corpus-event-quotes");
        assertThat(parts.timeline().getQuoteSpeakers().line(FloodCorpus.EVACUATION)).isEqualTo("Speakers: Tom Hale");
    }
}

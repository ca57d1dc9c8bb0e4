package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The figures are compared in their own task, after the comparisons' preparation: the quotes and the coverage do not
 * wait for them, and until they come the table shows no row of the corpus before, even for an event chosen meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWorkspaceFiguresTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private CompareWorkspace workspace;

    @Start
    void start(Stage stage) {
        workspace = new CompareWorkspace();
        workspace.setRunner(runner);
    }

    @Test
    void theQuotesComeBeforeTheFiguresAndTheTableNeverShowsTheCorpusBeforesRows(FxRobot robot) {
        Corpus first = SampleCorpus.get();
        robot.interact(() -> workspace.setCorpus(first));
        robot.interact(runner::runAll);
        FigureTable table = workspace.figureTable();
        assertThat(table.shownRows()).isNotEmpty();
        Corpus second = first.withEvents(first.events()); // another corpus, the same events
        Event event = second.events().get(0);
        robot.interact(() -> workspace.setCorpus(second));
        assertThat(runner.pending()).extracting(h -> h.key()).as("the figures' own task, after the comparisons'")
                .containsSubsequence("compare-workspace", CompareWorkspace.FIGURES_KEY);
        assertThat(table.shownRows()).as("no row of the corpus before").isEmpty();
        assertThat(table.summaryText()).isEqualTo(FigureTable.COMPARING);
        robot.interact(() -> runner.runFirst("compare-workspace"));
        assertThat(workspace.quotesList().shown()).as("the quotes do not wait for the figures").isNotEmpty();
        robot.interact(() -> workspace.figureTable().showEvent(event));
        assertThat(table.shownRows()).as("an event of the new corpus, its figures not compared yet").isEmpty();
        robot.interact(() -> runner.runFirst(CompareWorkspace.FIGURES_KEY));
        assertThat(table.shownRows()).as("the event chosen meanwhile, its rows")
                .containsExactlyElementsOf(FigureRows.of(second).rows(event));
    }
}

package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A lookup or filter choices the worker fails to make leave no view waiting: the list, the event detail, the filter and
 * the timeline still get the corpus.
 */
@ExtendWith(ApplicationExtension.class)
class CorpusPreparationFailureTest {

    private static final Event EVENT = CorpusPreparationTest.EVENT;

    private final HeldTaskRunner held = new HeldTaskRunner();
    private final FakeCorpusSource source = new FakeCorpusSource();

    @Start
    void start(Stage stage) {
        held.failWork(CorpusPreparation.KEY);
        held.failWork(CorpusPreparation.CHOICES_KEY);
        source.bundled = new LoadResult(Corpus.of(List.of(ShellWindowTest.MOSCOW, ShellWindowTest.UNTITLED,
                ShellWindowTest.EARLIER, ShellWindowTest.SOCHI)).withEvents(List.of(EVENT)), List.of());
        ShellWindow window = new ShellWindow(stage, new ShellServices(held, source,
                new InMemorySettings(), (owner, initial) -> Optional.empty(), url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
    }

    @Test
    void theViewsGetTheCorpusWhenTheWorkerCouldNotPrepareIt(FxRobot robot) {
        while (held.pending().stream().anyMatch(h -> ShellModel.LOAD_KEY.equals(h.key()))) {
            robot.interact(held::runNext);
        }
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> parts.timeline().setSelectedEvent(EVENT));
        robot.interact(held::runAll);
        assertThat(parts.shownArticles()).containsExactly(ShellWindowTest.EARLIER, ShellWindowTest.UNTITLED,
                ShellWindowTest.MOSCOW, ShellWindowTest.SOCHI);
        assertThat(parts.eventMentions()).hasSize(1);
        assertThat(parts.outletChecks().getItems()).as("the filter's outlets listed here instead")
                .containsExactly(Outlet.of("Rise News"), Outlet.of("Sputnik"), Outlet.UNKNOWN);
        assertThat(parts.timeline().getData().indexOf(EVENT)).as("the timeline laid out").isZero();
        assertThat(parts.selectedArticle()).as("the wish to open the event's article kept")
                .isEqualTo(ShellWindowTest.UNTITLED);
    }
}

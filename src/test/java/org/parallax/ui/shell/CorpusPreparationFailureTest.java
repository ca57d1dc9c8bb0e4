package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.parallax.ui.concurrent.TaskHandle;
import org.parallax.ui.concurrent.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lookup the worker fails to make leaves no view waiting: the list and the event detail still get the corpus. */
@ExtendWith(ApplicationExtension.class)
class CorpusPreparationFailureTest {

    private static final Event EVENT = CorpusPreparationTest.EVENT;

    private final HeldTaskRunner held = new HeldTaskRunner();
    private final FakeCorpusSource source = new FakeCorpusSource();

    @Start
    void start(Stage stage) {
        source.bundled = new LoadResult(Corpus.of(List.of(ShellWindowTest.MOSCOW, ShellWindowTest.UNTITLED,
                ShellWindowTest.EARLIER, ShellWindowTest.SOCHI)).withEvents(List.of(EVENT)), List.of());
        ShellWindow window = new ShellWindow(stage, new ShellServices(new FailingLookups(held), source,
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
        assertThat(parts.selectedArticle()).as("the wish to open the event's article kept")
                .isEqualTo(ShellWindowTest.UNTITLED);
    }

    /** A runner whose corpus lookups fail on the worker; all else it leaves to {@code held}. */
    private record FailingLookups(HeldTaskRunner held) implements TaskRunner {

        @Override
        public <T> TaskHandle submit(String key, String description, Work<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
            Work<T> failing = p -> {
                throw new IllegalStateException("no lookup");
            };
            return held.submit(key, description, "corpus-lookup".equals(key) ? failing : work, onSuccess, onFailure);
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return held.runningProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return held.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return held.messageProperty();
        }

        @Override
        public void shutdown() {
            held.shutdown();
        }
    }
}

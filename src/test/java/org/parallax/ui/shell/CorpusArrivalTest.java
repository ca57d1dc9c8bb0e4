package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.timeline.TimelineFindings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A corpus that arrives is told from the one on show without comparing the two on the FX thread (a corpus's
 * {@code equals} walks all its articles, quotes and events: most of 100,000 articles after a correction); a folder
 * reopened unchanged is still not prepared again. On the production runner: its workers are threads of their own.
 */
@ExtendWith(ApplicationExtension.class)
class CorpusArrivalTest {

    /** A figure's value that notes every thread that compares it: a corpus compared reaches its claims. */
    private static final class ComparedOn extends BigDecimal {
        static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();

        ComparedOn(String value) {
            super(value);
        }

        @Override
        public boolean equals(Object other) {
            THREADS.add(Thread.currentThread());
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    private final FxTaskRunner runner = new FxTaskRunner();
    private final FakeCorpusSource source = new FakeCorpusSource();
    private ShellWindow window;
    private int told;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ShellWindow(stage, new ShellServices(runner, source, new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { }), false);
        window.model().corpusProperty().addListener((o, old, now) -> told++);
        window.show();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    /**
     * Two articles, the first titled {@code title}, a figure in it and an event. A record compares its parts last
     * first, so a corpus compared with one of other titles reaches the figure before it tells the articles apart.
     */
    private static Corpus corpus(String title) {
        Article moscow = ShellWindowTest.MOSCOW;
        Article untitled = ShellWindowTest.UNTITLED;
        Claim figure = new Claim("c1", new Span(moscow.id(), 0, 5), "Assad", new ComparedOn("3"), "visits");
        Event event = new Event("e1", "Assad visits Moscow", "2015-10-20", null,
                List.of(new Span(untitled.id(), 0, 5)));
        return Corpus.of(List.of(new Article(moscow.id(), moscow.file(), moscow.outlet(), title, moscow.published(),
                        moscow.publishedFrom(), moscow.url(), moscow.text(), moscow.removedLines()), untitled))
                .withClaims(List.of(figure)).withEvents(List.of(event));
    }

    /** Opens the folder, which now holds {@code corpus}, and waits until its answer and all it started are done. */
    private void open(FxRobot robot, Corpus corpus) throws Exception {
        Path abs = folder.toAbsolutePath().normalize();
        source.folders.put(abs, new LoadResult(corpus, List.of()));
        robot.interact(() -> window.open(new LoadRequest.Folder(abs)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.model().loadingProperty().get()
                && !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCorpusOfTheSameArticlesIsNeverComparedOnTheFxThread(FxRobot robot) throws Exception {
        open(robot, corpus("Assad in Moscow"));
        assertThat(told).isEqualTo(1);
        ComparedOn.THREADS.clear();

        Corpus retitled = corpus("Assad flies to Moscow"); // the same articles and findings, one retitled
        open(robot, retitled);
        assertThat(window.model().corpus()).isSameAs(retitled);
        assertThat(told).as("a corpus that differs is on show").isEqualTo(2);
        Thread fx = WaitForAsyncUtils.asyncFx(Thread::currentThread).get();
        assertThat(ComparedOn.THREADS).as("compared on the worker that made it, if at all").doesNotContain(fx);
        assertThat(Platform.isFxApplicationThread()).isFalse();
    }

    @Test
    void aFolderReopenedUnchangedIsNotPreparedAgain(FxRobot robot) throws Exception {
        Corpus first = corpus("Assad in Moscow");
        open(robot, first);
        TimelineFindings findings = new WindowParts(robot).timeline().getFindings();
        assertThat(findings.events()).hasSize(1);

        open(robot, corpus("Assad in Moscow")); // equal, not the same object: read from disk again
        assertThat(window.model().corpus()).as("the corpus on show stays").isSameAs(first);
        assertThat(told).isEqualTo(1);
        assertThat(new WindowParts(robot).timeline().getFindings()).as("not prepared again").isSameAs(findings);
    }
}

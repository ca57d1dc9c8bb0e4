package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.ui.shell.CorpusSource;

/** The bundled corpus opened ahead of the window: begun at once, handed over once, its progress and cancel relayed. */
class HeadStartTest {

    /** A source that counts its openings; the bundled one tells progress, waits for {@code go}, then asks again. */
    private static final class Source implements CorpusSource {
        final AtomicInteger bundled = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch go = new CountDownLatch(1);
        volatile Thread openedOn;

        @Override
        public LoadResult loadBundled(LoadProgress progress) {
            openedOn = Thread.currentThread();
            bundled.incrementAndGet();
            progress.fileDone(1, 5, "000.txt");
            started.countDown();
            try {
                go.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.fileDone(2, 5, "001.txt");
            return new LoadResult(Corpus.EMPTY, List.of());
        }

        @Override
        public LoadResult loadFolder(Path folder, LoadProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LoadResult loadFiles(List<Path> files, LoadProgress progress) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theBundledCorpusOpensBeforeTheWindowAsksAndIsHandedOverOnceWithItsProgress() throws Exception {
        Source source = new Source();
        HeadStart head = HeadStart.begin(List.of(), () -> source);
        assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue(); // nobody asked yet
        List<String> heard = new CopyOnWriteArrayList<>();
        source.go.countDown();
        head.loadBundled((done, total, file) -> heard.add(done + "/" + total + " " + file));
        assertThat(heard).contains("2/5 001.txt");
        assertThat(source.bundled).hasValue(1);
        head.loadBundled(LoadProgress.NONE); // a later reopening opens again
        assertThat(source.bundled).hasValue(2);
    }

    @Test
    void theOpeningAheadNeverRunsOnTheLaunchersThreadEvenWhenTheSourceIsReadyAtOnce() throws Exception {
        for (int i = 0; i < 20; i++) { // the source is made in no time: a race a synchronous hand-over would lose
            Source source = new Source();
            source.go.countDown();
            HeadStart.begin(List.of(), () -> source);
            assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(source.openedOn).isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void aWindowThatOpensAFolderGetsNoBundledOpening() throws Exception {
        Source source = new Source();
        source.go.countDown();
        HeadStart head = HeadStart.begin(List.of("/some/folder"), () -> source);
        assertThat(head.cache()).isEmpty(); // the source is made
        assertThat(source.bundled).hasValue(0);
    }

    @Test
    void aCancelFromTheWindowUnwindsTheOpeningBegunAhead() throws Exception {
        Source source = new Source();
        HeadStart head = HeadStart.begin(List.of(), () -> source);
        assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            source.go.countDown();
        });
        release.start();
        assertThatThrownBy(() -> head.loadBundled((done, total, file) -> {
            throw new CancellationException("opening cancelled");
        })).isInstanceOf(CancellationException.class);
        release.join();
    }
}

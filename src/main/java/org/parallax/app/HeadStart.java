package org.parallax.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.store.ExtractionCache;
import org.parallax.store.TwoStageOverlay;
import org.parallax.ui.shell.CorpusSource;
import org.parallax.ui.shell.LoadRequest;

/**
 * The window's corpus source, made and put to work before JavaFX starts: launched on the bundled corpus, the models
 * load and the corpus opens on a thread of its own while the toolkit starts and the window is built, and the window's
 * first opening of the bundled corpus takes that result (its progress told to the window from then on, and a cancel
 * from the window still unwinding it). Every other opening goes to the source as it is asked.
 */
final class HeadStart implements CorpusSource {

    private final CompletableFuture<CorpusSource> source;
    /** The bundled corpus opening ahead of the window, or null when the window opens something else. */
    private final CompletableFuture<LoadResult> bundled;
    private final Relay relay = new Relay();
    private final AtomicBoolean taken = new AtomicBoolean();

    private HeadStart(Supplier<CorpusSource> make, boolean openBundled) {
        source = CompletableFuture.supplyAsync(make, HeadStart::onItsOwnThread);
        // async: a plain thenApply would open the corpus on the caller's (the launcher's) thread whenever the source
        // is made before it gets here, holding the window back for the whole extraction
        bundled = openBundled ? source.thenApplyAsync(s -> s.loadBundled(relay), HeadStart::onItsOwnThread) : null;
    }

    /**
     * Makes the source on a thread of its own at once and, when {@code args} name nothing (the window opens the bundled
     * corpus), opens the bundled corpus on it too.
     */
    static HeadStart begin(List<String> args, Supplier<CorpusSource> make) {
        return new HeadStart(make, LoadRequest.fromArguments(args) instanceof LoadRequest.Bundled);
    }

    private static void onItsOwnThread(Runnable work) {
        Thread t = new Thread(work, "parallax-head-start");
        t.setDaemon(true);
        t.start();
    }

    private CorpusSource source() {
        return join(source);
    }

    @Override
    public LoadResult loadBundled(LoadProgress progress) {
        if (bundled != null && taken.compareAndSet(false, true)) {
            relay.attach(progress);
            return join(bundled);
        }
        return source().loadBundled(progress);
    }

    @Override
    public LoadResult loadFolder(Path folder, LoadProgress progress) {
        return source().loadFolder(folder, progress);
    }

    @Override
    public LoadResult loadFiles(List<Path> files, LoadProgress progress) {
        return source().loadFiles(files, progress);
    }

    @Override
    public TwoStageOverlay.Reextraction reextraction() {
        return (corpus, changed) -> source().reextraction().again(corpus, changed);
    }

    @Override
    public Optional<ExtractionCache> cache() {
        return source().cache();
    }

    /** The result, or what it failed with as thrown (a cancel stays a cancel). */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Progress of the opening begun ahead: kept until the window asks for it, then passed on as it comes. */
    static final class Relay implements LoadProgress {
        private record Step(int done, int total, String file) { }

        private volatile LoadProgress target;
        /** The last step, as one value: the window never hears a done of one step with the file of another. */
        private final AtomicReference<Step> last = new AtomicReference<>();

        @Override
        public void fileDone(int done, int total, String file) {
            last.set(new Step(done, total, file));
            LoadProgress t = target;
            if (t != null) {
                t.fileDone(done, total, file);
            }
        }

        /** From now on progress goes to {@code to}, which hears at once how far the opening has come. */
        void attach(LoadProgress to) {
            target = to;
            Step step = last.get();
            if (step != null) {
                to.fileDone(step.done(), step.total(), step.file());
            }
        }
    }
}

package org.parallax.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one job per item on all cores but hands results back in the items' order, on the calling thread, so a
 * corpus loads the same way every time and progress is reported where the caller expects it. Kept apart from
 * {@code work.EveryCore} (decision 0102): a load stops when its thread is interrupted, turns a file's failure into its
 * result, and, read through {@code EveryCore} (the common pool's threads and the calling thread), took as much CPU but
 * a quarter more wall time on the shared two cores.
 */
final class OrderedWork {

    private OrderedWork() {
    }

    /**
     * @param work      the job; runs on a worker thread
     * @param onFailure what an item gives when its job threw anyway (an Error, say)
     * @param done      told on the calling thread after each item, in order, with the 0-based index
     * @return the results in item order; shorter than {@code items} if the calling thread was interrupted
     */
    static <S, T> List<T> map(List<S> items, Function<S, T> work, BiFunction<S, Throwable, T> onFailure,
                              BiConsumer<Integer, S> done) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
        List<T> results = new ArrayList<>(items.size());
        if (threads <= 1) {
            for (int i = 0; i < items.size() && !Thread.currentThread().isInterrupted(); i++) {
                S item = items.get(i);
                results.add(runSafely(item, work, onFailure));
                done.accept(i, item);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallax-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(items.size());
            for (S item : items) {
                futures.add(pool.submit(() -> runSafely(item, work, onFailure)));
            }
            // A finished future does not look at the interrupt flag, so the loop does.
            for (int i = 0; i < items.size() && !Thread.currentThread().isInterrupted(); i++) {
                S item = items.get(i);
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(onFailure.apply(item, e.getCause()));
                }
                done.accept(i, item);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller cancelled: stop, and let it see why
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <S, T> T runSafely(S item, Function<S, T> work, BiFunction<S, Throwable, T> onFailure) {
        try {
            return work.apply(item);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vm && !(e instanceof StackOverflowError)) {
                throw vm; // out of memory: nothing sensible left to do here
            }
            return onFailure.apply(item, e);
        }
    }
}

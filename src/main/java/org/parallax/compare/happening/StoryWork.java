package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work done story by story on every core, each story's result in the stories' order whatever thread made it.
 *
 * <p>A parallel stream over the stories split them into a few runs of neighbours, and the bench's stories of many
 * articles all come first (a story is numbered by its first article, and the first articles are one replica of each
 * seed): one thread got them all while the other finished the runs of lone articles at once. The stories' own
 * parallel streams then left the calling thread idle, since a thread outside the pool helps only the tasks of the
 * stream it waits on, not those of a stream started inside one of its tasks; the coverages step kept 1.25–1.85
 * cores busy. Here every core pulls the next story, largest first, until none is left, so the cores part only at
 * the last story; a story too large for that (an eighth or more of the articles) is done first, on its own, on
 * every core.
 */
final class StoryWork {

    /** A story holding this share of all articles or more is worked on every core on its own. */
    static final int LARGE_SHARE = 8;

    private StoryWork() {
    }

    /**
     * {@code work} applied to each story of {@code sizes.length} (its size, what it is worth), in story order; {@code
     * work} is given the story's index and whether it runs alone, so that it may use every core itself.
     */
    static <T> List<T> each(int[] sizes, BiFunction<Integer, Boolean, T> work) {
        int n = sizes.length;
        long total = Arrays.stream(sizes).asLongStream().sum();
        Object[] out = new Object[n];
        List<Integer> pulled = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (sizes[s] > 1 && (long) sizes[s] * LARGE_SHARE >= total) {
                out[s] = work.apply(s, true);
            } else {
                pulled.add(s);
            }
        }
        pulled.sort(Comparator.comparingInt((Integer s) -> -sizes[s]));
        pull(pulled.stream().mapToInt(Integer::intValue).toArray(), s -> out[s] = work.apply(s, false));
        @SuppressWarnings("unchecked")
        List<T> done = (List<T>) Collections.unmodifiableList(Arrays.asList(out));
        return done;
    }

    /**
     * {@code work} applied to each of {@code order} on every core, each core pulling the next until none is left
     * (so give the largest first); returns when all are done, what {@code work} wrote then seen by the caller.
     */
    static void pull(int[] order, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        // one puller per core: a calling thread outside the pool runs one itself, the pool's threads the others (a
        // pool's own thread runs in its pool: a test's pool of four gives four)
        int pullers = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism()
                : ForkJoinPool.getCommonPoolParallelism() + 1;
        IntStream.range(0, pullers).parallel().forEach(puller -> {
            try {
                for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                    work.accept(order[k]);
                }
            } catch (RuntimeException | Error e) {
                next.set(order.length); // the other pullers stop at their next one: the failure comes back at once
                throw e;
            }
        });
    }
}

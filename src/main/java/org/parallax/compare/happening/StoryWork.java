package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.parallax.work.EveryCore;

/**
 * Work done story by story on every core, each story's result in the stories' order whatever thread made it.
 *
 * <p>A parallel stream over the stories split them into a few runs of neighbours, and the bench's stories of many
 * articles all come first (a story is numbered by its first article, and the first articles are one replica of each
 * seed): one thread got them all while the other finished the runs of lone articles at once. The stories' own
 * parallel streams then left the calling thread idle, since a thread outside the pool helps only the tasks of the
 * stream it waits on, not those of a stream started inside one of its tasks; the coverages step kept 1.25–1.85
 * cores busy. Here every core pulls the next story, largest first, until none is left, so the cores part only at
 * the last story ({@link EveryCore#each}); a story too large for that (an eighth or more of the articles) is done
 * first, on its own, on every core.
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
        EveryCore.each(pulled.size(), k -> {
            int s = pulled.get(k);
            out[s] = work.apply(s, false);
        });
        @SuppressWarnings("unchecked")
        List<T> done = (List<T>) Collections.unmodifiableList(Arrays.asList(out));
        return done;
    }
}

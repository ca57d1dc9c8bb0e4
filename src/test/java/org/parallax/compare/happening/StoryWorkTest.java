package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryWorkTest {

    @Test
    void everyStoryIsWorkedOnceAndItsResultGivenInStoryOrder() {
        Random random = new Random(98);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(40);
            int[] sizes = new int[n];
            for (int s = 0; s < n; s++) {
                // mostly lone articles and a few stories of many, now and then one of an eighth or more of all
                sizes[s] = random.nextInt(4) == 0 ? 1 + random.nextInt(random.nextBoolean() ? 80 : 8) : 1;
            }
            long total = IntStream.of(sizes).sum();
            AtomicIntegerArray calls = new AtomicIntegerArray(n);
            Map<Integer, Boolean> alone = new ConcurrentHashMap<>();
            List<String> got = StoryWork.each(sizes, (s, on) -> {
                calls.incrementAndGet(s);
                alone.put(s, on);
                return "story " + s + " of " + sizes[s];
            });
            List<String> expected = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                expected.add("story " + s + " of " + sizes[s]);
                assertThat(calls.get(s)).as("calls of story %d", s).isEqualTo(1);
                assertThat(alone.get(s)).as("story %d of %d alone", s, sizes[s])
                        .isEqualTo(sizes[s] > 1 && sizes[s] * (long) StoryWork.LARGE_SHARE >= total);
            }
            assertThat(got).isEqualTo(expected);
        }
    }

    @Test
    void theResultsCannotBeChanged() {
        assertThat(StoryWork.each(new int[] {1, 2}, (s, on) -> s)).isUnmodifiable();
    }

    /**
     * The bench's stories: the many-article ones first, then hundreds of lone articles. A parallel stream over them
     * gave every large story to the thread of its first run of neighbours; pulled largest first they are shared.
     */
    @Test
    void theLargeStoriesFirstInOrderAreSharedByTheCores() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: nothing to share");
        int[] sizes = new int[520];
        for (int s = 0; s < sizes.length; s++) {
            sizes[s] = s < 20 ? 60 : 1;
        }
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        StoryWork.each(sizes, (s, alone) -> {
            if (sizes[s] > 1) {
                workers.add(Thread.currentThread());
                long until = System.nanoTime() + 20_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // busy, as reading and tagging a story is
                }
            }
            return s;
        });
        assertThat(workers).hasSizeGreaterThanOrEqualTo(2);
    }
}

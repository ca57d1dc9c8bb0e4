package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
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

    /**
     * A story whose work fails stops the others' pulling: the failure comes back without every story worked. Each
     * story takes a millisecond, as real ones take more: a failure is known to the other pullers once it is caught,
     * and stories of no work at all could all be pulled while the failing thread makes its exception.
     */
    @Test
    void aFailingStoryStopsThePulling() {
        int[] sizes = new int[2000];
        Arrays.fill(sizes, 1);
        AtomicInteger worked = new AtomicInteger();
        assertThatThrownBy(() -> StoryWork.each(sizes, (s, on) -> {
            if (worked.incrementAndGet() == 10) {
                throw new IllegalStateException("story " + s);
            }
            LockSupport.parkNanos(1_000_000);
            return s;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(worked.get()).isLessThan(1000);
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

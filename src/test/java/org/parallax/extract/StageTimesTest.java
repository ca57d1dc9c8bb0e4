package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stage times: sums per stage in the order first timed, and a snapshot taken while new stages are added. */
class StageTimesTest {

    @Test
    void sumsPerStageInTheOrderFirstTimed() {
        StageTimes times = new StageTimes(() -> 0);
        times.add("timex", 5);
        times.add("figures", 2);
        times.add("timex", 7);
        assertThat(times.snapshot()).containsExactly(Map.entry("timex", 12L), Map.entry("figures", 2L));
    }

    @Test
    void aStageTimedAloneKeepsItsWallTimeAndItsProcessCpu() throws Exception {
        long[] cpu = {100};
        StageTimes times = new StageTimes(() -> cpu[0]);
        times.timeAlone("events", () -> {
            cpu[0] += 40;
            sleep(30);
            return null;
        });
        times.time("timex", () -> null); // timed on its thread: no wall time kept
        times.timeAlone("coverages", () -> null);
        times.timeAlone("events", () -> null);
        assertThat(times.snapshot()).containsEntry("events", 40L);
        Map<String, Long> walls = times.walls();
        assertThat(walls.keySet()).containsExactly("events", "coverages");
        assertThat(walls.get("events")).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(30));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSnapshotWhileStagesAreAddedSeesEveryStageItListsWithItsTime() throws Exception {
        StageTimes times = new StageTimes(() -> 0);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> adders = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                adders.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        times.add("stage-" + (2 * i + offset), 1);
                    }
                }));
            }
            Future<Integer> snapshots = pool.submit(() -> {
                int seen = 0;
                while (!adders.stream().allMatch(Future::isDone)) {
                    Map<String, Long> s = times.snapshot(); // threw a NullPointerException between the two maps
                    assertThat(s.values()).allMatch(v -> v == 0L || v == 1L); // 0: entered, its time not yet added
                    seen = Math.max(seen, s.size());
                }
                return seen;
            });
            for (Future<?> f : adders) {
                f.get(60, TimeUnit.SECONDS);
            }
            snapshots.get(60, TimeUnit.SECONDS);
            assertThat(times.snapshot()).hasSize(40_000);
        } finally {
            pool.shutdownNow();
        }
    }
}

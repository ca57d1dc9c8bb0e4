package org.parallax.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ForkedTaskTest {

    /**
     * The caller throws before it joins: its task, forked on the pool's only worker, is cancelled and never runs
     * (without the cancel the worker would run it once the caller's task ended), and the caller's exception goes on.
     */
    @Test
    void aCallerThatThrowsLeavesNoTaskToRun() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            AtomicInteger ran = new AtomicInteger();
            Future<Integer> caller = pool.submit(() -> {
                try (ForkedTask<Integer> task = ForkedTask.fork(ran::incrementAndGet)) {
                    throw new IllegalStateException("the caller failed");
                }
            });

            ExecutionException thrown = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> caller.get(10, TimeUnit.SECONDS));
            assertThat(thrown).hasRootCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("the caller failed");
            assertThat(pool.awaitQuiescence(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran.get()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Joined, the task gives its result, and closing it then changes nothing. */
    @Test
    void aJoinedTaskGivesItsResult() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            AtomicInteger ran = new AtomicInteger();
            int got = pool.submit(() -> {
                try (ForkedTask<Integer> task = ForkedTask.fork(ran::incrementAndGet)) {
                    return task.join() * 10;
                }
            }).get(10, TimeUnit.SECONDS);

            assertThat(got).isEqualTo(10);
            assertThat(ran.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's own exception reaches the caller that joins it. */
    @Test
    void aTaskThatThrowsThrowsAtTheJoin() {
        try (ForkedTask<Integer> task = ForkedTask.fork(() -> {
            throw new IllegalArgumentException("the task failed");
        })) {
            org.assertj.core.api.Assertions.assertThatThrownBy(task::join)
                    .isInstanceOf(RuntimeException.class).hasStackTraceContaining("the task failed");
        }
    }
}

package org.parallax.work;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinTask;

/**
 * A task forked to run beside the caller's own work, to be used in a try-with-resources: the caller {@link #join}s it
 * when it needs its result, and when anything before that throws, closing it cancels it, so that a task not yet
 * started never runs (holding its inputs and a worker of the pool) and the caller's exception goes on alone. A task
 * already running cannot be stopped: it finishes on its own, its result and its exception dropped.
 */
public final class ForkedTask<T> implements AutoCloseable {

    private final ForkJoinTask<T> task;
    private boolean joined;

    private ForkedTask(ForkJoinTask<T> task) {
        this.task = task;
    }

    /** {@code work} forked in the current pool (the common pool outside one). */
    public static <T> ForkedTask<T> fork(Callable<T> work) {
        return new ForkedTask<>(ForkJoinTask.adapt(work).fork());
    }

    /** The task's result, waited for; its exception, if it threw, thrown here. */
    public T join() {
        joined = true;
        return task.join();
    }

    /** Cancels the task when it was never joined (the caller failed before): it is then cancelled or done. */
    @Override
    public void close() {
        if (!joined) {
            task.cancel(false);
            task.quietlyJoin();
        }
    }
}

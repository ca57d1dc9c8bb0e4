package org.parallax.ui.concurrent;

/** A submitted task, as its submitter sees it. */
public interface TaskHandle {

    /** Stops the task if it still runs; its answer will not be delivered. Safe to call twice. */
    void cancel();

    /** True once cancelled or superseded by a newer task of the same key. */
    boolean isCancelled();

    /** True once the task's answer was delivered, or it was cancelled. */
    boolean isDone();
}

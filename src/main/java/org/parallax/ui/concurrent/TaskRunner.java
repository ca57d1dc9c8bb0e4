package org.parallax.ui.concurrent;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way work leaves the FX thread. A view copies its inputs, submits a {@link Work}, and gets
 * exactly one answer back on the FX thread: the result or the failure, never partial pushes.
 *
 * <p>Submissions that share a {@code key} supersede each other: submitting a new one cancels the
 * older one, whose answer is then never delivered. That is how "a newer load wins" is expressed.
 *
 * <p>The runner's observable state (running, progress, message) follows the most recently submitted
 * task that is still running and is only ever changed on the FX thread, so a status bar can bind to it.
 *
 * <p>{@link FxTaskRunner} is the production implementation; {@link SameThreadTaskRunner} runs the
 * work at once on the calling thread, for tests.
 */
public interface TaskRunner {

    /** Work to run off the FX thread. It may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What a running {@link Work} can tell the user; safe to call from any thread. */
    interface Progress {

        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        /** {@code done} of {@code total} units, with a one-line message; a negative total means unknown. */
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /**
     * Runs {@code work} off the FX thread and answers on the FX thread.
     *
     * @param key         submissions with the same non-null key supersede each other; null for independent work
     * @param description the status message shown until the work reports progress (e.g. "Opening corpus…")
     * @param onSuccess   gets the result, on the FX thread, unless the task was cancelled or superseded
     * @param onFailure   gets what the work threw, on the FX thread, unless cancelled or superseded
     */
    <T> TaskHandle submit(String key, String description, Work<T> work,
                          Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** True while any submitted task is running. */
    ReadOnlyBooleanProperty runningProperty();

    /** Progress of the current task in [0, 1], or -1 when unknown (an indeterminate bar). */
    ReadOnlyDoubleProperty progressProperty();

    /** The current task's message, empty when nothing runs. */
    ReadOnlyStringProperty messageProperty();

    /** Cancels everything and stops accepting work; answers still in flight are dropped. */
    void shutdown();
}

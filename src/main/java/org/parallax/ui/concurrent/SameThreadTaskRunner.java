package org.parallax.ui.concurrent;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} that runs the work at once on the calling thread and answers before
 * {@code submit} returns: deterministic tests without waiting. Progress updates land in the
 * observable state directly; {@link #progressLog()} keeps the last message for assertions.
 */
public final class SameThreadTaskRunner extends ObservableRunner {

    private final StringBuilder log = new StringBuilder();
    private int submitted;
    private boolean shutDown;

    @Override
    public <T> TaskHandle submit(String key, String description, Work<T> work,
                                 Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        submitted++;
        Done handle = new Done();
        if (shutDown) {
            handle.cancelled = true;
            return handle;
        }
        boolean outer = !running.get();
        running.set(true);
        message.set(description == null ? "" : description);
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    progress.set(total > 0 ? (double) done / total : -1);
                    if (text != null) {
                        message.set(text);
                        log.append(text).append('\n');
                    }
                }

                @Override
                public boolean isCancelled() {
                    return handle.cancelled;
                }
            });
        } catch (Exception e) {
            settle(outer);
            onFailure.accept(e);
            return handle;
        }
        settle(outer);
        onSuccess.accept(result);
        return handle;
    }

    private void settle(boolean outer) {
        if (outer) {
            idle();
        }
    }

    /** How many tasks were submitted so far. */
    public int submittedCount() {
        return submitted;
    }

    /** Every progress message reported so far, one a line. */
    public String progressLog() {
        return log.toString();
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }

    private static final class Done implements TaskHandle {
        boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }
}

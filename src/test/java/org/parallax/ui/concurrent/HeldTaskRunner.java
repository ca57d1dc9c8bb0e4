package org.parallax.ui.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A {@link TaskRunner} that holds what is submitted until the test says {@link #runNext()}: a test can look at the
 * window while work is pending, and tell work done by the runner from work done inline. The work and its answer run
 * on the thread that calls {@link #runNext()} (the FX thread, in a UI test). A newer submission of the same key
 * cancels the older, as in {@link FxTaskRunner}.
 */
public final class HeldTaskRunner implements TaskRunner {

    /** One held submission. */
    public final class Held<T> implements TaskHandle {
        private final String key;
        private final String description;
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private boolean cancelled;
        private boolean done;

        Held(String key, String description, Work<T> work, Consumer<? super T> onSuccess,
             Consumer<? super Throwable> onFailure) {
            this.key = key;
            this.description = description;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        public String key() {
            return key;
        }

        public String description() {
            return description;
        }

        void run() {
            T result;
            try {
                if (fails(key)) {
                    throw new IllegalStateException("the work of " + key + " fails, as the test asked");
                }
                result = work.call(Progress.NONE);
            } catch (Exception e) {
                done = true;
                if (!cancelled) {
                    onFailure.accept(e);
                }
                return;
            }
            done = true;
            if (!cancelled) {
                onSuccess.accept(result);
            }
        }

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
            return done || cancelled;
        }
    }

    private final Deque<Held<?>> pending = new ArrayDeque<>();
    private final Set<String> failing = new HashSet<>();
    private final List<String> submittedKeys = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    @Override
    public synchronized <T> TaskHandle submit(String key, String description, Work<T> work,
                                              Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        if (key != null) {
            pending.stream().filter(h -> key.equals(h.key)).forEach(Held::cancel);
            pending.removeIf(Held::isCancelled);
        }
        Held<T> held = new Held<>(key, description, work, onSuccess, onFailure);
        pending.add(held);
        submittedKeys.add(key);
        return held;
    }

    /** From now on, the work submitted under {@code key} fails when run (its failure answer is given instead). */
    public synchronized void failWork(String key) {
        failing.add(key);
    }

    private synchronized boolean fails(String key) {
        return failing.contains(key);
    }

    /** Keys of every submission so far, in order (null for work without a key). */
    public synchronized List<String> submittedKeys() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(submittedKeys)); // a key may be null
    }

    /** Held work not yet run, oldest first. */
    public synchronized List<Held<?>> pending() {
        return List.copyOf(pending);
    }

    /** Runs the oldest held work and delivers its answer; false when none was held. */
    public boolean runNext() {
        Held<?> next;
        synchronized (this) {
            next = pending.poll();
        }
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs the oldest held work of {@code key} (work held before it waits) and delivers its answer; false if none. */
    public boolean runFirst(String key) {
        Held<?> next;
        synchronized (this) {
            next = pending.stream().filter(h -> key.equals(h.key)).findFirst().orElse(null);
            pending.remove(next);
        }
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs held work (and what it submits in turn) until none is left. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public synchronized void shutdown() {
        pending.forEach(Held::cancel);
        pending.clear();
    }
}

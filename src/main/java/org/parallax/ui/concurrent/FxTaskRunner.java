package org.parallax.ui.concurrent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The production {@link TaskRunner}: each submission becomes a {@link javafx.concurrent.Task} on a small
 * pool of daemon threads. Its answer and its progress reach the FX thread through the Task machinery;
 * the runner's own state is touched only on the FX thread.
 */
public final class FxTaskRunner extends ObservableRunner {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;

    // FX thread only.
    private final Deque<FxHandle<?>> active = new ArrayDeque<>();
    private final Map<String, FxHandle<?>> latestByKey = new HashMap<>();
    private boolean shutDown;

    /** A runner with two worker threads: enough for a load and a smaller job beside it. */
    public FxTaskRunner() {
        this(2);
    }

    public FxTaskRunner(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> TaskHandle submit(String key, String description, Work<T> work,
                                 Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        FxHandle<T> handle = new FxHandle<>(key, description == null ? "" : description, work, onSuccess, onFailure);
        FxThread.run(() -> start(handle));
        return handle;
    }

    private <T> void start(FxHandle<T> handle) {
        if (shutDown || handle.cancelled) {
            handle.cancelled = true;
            return;
        }
        if (handle.key != null) {
            FxHandle<?> older = latestByKey.put(handle.key, handle);
            if (older != null) {
                older.cancel();
            }
        }
        active.addLast(handle);
        Task<T> task = handle.task;
        task.setOnSucceeded(e -> finish(handle, () -> handle.onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(handle, () -> handle.onFailure.accept(task.getException())));
        task.setOnCancelled(e -> finish(handle, () -> { }));
        follow(handle);
        executor.execute(task);
    }

    private void finish(FxHandle<?> handle, Runnable deliver) {
        boolean wasActive = active.remove(handle);
        if (handle.key != null) {
            latestByKey.remove(handle.key, handle);
        }
        boolean deliverIt = !handle.cancelled && wasActive;
        handle.done = true;
        if (active.isEmpty()) {
            idle();
        } else {
            follow(active.peekLast());
        }
        if (deliverIt) {
            try {
                deliver.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a task's answer handler failed", e);
            }
        }
    }

    private void follow(FxHandle<?> handle) {
        progress.bind(handle.task.progressProperty());
        message.bind(handle.task.messageProperty());
        running.set(true);
    }

    @Override
    public void shutdown() {
        FxThread.run(() -> {
            shutDown = true;
            for (FxHandle<?> h : active.toArray(new FxHandle<?>[0])) {
                h.cancel();
            }
        });
        executor.shutdownNow();
    }

    /** Waits for the worker threads to stop after {@link #shutdown()}; for tests. */
    boolean awaitTermination(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "parallax-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.log(System.Logger.Level.ERROR, "worker thread died", e));
            return t;
        };
    }

    private static final class FxHandle<T> implements TaskHandle {
        final String key;
        final Consumer<? super T> onSuccess;
        final Consumer<? super Throwable> onFailure;
        final Task<T> task;
        volatile boolean cancelled;
        volatile boolean done;

        FxHandle(String key, String description, Work<T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure) {
            this.key = key;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.task = new WorkTask<>(work, description);
        }

        @Override
        public void cancel() {
            cancelled = true;
            FxThread.run(() -> task.cancel(true));
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

    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;

        WorkTask(Work<T> work, String description) {
            this.work = work;
            updateMessage(description);
            updateProgress(-1, -1);
        }

        @Override
        protected T call() throws Exception {
            return work.call(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, -1);
                    }
                    if (text != null) {
                        updateMessage(text);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }
}

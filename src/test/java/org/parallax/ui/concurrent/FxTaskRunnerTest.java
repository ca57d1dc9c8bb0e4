package org.parallax.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws InterruptedException {
        runner.shutdown();
        assertThat(runner.awaitTermination(5_000)).isTrue();
    }

    @Test
    void deliversTheResultOnTheFxThreadAndRunsTheWorkOffIt() throws Exception {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> answerOnFx = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> runner.submit("k", "Working…", p -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return 42;
        }, r -> {
            answerOnFx.set(Platform.isFxApplicationThread() && r == 42);
            done.countDown();
        }, e -> { }));

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFx).hasValue(false);
        assertThat(answerOnFx).hasValue(true);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void deliversAFailureOnTheFxThread() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.submit(null, "", p -> { throw new IllegalStateException("broken file"); },
                r -> { }, e -> {
                    failure.set(e);
                    onFx.set(Platform.isFxApplicationThread());
                    done.countDown();
                });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessage("broken file");
        assertThat(onFx).hasValue(true);
    }

    @Test
    void aNewerTaskWithTheSameKeySupersedesTheOlderOne() throws Exception {
        List<String> answers = new CopyOnWriteArrayList<>();
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch releaseOlder = new CountDownLatch(1);
        CountDownLatch newerDone = new CountDownLatch(1);
        AtomicReference<TaskHandle> older = new AtomicReference<>();

        WaitForAsyncUtils.asyncFx(() -> older.set(runner.submit("load", "older", p -> {
            olderStarted.countDown();
            // Ignores interruption on purpose: a load that finishes anyway must still not be shown.
            while (true) {
                try {
                    if (releaseOlder.await(5, TimeUnit.SECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    // keep waiting
                }
            }
            return "older";
        }, answers::add, e -> answers.add("older failed")))).get();
        assertThat(olderStarted.await(5, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(() -> runner.submit("load", "newer", p -> "newer", r -> {
            answers.add(r);
            newerDone.countDown();
        }, e -> answers.add("newer failed"))).get();
        assertThat(newerDone.await(5, TimeUnit.SECONDS)).isTrue();
        releaseOlder.countDown();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(answers).containsExactly("newer");
        assertThat(older.get().isCancelled()).isTrue();
    }

    @Test
    void followsTheRunningTasksProgressAndMessage() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> runner.submit("load", "Opening…", p -> {
            p.update(3, 120, "Loading 3 of 120 · file.txt");
            reported.countDown();
            finish.await(5, TimeUnit.SECONDS);
            return 1;
        }, r -> { }, e -> { })).get();
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> runner.messageProperty().get().equals("Loading 3 of 120 · file.txt"));

        assertThat(runner.runningProperty().get()).isTrue();
        assertThat(runner.progressProperty().get()).isEqualTo(3.0 / 120);

        finish.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.messageProperty().get()).isEmpty();
        assertThat(runner.progressProperty().get()).isEqualTo(-1);
    }

    @Test
    void aCancelledTaskAnswersNothing() throws Exception {
        List<Object> answers = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> handle.set(runner.submit(null, "", p -> {
            started.countDown();
            Thread.sleep(10_000);
            return "late";
        }, answers::add, answers::add))).get();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(() -> handle.get().cancel()).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.runningProperty().get());

        assertThat(answers).isEmpty();
        assertThat(handle.get().isDone()).isTrue();
    }
}

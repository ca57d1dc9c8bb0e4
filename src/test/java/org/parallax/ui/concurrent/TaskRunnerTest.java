package org.parallax.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The one task runner: answers once, on the FX thread; a newer submission with the same key wins. */
class TaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner(2);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void resultArrivesOnTheFxThread() throws Exception {
        List<Object> answers = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.submit(null, "Adding", p -> {
            assertThat(Platform.isFxApplicationThread()).isFalse();
            return 40 + 2;
        }, r -> {
            answers.add(Platform.isFxApplicationThread());
            answers.add(r);
            done.countDown();
        }, e -> done.countDown());
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answers).containsExactly(true, 42);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
    }

    @Test
    void failureArrivesOnTheFxThread() throws Exception {
        List<Object> answers = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.<String>submit(null, "Failing", p -> {
            throw new IllegalStateException("disk on fire");
        }, r -> done.countDown(), e -> {
            answers.add(Platform.isFxApplicationThread());
            answers.add(e.getMessage());
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answers).containsExactly(true, "disk on fire");
    }

    @Test
    void aNewerSubmissionWithTheSameKeySupersedesTheOlder() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch newer = new CountDownLatch(1);
        runner.submit("load", "Old", p -> {
            release.await(10, TimeUnit.SECONDS);
            return "old";
        }, delivered::add, e -> { });
        runner.submit("load", "New", p -> "new", r -> {
            delivered.add(r);
            newer.countDown();
        }, e -> { });
        assertThat(newer.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        Thread.sleep(300); // give a wrongly delivered old answer the chance to arrive
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).containsExactly("new");
    }

    @Test
    void theSameThreadTwinAnswersAtOnce() {
        SameThreadTaskRunner twin = new SameThreadTaskRunner();
        List<Object> answers = new CopyOnWriteArrayList<>();
        twin.submit(null, "Now", p -> {
            p.update(1, 2, "half");
            return "done";
        }, answers::add, answers::add);
        twin.<String>submit(null, "Broken", p -> {
            throw new IllegalArgumentException("bad");
        }, answers::add, e -> answers.add(e.getMessage()));
        assertThat(answers).containsExactly("done", "bad");
        assertThat(twin.submittedCount()).isEqualTo(2);
        assertThat(twin.runningProperty().get()).isFalse();
    }
}

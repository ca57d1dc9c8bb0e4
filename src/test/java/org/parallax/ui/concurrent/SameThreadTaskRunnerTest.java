package org.parallax.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SameThreadTaskRunnerTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @Test
    void answersWithTheResultBeforeSubmitReturns() {
        AtomicReference<String> got = new AtomicReference<>();
        TaskHandle handle = runner.submit("k", "Working…", p -> "done", got::set, e -> { throw new AssertionError(e); });

        assertThat(got).hasValue("done");
        assertThat(handle.isDone()).isTrue();
        assertThat(runner.submittedCount()).isEqualTo(1);
    }

    @Test
    void deliversAFailureInsteadOfThrowing() {
        AtomicReference<Throwable> got = new AtomicReference<>();
        runner.submit(null, "", p -> { throw new IOException("disk gone"); }, r -> { throw new AssertionError(r); }, got::set);

        assertThat(got.get()).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void showsProgressWhileRunningAndIsIdleAfterwards() {
        List<String> seen = new ArrayList<>();
        runner.submit("load", "Opening…", p -> {
            seen.add(runner.runningProperty().get() + " " + runner.messageProperty().get());
            p.update(1, 4, "Loading 1 of 4 · a.txt");
            seen.add(runner.progressProperty().get() + " " + runner.messageProperty().get());
            return 1;
        }, r -> { }, e -> { });

        assertThat(seen).containsExactly("true Opening…", "0.25 Loading 1 of 4 · a.txt");
        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(runner.progressProperty().get()).isEqualTo(-1);
        assertThat(runner.messageProperty().get()).isEmpty();
        assertThat(runner.progressLog()).isEqualTo("Loading 1 of 4 · a.txt\n");
    }

    @Test
    void acceptsNothingAfterShutdown() {
        runner.shutdown();
        AtomicReference<Object> got = new AtomicReference<>();
        TaskHandle handle = runner.submit(null, "", p -> "x", got::set, got::set);

        assertThat(got).hasValue(null);
        assertThat(handle.isCancelled()).isTrue();
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pathological input of {@code bench adversarial}, at 64 KB, goes through the whole pipeline (read, sources,
 * sentences, dates, figures, quotes, comparison). A hang detector, not a speed test: before the fixes, several of these
 * overflowed the stack or ran for minutes; now each takes about a second.
 */
class AdversarialTextTest {

    private static final int SIZE = 64 * 1024;
    private static final Duration HANG = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    static Stream<AdversarialText.Input> inputs() {
        String news = AdversarialBench.Stages.news(BenchCommand.replicate(
                new org.parallax.load.CorpusLoader().loadBundled(org.parallax.load.LoadProgress.NONE).corpus().articles(),
                5), SIZE);
        return AdversarialText.all(SIZE, news).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyStageFinishes(AdversarialText.Input input) {
        long[] nanos = assertTimeoutPreemptively(HANG, () -> new AdversarialBench.Stages(folder).run(input.text(),
                input.file()));
        assertThat(nanos).hasSize(AdversarialBench.STAGES.length);
        assertThat(Arrays.stream(nanos).sum()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void inputsAreAsLargeAsAskedAndTheSameEveryTime(AdversarialText.Input input) {
        assertThat(input.text().length()).as(input.name()).isGreaterThan(SIZE / 2);
        List<String> again = inputs().map(AdversarialText.Input::text).toList();
        assertThat(again).contains(input.text());
    }
}

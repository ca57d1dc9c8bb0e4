package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PipelineProgressTest {

    private record Step(int done, int total, String file) {
    }

    @Test
    void oneBarCoversLoadingExtractionAndComparisonAndEndsFull() {
        List<Step> steps = Collections.synchronizedList(new ArrayList<>());
        var result = Pipeline.uncached().loadBundled((done, total, file) -> steps.add(new Step(done, total, file)));
        int articles = result.corpus().articles().size();

        assertThat(steps).hasSizeGreaterThanOrEqualTo(2 * articles + 1);
        Step last = steps.get(steps.size() - 1);
        assertThat(last.done()).isEqualTo(last.total());
        // past the loading phase, extraction reports each article's file
        assertThat(steps.stream().filter(s -> s.done() > articles && s.done() < last.total()).map(Step::file)
                .filter(f -> !f.equals("comparing outlets")))
                .hasSize(articles)
                .allMatch(f -> f.startsWith("analysing ") && f.endsWith(".txt"));
        assertThat(steps.subList(0, articles)).allMatch(s -> s.file().startsWith("reading "));
        assertThat(steps).allMatch(s -> s.done() <= s.total() && s.done() >= 1);
        // the bar never goes back past where loading ended
        assertThat(steps.subList(articles, steps.size())).allMatch(s -> s.done() > articles);
    }

    /**
     * A progress callback that throws (the window's Cancel) stops the pipeline in the phase it is in: neither the
     * loader nor the extraction takes it for one broken file and goes on, and the comparison is not begun.
     */
    @ParameterizedTest
    @ValueSource(strings = {"reading ", "analysing ", "comparing "})
    void aCallbackThatCancelsStopsThePipelineInEitherPhase(String phase) {
        AtomicInteger after = new AtomicInteger();
        List<String> later = Collections.synchronizedList(new ArrayList<>());
        List<String> phases = List.of("reading ", "analysing ", "comparing ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pipeline.uncached().loadBundled((done, total, file) -> {
            if (file.startsWith(phase)) {
                after.incrementAndGet();
                throw new CancellationException("opening cancelled");
            }
            if (after.get() > 0) {
                later.add(file);
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(after.get()).as("cancelled").isPositive();
        // articles analysed in parallel may each report once before the stream stops (how many depends on the
        // machine's load), but nothing of a later phase may follow: the cancel is not taken for a broken file
        List<String> laterPhases = phases.subList(phases.indexOf(phase) + 1, phases.size());
        assertThat(later).as("reports after the cancel")
                .noneMatch(f -> laterPhases.stream().anyMatch(f::startsWith));
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A size's rounds as one run: each figure the median of the rounds' own. */
class ExtractBenchMedianTest {

    private static ExtractBench.Run run(long timex, long events, long wall, long heapPeak) {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("timex", timex);
        stages.put("events", events);
        return new ExtractBench.Run(100, 1000, wall, wall / 2, new HeapWatch.Figures(10, 50, heapPeak, 20), stages,
                List.of(new ExtractBench.Phase("events", wall, timex + events)), wall / 10);
    }

    @Test
    void everyFigureTakesItsOwnMedianSoOneSlowRoundMovesNothing() {
        ExtractBench.Run fast = run(100, 900, 3000, 40);
        ExtractBench.Run slowEvents = run(110, 5000, 9000, 60);
        ExtractBench.Run slowTimex = run(700, 1000, 4000, 30);
        ExtractBench.Run median = ExtractBench.median(List.of(fast, slowEvents, slowTimex));
        assertThat(median.stages()).containsExactly(Map.entry("timex", 110L), Map.entry("events", 1000L));
        assertThat(median.nanos()).isEqualTo(4000);
        assertThat(median.extractNanos()).isEqualTo(2000);
        assertThat(median.compileMillis()).isEqualTo(400);
        assertThat(median.heap()).isEqualTo(new HeapWatch.Figures(10, 50, 40, 20));
        // a phase's CPU (events + timex here: 1,000 / 5,110 / 1,700) and wall are their own medians too
        assertThat(median.phases()).containsExactly(new ExtractBench.Phase("events", 4000, 1700));
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwoNotTheSlower() {
        ExtractBench.Run median = ExtractBench.median(List.of(run(100, 900, 3000, 40), run(300, 1100, 5000, 60)));
        assertThat(median.stages()).containsExactly(Map.entry("timex", 200L), Map.entry("events", 1000L));
        assertThat(median.nanos()).isEqualTo(4000);
        assertThat(median.heap().peakAfterGcBytes()).isEqualTo(50);
    }

    @Test
    void oneRoundIsItself() {
        ExtractBench.Run only = run(1, 2, 3, 4);
        assertThat(ExtractBench.median(List.of(only))).isSameAs(only);
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A size's rounds as one run: each stage's median, the heap and phases of the median round. */
class ExtractBenchMedianTest {

    private static ExtractBench.Run run(long timex, long events, long wall, long heapPeak) {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("timex", timex);
        stages.put("events", events);
        return new ExtractBench.Run(100, 1000, wall, wall / 2, new HeapWatch.Figures(10, 50, heapPeak, 20), stages,
                List.of(new ExtractBench.Phase("events", wall, timex + events)), wall / 10);
    }

    @Test
    void eachStageTakesItsOwnMedianSoOneSlowRoundMovesNothing() {
        ExtractBench.Run fast = run(100, 900, 3000, 40);
        ExtractBench.Run slowEvents = run(110, 5000, 9000, 60);
        ExtractBench.Run slowTimex = run(700, 1000, 4000, 30);
        ExtractBench.Run median = ExtractBench.median(List.of(fast, slowEvents, slowTimex));
        assertThat(median.stages()).containsExactly(Map.entry("timex", 110L), Map.entry("events", 1000L));
        assertThat(median.nanos()).isEqualTo(4000);
        assertThat(median.extractNanos()).isEqualTo(2000);
        assertThat(median.compileMillis()).isEqualTo(400);
        // the heap and phases come whole from the round whose CPU is the median (slowTimex: 1,700 of 1,000/1,700/5,110)
        assertThat(median.heap()).isEqualTo(slowTimex.heap());
        assertThat(median.phases()).isEqualTo(slowTimex.phases());
    }

    @Test
    void oneRoundIsItself() {
        ExtractBench.Run only = run(1, 2, 3, 4);
        assertThat(ExtractBench.median(List.of(only))).isSameAs(only);
    }
}

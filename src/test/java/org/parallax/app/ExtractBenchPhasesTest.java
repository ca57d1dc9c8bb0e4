package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bench's phases: the articles' own stages are the extraction less its corpus-wide steps, then every step. */
class ExtractBenchPhasesTest {

    @Test
    void theArticlesPhaseIsTheExtractionLessItsCorpusWideStepsThenEachStepInOrder() {
        Map<String, Long> walls = new LinkedHashMap<>();
        walls.put("quotes", 300L);
        walls.put("events", 500L);
        Map<String, Long> cpu = Map.of("timex", 900L, "quotes", 400L, "events", 1000L);
        List<ExtractBench.Phase> phases = ExtractBench.phases(1000, 1800, Set.of("quotes"), walls, cpu);
        assertThat(phases).containsExactly(
                new ExtractBench.Phase(ExtractBench.PER_ARTICLE, 700, 1400),
                new ExtractBench.Phase("quotes", 300, 400),
                new ExtractBench.Phase("events", 500, 1000));
        assertThat(phases.get(0).busyCores()).isEqualTo(2.0);
        assertThat(phases.get(1).busyCores()).isCloseTo(1.333, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aPhaseWithoutWallTimeHasNoBusyFigure() {
        assertThat(new ExtractBench.Phase("events", 0, 5).busyCores()).isNaN();
    }
}

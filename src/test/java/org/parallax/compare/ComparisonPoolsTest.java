package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;

/**
 * The events step forks the labels' reading beside the clustering and the joining: in a pool of one worker or of
 * four it gives the bundled sample corpus the events and stories the common pool gives it.
 */
class ComparisonPoolsTest {

    @Test
    void eventsInAnyPoolAsInTheCommonPool() throws Exception {
        Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        Corpus extracted = Extraction.standard().extract(new SourceInference().infer(loaded));
        Corpus common = new Comparison().withEvents(extracted);

        assertThat(common.events()).isNotEmpty();
        for (int workers : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(workers);
            try {
                Corpus inPool = pool.submit(() -> new Comparison().withEvents(extracted)).get(120, TimeUnit.SECONDS);
                assertThat(inPool.events()).as("%d workers", workers).isEqualTo(common.events());
                assertThat(inPool.stories()).as("%d workers", workers).isEqualTo(common.stories());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The clusterer forks tasks beside its own work and runs streams on every core: in a pool of one worker or of four
 * it makes the events the common pool makes (the same ids, members, labels and reasons, in the same order).
 */
class EventClustererPoolsTest {

    @Test
    void clustersInAnyPoolAsInTheCommonPool() throws Exception {
        // more statements than a batch of scoring tasks, over a few days: several buckets, several batches
        List<Candidate> cs = ClusteringScaleCheck.generate(6_000, 3, new Random(11));
        List<EventClusterer.Cluster> common = new EventClusterer().cluster(cs);

        assertThat(common).hasSizeLessThan(cs.size());
        for (int workers : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(workers);
            try {
                List<EventClusterer.Cluster> inPool = pool.submit(() -> new EventClusterer().cluster(cs))
                        .get(120, TimeUnit.SECONDS);
                assertThat(inPool).as("%d workers", workers).isEqualTo(common);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

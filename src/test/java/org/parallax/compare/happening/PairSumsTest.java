package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pairs' sums in arrays give the twin of the map merging every share gave: same sums, same order of iteration. */
class PairSumsTest {

    @Test
    void theMapIsTheOneMergingEveryShareMakesEntryForEntryInOrder() {
        Random random = new Random(58);
        for (int round = 0; round < 300; round++) {
            int articles = 2 + random.nextInt(round < 150 ? 40 : 400); // small halves: the Long hashes collide
            int shares = random.nextInt(round < 150 ? 200 : 20_000);
            Map<Long, Double> merged = new HashMap<>();
            PairSums sums = new PairSums();
            for (int i = 0; i < shares; i++) {
                int a = random.nextInt(articles);
                int b = random.nextInt(articles);
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                double share = random.nextDouble() / (1 + random.nextInt(50));
                merged.merge(key, share, Double::sum);
                sums.add(key, share);
            }
            List<Map.Entry<Long, Double>> expected = new ArrayList<>(merged.entrySet());
            assertThat(sums.size()).isEqualTo(merged.size());
            assertThat(TwinMapTest.entries(sums.asMap())).as("round " + round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aShareAfterTheLastNewPairGrowsTheMapAsMergingItDid() {
        Map<Long, Double> merged = new HashMap<>();
        PairSums sums = new PairSums();
        for (long key : new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 1}) { // 13 keys pass 16 × 0.75
            merged.merge(key, 0.5, Double::sum);
            sums.add(key, 0.5);
        }
        assertThat(TwinMapTest.entries(sums.asMap())).containsExactlyElementsOf(merged.entrySet())
                .last().extracting(Map.Entry::getKey).isEqualTo(17L); // grown: 17 no longer follows 1
    }
}

package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pairs' sums in arrays are the sums merging every share into a map gives, the pairs in the order first met. */
class PairSumsTest {

    @Test
    void theSumsAreTheOnesMergingEveryShareMakesInTheOrderFirstMet() {
        Random random = new Random(58);
        for (int round = 0; round < 300; round++) {
            int articles = 2 + random.nextInt(round < 150 ? 40 : 400);
            int shares = random.nextInt(round < 150 ? 200 : 20_000);
            Map<Long, Double> merged = new LinkedHashMap<>();
            PairSums sums = new PairSums();
            for (int i = 0; i < shares; i++) {
                int a = random.nextInt(articles);
                int b = random.nextInt(articles);
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                double share = random.nextDouble() / (1 + random.nextInt(50));
                merged.merge(key, share, Double::sum);
                sums.add(key, share);
            }
            List<Map.Entry<Long, Double>> actual = new ArrayList<>();
            for (int i = 0; i < sums.size(); i++) {
                actual.add(Map.entry(sums.key(i), sums.sum(i)));
            }
            assertThat(actual).as("round " + round).containsExactlyElementsOf(merged.entrySet());
        }
    }
}

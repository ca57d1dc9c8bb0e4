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

    /** Parts of disjoint pairs joined are their pairs one part after another, and more shares add to them as before. */
    @Test
    void joinedPartsHoldEachPartsPairsInOrderAndTakeMoreShares() {
        Random random = new Random(59);
        for (int round = 0; round < 300; round++) {
            int articles = 2 + random.nextInt(round < 150 ? 40 : 400);
            int count = 1 + random.nextInt(5);
            PairSums[] parts = new PairSums[count];
            for (int p = 0; p < count; p++) {
                parts[p] = new PairSums();
            }
            Map<Long, Double> merged = new LinkedHashMap<>();
            int shares = random.nextInt(round < 150 ? 200 : 20_000);
            for (int i = 0; i < shares; i++) {
                int a = random.nextInt(articles);
                int b = random.nextInt(articles);
                double share = random.nextDouble();
                parts[Math.min(a, b) % count].add(((long) Math.min(a, b) << 32) | Math.max(a, b), share);
            }
            for (PairSums part : parts) {
                for (int i = 0; i < part.size(); i++) {
                    merged.put(part.key(i), part.sum(i));
                }
            }
            PairSums joined = PairSums.joined(parts);
            for (int i = 0; i < shares / 10; i++) {
                int a = random.nextInt(articles);
                int b = random.nextInt(articles);
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                double share = random.nextDouble();
                merged.merge(key, share, Double::sum);
                joined.add(key, share);
            }
            List<Map.Entry<Long, Double>> actual = new ArrayList<>();
            for (int i = 0; i < joined.size(); i++) {
                actual.add(Map.entry(joined.key(i), joined.sum(i)));
            }
            assertThat(actual).as("round " + round).containsExactlyElementsOf(merged.entrySet());
        }
    }
}

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbered terms give every similarity the weights' maps give, to the last bit. */
class TermVectorsTest {

    /** Terms that share hash codes ("Aa", "BB"; "AaAa", "BBBB", "AaBB") sit in one bin of a map, in the order put. */
    private static final String[] TERMS = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "visit", "moscow", "putin",
        "assad", "strike", "syria", "meet", "kremlin", "talks", "russia", "war", "2015", "x", "y", "z"};

    @Test
    void similarityIsTheMapsSimilarityBitForBit() {
        Random random = new Random(38);
        for (int round = 0; round < 200; round++) {
            List<Map<String, Double>> weights = new ArrayList<>();
            Set<String> all = new HashSet<>();
            for (int s = 0; s < 30; s++) {
                Map<String, Double> w = new HashMap<>();
                for (int k = random.nextInt(TERMS.length); k > 0; k--) {
                    String t = random.nextInt(4) == 0 ? "t" + random.nextInt(500) : TERMS[random.nextInt(TERMS.length)];
                    w.put(t, random.nextInt(3) == 0 ? 0.0 : random.nextDouble() * 3);
                }
                weights.add(w);
                all.addAll(w.keySet());
            }
            all.add("unused");
            double[] norms = weights.stream().mapToDouble(w -> w.values().stream().mapToDouble(Double::doubleValue)
                    .sum()).toArray();
            TermVectors vectors = TermVectors.of(weights.stream().map(WeightedTerms::of).toList(), all, round % 2 == 0);
            for (int i = 0; i < weights.size(); i++) {
                for (int j = 0; j < weights.size(); j++) {
                    double expected = EventClusterer.similarity(weights.get(i), norms[i], weights.get(j), norms[j]);
                    double got = vectors.similarity(i, norms[i], j, norms[j]);
                    assertThat(Double.doubleToRawLongBits(got)).as("%s / %s", weights.get(i), weights.get(j))
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                }
            }
        }
    }

    /** Vectors made one by one from a set of numbers give the maps' similarity too, either side the smaller. */
    @Test
    void vectorsOfOneNumberingGiveTheMapsSimilarity() {
        Random random = new Random(20);
        Set<String> all = new HashSet<>(List.of(TERMS));
        TermVectors.Numbers numbers = TermVectors.Numbers.of(all);
        for (int n = 0; n < 20000; n++) {
            Map<String, Double> a = new HashMap<>();
            Map<String, Double> b = new HashMap<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                a.put(TERMS[random.nextInt(TERMS.length)], random.nextDouble());
                b.put(TERMS[random.nextInt(TERMS.length)], random.nextDouble());
            }
            double na = a.values().stream().mapToDouble(Double::doubleValue).sum();
            double nb = b.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(Double.doubleToRawLongBits(TermVectors.similarity(numbers.vector(a), na, numbers.vector(b), nb)))
                    .isEqualTo(Double.doubleToRawLongBits(EventClusterer.similarity(a, na, b, nb)));
        }
    }
}

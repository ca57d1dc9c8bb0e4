package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A statement's weighted terms kept in arrays read as the {@code HashMap} the clusterer kept per statement before (kept
 * here as the reference): the same terms and weights, to the bit, in the map's order; the same reasons' words.
 */
class WeightedTermsTest {

    @Test
    void readAsTheClusterersWeightMapInItsOrder() {
        Random random = new Random(63);
        List<Candidate> cs = ClusteringScaleCheck.generate(3_000, 5, random);
        Map<String, Double> idf = TermCounts.of(cs.stream().map(Candidate::terms).toList()).idf();
        for (Candidate c : cs) {
            TermMap terms = (TermMap) c.terms();
            Map<String, Double> before = new HashMap<>(); // the weights as the clusterer made them
            String[] t = new String[terms.size()];
            double[] w = new double[t.length];
            for (int k = 0; k < terms.size(); k++) {
                before.put(terms.keyAt(k), terms.valueAt(k) * idf.get(terms.keyAt(k)));
                t[k] = terms.keyAt(k);
                w[k] = terms.valueAt(k) * idf.get(t[k]);
            }
            WeightedTerms made = WeightedTerms.inHashMapOrder(t, w);
            List<String> keys = new ArrayList<>();
            List<Long> bits = new ArrayList<>();
            for (int k = 0; k < made.size(); k++) {
                keys.add(made.term(k));
                bits.add(Double.doubleToRawLongBits(made.weight(k)));
            }
            assertThat(keys).isEqualTo(new ArrayList<>(before.keySet()));
            assertThat(bits).isEqualTo(before.values().stream().map(Double::doubleToRawLongBits).toList());
        }
    }

    /**
     * The undated joiner's weights: put in the terms' order into a {@code HashMap} before, summed as a stream of its
     * values (the reference, kept here); now two arrays in that map's order. The same terms, order, weights and sum to
     * the bit, and the same similarity.
     */
    @Test
    void undatedJoinersWeightsReadAsTheMapItMade() {
        Random random = new Random(2085);
        String[] colliding = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        Map<String, Double> idf = new HashMap<>();
        for (int k = 0; k < 60; k++) {
            idf.put("t" + k, 0.2 + random.nextDouble() * 4);
        }
        for (String t : colliding) {
            idf.put(t, 0.2 + random.nextDouble() * 4);
        }
        List<Map<String, Double>> before = new ArrayList<>();
        List<Double> beforeSums = new ArrayList<>();
        List<UndatedJoiner.Weighted> now = new ArrayList<>();
        for (int round = 0; round < 3_000; round++) {
            Map<String, Double> terms = new HashMap<>();
            for (int k = random.nextInt(random.nextInt(5) == 0 ? 40 : 12); k >= 0; k--) {
                String t = random.nextInt(4) == 0 ? colliding[random.nextInt(colliding.length)] : "t" + random.nextInt(60);
                terms.put(t, 1.0 + random.nextInt(3) / 2.0);
            }
            Map<String, Double> given = random.nextBoolean() ? TermMap.of(terms) : terms;
            Map<String, Double> old = new HashMap<>();
            new java.util.TreeMap<>(given).forEach((t, w) -> old.put(t, w * idf.get(t)));
            double oldSum = old.values().stream().mapToDouble(Double::doubleValue).sum();
            UndatedJoiner.Weighted w = UndatedJoiner.Weighted.of(given, idf);

            assertThat(new ArrayList<>(w.terms().keySet())).as("round %d", round)
                    .isEqualTo(new ArrayList<>(old.keySet()));
            assertThat(w.terms().values().stream().map(Double::doubleToRawLongBits).toList())
                    .isEqualTo(old.values().stream().map(Double::doubleToRawLongBits).toList());
            assertThat(Double.doubleToRawLongBits(w.sum())).isEqualTo(Double.doubleToRawLongBits(oldSum));
            assertThat(w).isEqualTo(new UndatedJoiner.Weighted(old, oldSum)).hasSameHashCodeAs(
                    new UndatedJoiner.Weighted(old, oldSum));
            for (String t : colliding) {
                assertThat(w.terms().get(t)).isEqualTo(old.get(t));
            }
            before.add(old);
            beforeSums.add(oldSum);
            now.add(w);
        }
        for (int k = 0; k < 20_000; k++) {
            int i = random.nextInt(now.size());
            int j = random.nextInt(now.size());
            double expected = EventClusterer.similarity(before.get(i), beforeSums.get(i), before.get(j),
                    beforeSums.get(j));
            double got = EventClusterer.similarity(now.get(i).terms(), now.get(i).sum(), now.get(j).terms(),
                    now.get(j).sum());
            assertThat(Double.doubleToRawLongBits(got)).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    /** Terms of few distinct weights: the heaviest shared terms tie often and are then named by term. */
    @Test
    void reasonsNameTheSharedTermsAsFromTheMap() {
        Random random = new Random(17);
        double[] few = {1.0, 1.5, 2.0, 0.5};
        for (int round = 0; round < 20_000; round++) {
            Map<String, Double> wa = new HashMap<>();
            Map<String, Double> tb = new HashMap<>();
            for (int k = random.nextInt(14); k > 0; k--) {
                wa.put("t" + random.nextInt(30), few[random.nextInt(few.length)] * (random.nextInt(3) == 0 ? 1.1 : 1));
                tb.put("t" + random.nextInt(30), 1.0);
            }
            tb.put("x", 1.0);
            Candidate a = candidate(wa);
            Candidate b = candidate(tb);
            String expected = "same day, shared terms: " + sharedBefore(wa, b);
            assertThat(Sameness.text(Sameness.Rule.SHARED_TERMS, a, b, WeightedTerms.of(wa))).isEqualTo(expected);
            String[] t = wa.keySet().toArray(String[]::new);
            double[] w = wa.values().stream().mapToDouble(Double::doubleValue).toArray();
            assertThat(Sameness.text(Sameness.Rule.SHARED_TERMS, a, b, WeightedTerms.inHashMapOrder(t, w)))
                    .isEqualTo(expected);
        }
    }

    /** The shared terms as the reason's words named them from a map of weights. */
    private static String sharedBefore(Map<String, Double> wa, Candidate b) {
        return wa.entrySet().stream().filter(e -> b.terms().containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).collect(Collectors.joining(", "));
    }

    private static Candidate candidate(Map<String, Double> terms) {
        return new Candidate(new org.parallax.model.Span("a", 0, 1),
                org.parallax.model.TimexValue.parse("2020-01-01").orElseThrow(), "x", terms,
                java.time.LocalDate.of(2020, 1, 1));
    }
}

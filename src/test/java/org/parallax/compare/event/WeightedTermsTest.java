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

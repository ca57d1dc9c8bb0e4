package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * The label of a group ({@link EventClusterer#label}), which reads the sample's similarities once each where the two
 * directions agree and asks a penalty only where it can change the choice, is the one picked before (kept here).
 */
class CentralLabelTest {

    /** Labels of one length with every penalty (none, Title Case, reporting, both), and shorter and longer ones. */
    private static final List<String> LABELS = List.of("Acme buys the Leeds plant", "Acme Buys The Leeds Plant",
            "Acme said it buys a plant", "Acme Said It Buys To Grow", "Acme buys a plant",
            "Acme buys the old Leeds plant");

    @Test
    void theLabelIsTheOnePickedBefore() {
        Random r = new Random(20);
        int asymmetric = 0;
        for (int round = 0; round < 400; round++) {
            int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 70); // small groups and groups past the sample of 30
            List<Map<String, Double>> termSets = termSets(n, r);
            List<Candidate> cs = statements(termSets, r);
            // summed in the order given (the clusterer's: as a HashMap of them iterates), not the statements' own
            List<WeightedTerms> weights = termSets.stream().map(WeightedTerms::of).toList();
            double[] norms = weights.stream().mapToDouble(w -> IntStream.range(0, w.size()).mapToDouble(w::weight)
                    .sum()).toArray();
            Set<String> terms = new HashSet<>();
            cs.forEach(c -> terms.addAll(c.terms().keySet()));
            TermVectors vectors = TermVectors.of(weights, terms, false);
            List<Integer> g = new ArrayList<>(IntStream.range(0, n).boxed().toList());
            java.util.Collections.shuffle(g, r);

            assertThat(EventClusterer.label(g, cs, vectors, norms)).isEqualTo(labelBefore(g, cs, vectors, norms));
            int sample = Math.min(n, 30);
            double[][] among = EventClusterer.amongSample(g, sample, vectors, norms);
            for (int a = 0; a < sample; a++) {
                for (int b = 0; b < sample; b++) {
                    int i = g.get(a);
                    int j = g.get(b);
                    if (a != b) { // each direction's own double, to the last bit
                        assertThat(among[a][b]).isEqualTo(vectors.similarity(i, norms[i], j, norms[j]));
                    }
                    if (vectors.similarity(i, norms[i], j, norms[j]) != vectors.similarity(j, norms[j], i, norms[i])) {
                        asymmetric++;
                    }
                }
            }
        }
        assertThat(asymmetric).as("pairs of one size whose two directions differ in the last bit").isPositive();
    }

    /**
     * Sets of few terms from a small vocabulary (many of one size, many the same), each term's weight one of a few,
     * put in a random order (the order a similarity sums in).
     */
    private static List<Map<String, Double>> termSets(int n, Random r) {
        List<String> vocabulary = List.of("acme", "leeds", "plant", "buy", "close", "union", "strike", "mayor", "city",
                "vote");
        double[] kinds = {1.0, 1.5, 2.0, 0.1, 0.7};
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = new ArrayList<>(vocabulary);
            java.util.Collections.shuffle(words, r);
            Map<String, Double> terms = new LinkedHashMap<>();
            for (String w : words.subList(0, 2 + r.nextInt(5))) {
                terms.put(w, kinds[r.nextInt(kinds.length)] * (1 + r.nextInt(3) / 10.0));
            }
            out.add(terms);
        }
        return out;
    }

    /** A statement of each set of terms, each label unique by a suffix of one length. */
    private static List<Candidate> statements(List<Map<String, Double>> termSets, Random r) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < termSets.size(); i++) {
            String label = LABELS.get(r.nextInt(LABELS.size())) + String.format(" %03d", i);
            out.add(new Candidate(new Span("a" + i, 0, 10), TimexValue.parse("2020-01-01").orElseThrow(), label,
                    termSets.get(i), LocalDate.of(2020, 1, 1)));
        }
        return out;
    }

    /** The label as picked before: every similarity and every penalty computed. */
    private static String labelBefore(List<Integer> g, List<Candidate> candidates, TermVectors vectors,
                                      double[] norms) {
        int best = -1;
        double bestScore = -1;
        for (int i : g) {
            double score = 0;
            for (int j : g.subList(0, Math.min(g.size(), 30))) {
                if (i != j) {
                    score += vectors.similarity(i, norms[i], j, norms[j]);
                }
            }
            String l = candidates.get(i).label();
            score -= LabelPenalty.of(l);
            if (best < 0 || score > bestScore + 1e-9
                    || Math.abs(score - bestScore) <= 1e-9 && l.length() < candidates.get(best).label().length()) {
                best = i;
                bestScore = score;
            }
        }
        return candidates.get(best).label();
    }
}

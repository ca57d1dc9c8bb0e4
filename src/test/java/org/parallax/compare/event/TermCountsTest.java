package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/** Rarity from counts made in two parts (the dated statements', then the undated added) as from counting all at once. */
class TermCountsTest {

    @Test
    void countsAddedToDatedOnesGiveTheRarityOfCountingAllTogether() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            List<Map<String, Double>> dated = termSets(random, random.nextInt(3_000));
            List<Map<String, Double>> undated = termSets(random, random.nextInt(3_000));
            List<Map<String, Double>> all = new ArrayList<>(dated);
            all.addAll(undated);
            Map<String, Double> expected = reference(all);
            assertThat(TermCounts.of(all).idf()).as("round %d", round).isEqualTo(expected);
            TermCounts first = TermCounts.of(dated);
            Map<String, Double> datedIdf = first.idf();
            assertThat(first.plus(undated).idf()).as("round %d", round).isEqualTo(expected);
            assertThat(first.idf()).as("the dated counts stay as they were").isEqualTo(datedIdf);
            assertThat(first.statements()).isEqualTo(dated.size());
        }
    }

    @Test
    void theJoinerGivenTheClusterersCountsJoinsAsCountingThemItself() {
        Random random = new Random(11);
        String[] words = {"assad", "putin", "moscow", "visit", "meet", "talks", "kremlin", "sochi"};
        for (int round = 0; round < 20; round++) {
            List<Candidate> dated = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                dated.add(new Candidate(new Span("a" + random.nextInt(20), i, i + 5),
                        TimexValue.parse("2015-10-2" + random.nextInt(3)).orElseThrow(), "x",
                        terms(random, words), null, null, gist(random)));
            }
            List<Undated> undated = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                undated.add(new Undated(new Span("a" + random.nextInt(20), 1000 + i, 1005 + i), terms(random, words),
                        gist(random), random.nextBoolean() ? null : java.time.LocalDate.of(2015, 10, 22)));
            }
            EventClusterer clusterer = new EventClusterer();
            List<EventClusterer.Cluster> clusters = clusterer.cluster(dated);
            assertThat(new UndatedJoiner().join(clusters, undated, clusterer.termCounts())).as("round %d", round)
                    .isEqualTo(new UndatedJoiner().join(clusters, undated));
            assertThatThrownBy(() -> new UndatedJoiner().join(clusters.subList(1, clusters.size()), undated,
                    clusterer.termCounts())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The rarity as the clusterer and the joiner read it before: every set counted at once. */
    private static Map<String, Double> reference(List<Map<String, Double>> termSets) {
        Map<String, int[]> df = new HashMap<>();
        for (Map<String, Double> terms : termSets) {
            for (String t : terms.keySet()) {
                df.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, f) -> idf.put(t, Math.log(1.0 + (double) termSets.size() / f[0])));
        return idf;
    }

    private static List<Map<String, Double>> termSets(Random random, int n) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> terms = new HashMap<>();
            for (int k = random.nextInt(6); k >= 0; k--) {
                terms.put("t" + (int) Math.abs(random.nextGaussian() * 300), 1.0);
            }
            out.add(terms);
        }
        return out;
    }

    private static Map<String, Double> terms(Random random, String[] words) {
        Map<String, Double> terms = new HashMap<>();
        for (int k = random.nextInt(4); k >= 0; k--) {
            terms.put(words[random.nextInt(words.length)], 1.0 + random.nextInt(3) / 2.0);
        }
        return terms;
    }

    private static Gist gist(Random random) {
        String action = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "visit" : "meet";
        List<String> actor = random.nextBoolean() ? List.of() : List.of("assad");
        return new Gist(actor, String.join(" ", actor), action, action == null ? "" : action + "ed");
    }
}

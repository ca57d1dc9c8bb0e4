package org.parallax.spark;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.QuoteCluster;

/**
 * How far two clusterings of the same quotes agree: over the pairs of quotes put in one cluster, the precision and
 * recall of {@code found} against {@code expected}; and the share of expected clusters found exactly.
 */
record Agreement(long expectedPairs, long foundPairs, long sharedPairs, double exactClusters) {

    static Agreement of(List<QuoteCluster> expected, List<QuoteCluster> found) {
        Set<String> e = pairs(expected);
        Set<String> f = pairs(found);
        Set<String> shared = new HashSet<>(e);
        shared.retainAll(f);
        Set<Set<String>> foundSets = new HashSet<>();
        found.forEach(q -> foundSets.add(members(q)));
        long exact = expected.stream().filter(q -> foundSets.contains(members(q))).count();
        return new Agreement(e.size(), f.size(), shared.size(),
                expected.isEmpty() ? 1 : (double) exact / expected.size());
    }

    double precision() {
        return foundPairs == 0 ? 1 : (double) sharedPairs / foundPairs;
    }

    double recall() {
        return expectedPairs == 0 ? 1 : (double) sharedPairs / expectedPairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pairwise precision %.4f, recall %.4f, F1 %.4f (%d desktop pairs, %d job "
                + "pairs); %.1f%% of desktop clusters found exactly", precision(), recall(), f1(), expectedPairs,
                foundPairs, 100 * exactClusters);
    }

    private static Set<String> pairs(List<QuoteCluster> clusters) {
        Set<String> out = new HashSet<>();
        for (QuoteCluster q : clusters) {
            List<String> ids = q.members().stream().map(v -> v.quoteId()).sorted().toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    out.add(ids.get(i) + "|" + ids.get(j));
                }
            }
        }
        return out;
    }

    private static Set<String> members(QuoteCluster q) {
        Set<String> out = new HashSet<>();
        q.members().forEach(v -> out.add(v.quoteId()));
        return out;
    }
}

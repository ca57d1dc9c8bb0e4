package org.parallax.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Clustering scores of one system clustering against the gold one, over the same mentions.
 *
 * <ul>
 *   <li>B³ (Bagga and Baldwin 1998): for each mention, precision is the share of its system cluster that is in its
 *       gold cluster, recall the share of its gold cluster that is in its system cluster (both counting the mention
 *       itself); the corpus figures are the averages over mentions.</li>
 *   <li>Pairwise: the pairs of mentions put together; precision = pairs together in both / pairs together in the
 *       system, recall = pairs together in both / pairs together in the gold. With no pair on a side, the ratio is
 *       reported as 0.</li>
 *   <li>Cross-document pairwise: the same, counting only pairs whose mentions are in different documents (what
 *       comparing outlets is about).</li>
 * </ul>
 */
public record EventScore(int mentions, int goldClusters, int systemClusters, double b3Precision, double b3Recall,
                         long pairsBoth, long pairsSystem, long pairsGold, long crossBoth, long crossSystem,
                         long crossGold) {

    /** One mention: its document, gold cluster and system cluster. */
    public record Item(String doc, String gold, String system) {
        public Item {
            Objects.requireNonNull(doc);
            Objects.requireNonNull(gold);
            Objects.requireNonNull(system);
        }
    }

    public static EventScore of(List<Item> items) {
        Map<String, Integer> gold = new HashMap<>();
        Map<String, Integer> sys = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        Map<String, Integer> goldDoc = new HashMap<>();
        Map<String, Integer> sysDoc = new HashMap<>();
        Map<String, Integer> bothDoc = new HashMap<>();
        for (Item i : items) {
            gold.merge(i.gold, 1, Integer::sum);
            sys.merge(i.system, 1, Integer::sum);
            both.merge(i.system + "\u0000" + i.gold, 1, Integer::sum);
            goldDoc.merge(i.gold + "\u0000" + i.doc, 1, Integer::sum);
            sysDoc.merge(i.system + "\u0000" + i.doc, 1, Integer::sum);
            bothDoc.merge(i.system + "\u0000" + i.gold + "\u0000" + i.doc, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Item i : items) {
            int shared = both.get(i.system + "\u0000" + i.gold);
            p += (double) shared / sys.get(i.system);
            r += (double) shared / gold.get(i.gold);
        }
        int n = items.size();
        long pb = pairs(both);
        long ps = pairs(sys);
        long pg = pairs(gold);
        return new EventScore(n, gold.size(), sys.size(), n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, pb, ps, pg,
                pb - pairs(bothDoc), ps - pairs(sysDoc), pg - pairs(goldDoc));
    }

    private static long pairs(Map<String, Integer> counts) {
        long s = 0;
        for (int c : counts.values()) {
            s += (long) c * (c - 1) / 2;
        }
        return s;
    }

    public double b3F1() {
        return Ratios.f1(b3Precision, b3Recall);
    }

    /** Pairs of mentions put together, in both, the system and the gold. */
    public PairScore pairwise() {
        return new PairScore(pairsBoth, pairsSystem, pairsGold);
    }

    /** {@link #pairwise()} counting only pairs whose mentions are in different documents. */
    public PairScore cross() {
        return new PairScore(crossBoth, crossSystem, crossGold);
    }
}

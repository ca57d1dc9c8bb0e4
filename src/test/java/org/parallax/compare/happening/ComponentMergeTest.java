package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The stories' average-link merging done component by component on every core ({@link PairComponents}) merges as the
 * one loop over all pairs did (kept here as the reference): the same parents and the same groups' days, on one
 * thread and on four.
 */
class ComponentMergeTest {

    @Test
    void componentsHoldEveryPairOnceAndNoPairLinksTwo() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            PairSums pairs = randomPairs(random, n);
            PairComponents components = PairComponents.of(pairs, n);
            int[] componentOf = new int[n];
            Arrays.fill(componentOf, -1);
            Set<Integer> seen = new HashSet<>();
            for (int c = 0; c < components.count(); c++) {
                assertThat(components.size(c)).isPositive();
                int last = -1;
                for (int k = 0; k < components.size(c); k++) {
                    int e = components.pair(c, k);
                    assertThat(e).isGreaterThan(last); // in the pairs' order
                    last = e;
                    assertThat(seen.add(e)).isTrue();
                    for (int article : new int[] {(int) (pairs.key(e) >> 32), (int) pairs.key(e)}) {
                        assertThat(componentOf[article]).isIn(-1, c);
                        componentOf[article] = c;
                    }
                }
            }
            assertThat(seen).hasSize(pairs.size());
            // one component is linked: its articles reached from its first pair's through its pairs
            for (int c = 0; c < components.count(); c++) {
                Set<Integer> reached = new HashSet<>(List.of((int) (pairs.key(components.pair(c, 0)) >> 32)));
                for (boolean grew = true; grew; ) {
                    grew = false;
                    for (int k = 0; k < components.size(c); k++) {
                        long key = pairs.key(components.pair(c, k));
                        if (reached.contains((int) (key >> 32)) != reached.contains((int) key)) {
                            reached.add((int) (key >> 32));
                            reached.add((int) key);
                            grew = true;
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    assertThat(reached.contains(i)).isEqualTo(componentOf[i] == c);
                }
            }
        }
    }

    @Test
    void mergesAsTheOneLoopDidOnOneThreadAndOnFour() throws Exception {
        Random random = new Random(17);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            for (int round = 0; round < 300; round++) {
                int n = 1 + random.nextInt(round % 10 == 0 ? 400 : 60);
                PairSums pairs = randomPairs(random, n);
                long[] firstDay = new long[n];
                long[] lastDay = new long[n];
                for (int i = 0; i < n; i++) {
                    // undated now and then; days over a span wider than SPAN_DAYS, so some merges are refused
                    long day = random.nextInt(6) == 0 ? -1 : random.nextInt(150);
                    firstDay[i] = day < 0 ? Long.MAX_VALUE : day;
                    lastDay[i] = day < 0 ? Long.MIN_VALUE : day;
                }
                long[][] expectedDays = {firstDay.clone(), lastDay.clone()};
                int[] expected = reference(pairs, expectedDays[0], expectedDays[1]);
                for (ForkJoinPool pool : List.of(one, four)) {
                    long[][] days = {firstDay.clone(), lastDay.clone()};
                    int[] got = pool.submit(() -> ArticleStories.merged(pairs, days[0], days[1])).get();
                    assertThat(got).as("round %d on %d threads", round, pool.getParallelism()).isEqualTo(expected);
                    assertThat(days[0]).isEqualTo(expectedDays[0]);
                    assertThat(days[1]).isEqualTo(expectedDays[1]);
                }
                // and from a thread outside any pool, as the coverages call it
                long[][] days = {firstDay.clone(), lastDay.clone()};
                assertThat(ArticleStories.merged(pairs, days[0], days[1])).isEqualTo(expected);
            }
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    /**
     * Pairs of a few clusters of articles (replicas share every name: many equal sums, so ties decide), some articles
     * in none, each pair's sum added in a few shares, as names add them.
     */
    private static PairSums randomPairs(Random random, int n) {
        PairSums pairs = new PairSums();
        int clusters = 1 + random.nextInt(Math.max(1, n / 4));
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = random.nextInt(5) == 0 ? -1 : random.nextInt(clusters);
        }
        double[] shares = {0.01, 0.02, 0.04, 0.05, 0.1, 0.25};
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                boolean near = clusterOf[a] >= 0 && clusterOf[a] == clusterOf[b];
                if (near ? random.nextInt(4) != 0 : clusterOf[a] >= 0 && clusterOf[b] >= 0 && random.nextInt(40) == 0) {
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        pairs.add(((long) a << 32) | b, shares[random.nextInt(near ? shares.length : 3)]);
                    }
                }
            }
        }
        return pairs;
    }

    /** The merging before components: one queue of all pairs' candidates, merged on one thread. */
    private static int[] reference(PairSums pairs, long[] firstDay, long[] lastDay) {
        int n = firstDay.length;
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        MergeQueue queue = new MergeQueue();
        for (int e = 0; e < pairs.size(); e++) {
            long key = pairs.key(e);
            queue.add(pairs.sum(e), (int) (key >> 32), (int) key, 1, 1);
        }
        PartnerSums[] sums = GroupSums.of(pairs, n);
        while (!queue.isEmpty()) {
            queue.poll();
            int a = queue.first();
            int b = queue.second();
            if (queue.similarity() < ArticleStories.JOIN) {
                break;
            }
            if (parent[a] != a || parent[b] != b || size[a] != queue.firstSize() || size[b] != queue.secondSize()) {
                continue;
            }
            long first = Math.min(firstDay[a], firstDay[b]);
            long last = Math.max(lastDay[a], lastDay[b]);
            if (first != Long.MAX_VALUE && last - first > ArticleStories.SPAN_DAYS) {
                continue;
            }
            parent[b] = a;
            size[a] += size[b];
            firstDay[a] = first;
            lastDay[a] = last;
            PartnerSums into = sums[a];
            into.remove(b);
            PartnerSums from = sums[b];
            for (int slot = 0; slot < from.slots(); slot++) {
                if (!from.holds(slot) || from.key(slot) == a) {
                    continue;
                }
                int c = from.key(slot);
                double sum = into.add(c, from.sum(slot));
                sums[c].remove(b);
                sums[c].put(a, sum);
            }
            sums[b] = null;
            for (int slot = 0; slot < into.slots(); slot++) {
                if (into.holds(slot)) {
                    int c = into.key(slot);
                    double similarity = into.sum(slot) / ((double) size[a] * size[c]);
                    queue.add(similarity, Math.min(a, c), Math.max(a, c), size[Math.min(a, c)], size[Math.max(a, c)]);
                }
            }
        }
        return parent;
    }
}

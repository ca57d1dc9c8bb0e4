package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The merge queue in arrays pops as {@code java.util.PriorityQueue} did, ties included, so the stories are the same. */
class MergeQueueTest {

    @Test
    void popsInThePriorityQueuesOrderTiesIncluded() {
        Random random = new Random(65);
        for (int round = 0; round < 200; round++) {
            PriorityQueue<double[]> expected = new PriorityQueue<>((x, y) -> Double.compare(y[0], x[0]));
            MergeQueue queue = new MergeQueue();
            for (int step = 0; step < 2000; step++) {
                if (random.nextInt(3) > 0 || expected.isEmpty()) {
                    double s = random.nextInt(1 + round % 7) / 4.0; // few values: most candidates tie
                    int a = random.nextInt(1000);
                    int b = random.nextInt(1000);
                    int sizeA = 1 + random.nextInt(9);
                    int sizeB = 1 + random.nextInt(9);
                    expected.add(new double[] {s, a, b, sizeA, sizeB});
                    queue.add(s, a, b, sizeA, sizeB);
                } else {
                    double[] top = expected.poll();
                    queue.poll();
                    assertThat(new double[] {queue.similarity(), queue.first(), queue.second(), queue.firstSize(),
                        queue.secondSize()}).as("round %d step %d", round, step).containsExactly(top);
                }
                assertThat(queue.isEmpty()).isEqualTo(expected.isEmpty());
            }
        }
    }

    @Test
    void mergingGivesTheStoriesTheBoxedQueueGaveOverInputsWithTies() {
        for (int round = 0; round < 410; round++) {
            boolean strided = round >= 400;
            Random sizes = new Random(round);
            int n = strided ? 640 + sizes.nextInt(400) : 2 + sizes.nextInt(round < 200 ? 30 : 300);
            Inputs in = inputs(round, n, strided);
            Inputs again = inputs(round, n, strided); // the same days
            assertThat(ArticleStories.merged(again.twin, again.firstDay, again.lastDay)).as("round " + round)
                    .containsExactly(boxedMerge(in.pairs, in.firstDay, in.lastDay));
        }
    }

    /** The pairs as the boxed map the merging read and as its twin, made by the same calls. */
    private record Inputs(Map<Long, Double> pairs, TwinMap twin, long[] firstDay, long[] lastDay) {
    }

    /**
     * {@code strided}: the articles are replicas of 64 seeds (index mod 64) that pair with each other's replicas, so
     * the groups' maps hold many keys of one bin and become trees, as the bench's replicated articles make them.
     */
    private static Inputs inputs(int seed, int n, boolean strided) {
        Random random = new Random(seed);
        random.nextInt(); // as the size was drawn
        Map<Long, Double> pairs = new HashMap<>();
        TwinMap twin = TwinMap.ofLongs();
        int count = random.nextInt(n * (strided ? 24 : 4));
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(n);
            int b = strided ? Math.floorMod(a % 64 + random.nextInt(3) - 1, 64) + 64 * random.nextInt(n / 64)
                    : random.nextInt(n);
            if (a != b && b < n) {
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                double share = (1 + random.nextInt(4)) / 8.0;
                // eighths: equal sums and averages are common, as between replicated articles
                pairs.merge(key, share, Double::sum);
                twin.merge(key, share);
            }
        }
        long[] first = new long[n];
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            boolean dated = random.nextInt(3) > 0;
            first[i] = dated ? random.nextInt(200) : Long.MAX_VALUE;
            last[i] = dated ? first[i] : Long.MIN_VALUE;
        }
        return new Inputs(pairs, twin, first, last);
    }

    /** The merging as it was, with a {@code PriorityQueue<double[]>}: the reference. */
    private static int[] boxedMerge(Map<Long, Double> pairs, long[] firstDay, long[] lastDay) {
        int n = firstDay.length;
        int[] parent = new int[n];
        int[] size = new int[n];
        List<Map<Integer, Double>> sums = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            sums.add(new HashMap<>());
        }
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        pairs.forEach((key, s) -> {
            int a = (int) (key >> 32);
            int b = (int) (long) key;
            sums.get(a).put(b, s);
            sums.get(b).put(a, s);
            queue.add(new double[] {s, a, b, 1, 1});
        });
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int a = (int) top[1];
            int b = (int) top[2];
            if (top[0] < ArticleStories.JOIN) {
                break;
            }
            if (parent[a] != a || parent[b] != b || size[a] != top[3] || size[b] != top[4]) {
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
            Map<Integer, Double> into = sums.get(a);
            into.remove(b);
            for (Map.Entry<Integer, Double> e : sums.get(b).entrySet()) {
                if (e.getKey() != a) {
                    into.merge(e.getKey(), e.getValue(), Double::sum);
                    sums.get(e.getKey()).remove(b);
                    sums.get(e.getKey()).put(a, into.get(e.getKey()));
                }
            }
            sums.set(b, Map.of());
            for (Map.Entry<Integer, Double> e : into.entrySet()) {
                int c = e.getKey();
                queue.add(new double[] {e.getValue() / ((double) size[a] * size[c]), a, c, size[a], size[c]});
            }
        }
        return Arrays.copyOf(parent, n);
    }
}

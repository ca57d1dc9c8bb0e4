package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The merge queue pops candidates in a total order of their own (decision 0057), so the stories do not depend on the
 * order the pairs come in: the boxed merging with the same order of ties is the reference.
 */
class MergeQueueTest {

    /** The candidates' order: the higher similarity, then the smaller first group, second group, sizes. */
    private static final Comparator<double[]> ORDER = Comparator.<double[]>comparingDouble(x -> -x[0])
            .thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2])
            .thenComparingDouble(x -> x[3]).thenComparingDouble(x -> x[4]);

    @Test
    void popsTheBestFirstAndTiesByTheirGroupsThenSizes() {
        Random random = new Random(65);
        for (int round = 0; round < 200; round++) {
            PriorityQueue<double[]> expected = new PriorityQueue<>(ORDER);
            MergeQueue queue = new MergeQueue();
            for (int step = 0; step < 2000; step++) {
                if (random.nextInt(3) > 0 || expected.isEmpty()) {
                    double s = random.nextInt(1 + round % 7) / 4.0; // few values: most candidates tie
                    int a = random.nextInt(round % 2 == 0 ? 1000 : 5); // few groups: ties on groups too
                    int b = random.nextInt(round % 2 == 0 ? 1000 : 5);
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
    void mergingGivesTheStoriesOfTheBoxedMergingWithTheSameOrderOfTies() {
        for (int round = 0; round < 410; round++) {
            boolean strided = round >= 400;
            Random sizes = new Random(round);
            int n = strided ? 640 + sizes.nextInt(400) : 2 + sizes.nextInt(round < 200 ? 30 : 300);
            Inputs in = inputs(round, n, strided);
            Inputs again = inputs(round, n, strided); // the same days
            assertThat(ArticleStories.merged(sums(again.pairs), again.firstDay, again.lastDay)).as("round " + round)
                    .containsExactly(boxedMerge(in.pairs, in.firstDay, in.lastDay));
        }
    }

    @Test
    void theStoriesDoNotDependOnTheOrderThePairsComeIn() {
        for (int round = 0; round < 210; round++) {
            boolean strided = round >= 200;
            Random random = new Random(round);
            int n = strided ? 640 + random.nextInt(400) : 2 + random.nextInt(300);
            Inputs in = inputs(round, n, strided);
            int[] expected = ArticleStories.merged(sums(in.pairs), in.firstDay.clone(), in.lastDay.clone());
            for (int shuffle = 0; shuffle < 3; shuffle++) {
                List<Map.Entry<Long, Double>> pairs = new ArrayList<>(in.pairs.entrySet());
                Collections.shuffle(pairs, random);
                PairSums shuffled = new PairSums();
                pairs.forEach(e -> shuffled.add(e.getKey(), e.getValue()));
                assertThat(ArticleStories.merged(shuffled, in.firstDay.clone(), in.lastDay.clone()))
                        .as("round %d shuffle %d", round, shuffle).containsExactly(expected);
            }
        }
    }

    /** The pairs and the articles' days. */
    private record Inputs(Map<Long, Double> pairs, long[] firstDay, long[] lastDay) {
    }

    private static PairSums sums(Map<Long, Double> pairs) {
        PairSums out = new PairSums();
        pairs.forEach(out::add);
        return out;
    }

    /**
     * {@code strided}: the articles are replicas of 64 seeds (index mod 64) that pair with each other's replicas, as
     * the bench's replicated articles do: many equal sums.
     */
    private static Inputs inputs(int seed, int n, boolean strided) {
        Random random = new Random(seed);
        random.nextInt(); // as the size was drawn
        Map<Long, Double> pairs = new LinkedHashMap<>();
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
            }
        }
        long[] first = new long[n];
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            boolean dated = random.nextInt(3) > 0;
            first[i] = dated ? random.nextInt(200) : Long.MAX_VALUE;
            last[i] = dated ? first[i] : Long.MIN_VALUE;
        }
        return new Inputs(pairs, first, last);
    }

    /** The merging with boxed maps and a {@code PriorityQueue<double[]>} in the same order: the reference. */
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
        PriorityQueue<double[]> queue = new PriorityQueue<>(ORDER);
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
                int low = Math.min(a, c);
                int high = Math.max(a, c);
                queue.add(new double[] {e.getValue() / ((double) size[a] * size[c]), low, high, size[low], size[high]});
            }
        }
        return Arrays.copyOf(parent, n);
    }
}

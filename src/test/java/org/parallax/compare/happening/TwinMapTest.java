package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The twin map iterates as {@code HashMap} does given the same calls, entry for entry and in order, trees included:
 * keys of a common stride fill one bin until it becomes a tree, removals shrink trees back into lists, resizes split
 * them.
 */
class TwinMapTest {

    /** The twin's entries in its order of iteration, as the boxed map's entries would be listed. */
    static List<Map.Entry<Long, Double>> entries(TwinMap twin) {
        List<Map.Entry<Long, Double>> out = new ArrayList<>();
        for (int e = twin.first(); e != TwinMap.END; e = twin.next(e)) {
            out.add(Map.entry(twin.key(e), twin.value(e)));
        }
        return out;
    }

    private static List<Map.Entry<Long, Double>> entries(Map<? extends Number, Double> map) {
        List<Map.Entry<Long, Double>> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(Map.entry(k.longValue(), v)));
        return out;
    }

    /** A key drawn so that many share a bin: a stride of 64 to 4,096, a few offsets, some anywhere. */
    private static long key(Random random, int stride, int offsets, boolean longKeys) {
        if (random.nextInt(8) == 0) {
            return longKeys ? random.nextLong() : random.nextInt();
        }
        long k = (long) stride * random.nextInt(400) + random.nextInt(offsets);
        if (longKeys && random.nextBoolean()) {
            int b = random.nextInt(1 << 14);
            int a = (int) (k % 3000);
            return ((long) a << 32) | (a ^ b); // a pair key: its hash is the xor of its halves, b
        }
        return longKeys ? k : (int) k;
    }

    @Test
    void integerKeysIterateAsAHashMapOfIntegersAfterEveryCall() {
        check(false, 71);
    }

    @Test
    void longKeysIterateAsAHashMapOfLongsAfterEveryCall() {
        check(true, 72);
    }

    private static void check(boolean longKeys, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 80; round++) {
            int stride = 64 << random.nextInt(7);
            int offsets = 1 + random.nextInt(3);
            Map<Long, Double> boxedLongs = new HashMap<>();
            Map<Integer, Double> boxedInts = new HashMap<>();
            TwinMap twin = longKeys ? TwinMap.ofLongs() : TwinMap.ofIntegers();
            List<Long> known = new ArrayList<>();
            int steps = 50 + random.nextInt(round < 40 ? 300 : 3000);
            int removeShare = 1 + random.nextInt(5); // of eight: some rounds grow, some shrink
            for (int step = 0; step < steps; step++) {
                long k = !known.isEmpty() && random.nextInt(3) == 0 ? known.get(random.nextInt(known.size()))
                        : key(random, stride, offsets, longKeys);
                known.add(k);
                double v = random.nextInt(16) / 8.0;
                int op = random.nextInt(8);
                if (op < removeShare) {
                    twin.remove(k);
                    if (longKeys) {
                        boxedLongs.remove(k);
                    } else {
                        boxedInts.remove((int) k);
                    }
                } else if (op < removeShare + (8 - removeShare) / 2) {
                    twin.put(k, v);
                    if (longKeys) {
                        boxedLongs.put(k, v);
                    } else {
                        boxedInts.put((int) k, v);
                    }
                } else {
                    double held = twin.merge(k, v);
                    Double expected = longKeys ? boxedLongs.merge(k, v, Double::sum)
                            : boxedInts.merge((int) k, v, Double::sum);
                    assertThat(held).isEqualTo(expected);
                }
                Map<? extends Number, Double> boxed = longKeys ? boxedLongs : boxedInts;
                // every call is checked by the size and the value; the whole order every few calls
                if (step % (step < 300 ? 7 : 61) == 0 || step == steps - 1) {
                    assertThat(entries(twin)).as("round %d step %d", round, step)
                            .containsExactlyElementsOf(entries(boxed));
                }
                assertThat(twin.size()).isEqualTo(boxed.size());
                Double got = longKeys ? boxedLongs.get(k) : boxedInts.get((int) k);
                assertThat(Double.compare(twin.get(k), got == null ? Double.NaN : got)).isZero();
            }
        }
    }

    @Test
    void aBinOfEightMergedBecomesATreeWhoseNewNodesFollowTheirTreeParents() {
        Map<Integer, Double> boxed = new HashMap<>();
        TwinMap twin = TwinMap.ofIntegers();
        for (int i = 0; i < 48; i++) { // a table of 64 bins, every key in one bin of them
            twin.merge(64L * ((i * 37) % 48), i);
            boxed.merge(64 * ((i * 37) % 48), (double) i, Double::sum);
        }
        List<Map.Entry<Long, Double>> expected = entries(boxed);
        assertThat(entries(twin)).containsExactlyElementsOf(expected);
        // neither insertion order nor its reverse nor key order: the tree's
        List<Long> keys = expected.stream().map(Map.Entry::getKey).toList();
        assertThat(keys).isNotEqualTo(keys.stream().sorted().toList());
    }

    @Test
    void growIfDueGrowsAsTheNextMergeWouldBeforeItLooksTheKeyUp() {
        Map<Long, Double> boxed = new HashMap<>();
        TwinMap twin = TwinMap.ofLongs();
        for (long key : new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17}) { // 13 keys pass 16 × 0.75
            boxed.merge(key, 0.5, Double::sum);
            twin.merge(key, 0.5);
        }
        assertThat(entries(twin)).containsExactlyElementsOf(entries(boxed));
        boxed.merge(1L, 0.0, (kept, unused) -> kept);
        twin.growIfDue();
        assertThat(entries(twin)).containsExactlyElementsOf(entries(boxed)).last().extracting(Map.Entry::getKey)
                .isEqualTo(17L);
    }
}

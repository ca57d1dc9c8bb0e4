package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order found without a map is the order a {@code new HashMap<>()} given the keys one by one iterates them. */
class HashMapOrderTest {

    /** Blocks of two chars with one hash code: any string of n blocks shares its hash with every other of n blocks. */
    private static final String[] SAME_HASH = {"Aa", "BB"};

    @Test
    void ordersKeysAsTheMapIteratesThem() {
        Random random = new Random(81);
        for (int round = 0; round < 20_000; round++) {
            String[] keys = keys(random);
            assertThat(order(keys)).as("round %d: %s", round, List.of(keys)).isEqualTo(mapOrder(keys));
        }
    }

    /** Bins of eight or more keys: made trees at 64 bins and more, the table doubled for them below. */
    @Test
    void crowdedBinsAreOrderedAsTheMapOrdersThem() {
        Random random = new Random(9);
        for (int round = 0; round < 2_000; round++) {
            Set<String> keys = new LinkedHashSet<>();
            int crowd = 7 + random.nextInt(12);
            while (keys.size() < crowd) {
                keys.add(sameHash(5, random)); // one hash code: one bin, whatever the capacity
            }
            for (int k = random.nextInt(round % 3 == 0 ? 80 : 6); k > 0; k--) {
                keys.add("t" + random.nextInt(1000));
            }
            List<String> shuffled = new ArrayList<>(keys);
            java.util.Collections.shuffle(shuffled, random);
            String[] array = shuffled.toArray(String[]::new);
            assertThat(order(array)).as("round %d", round).isEqualTo(mapOrder(array));
        }
    }

    @Test
    void noKeysNoOrder() {
        assertThat(HashMapOrder.of(new String[0])).isEmpty();
    }

    private static String[] keys(Random random) {
        int n = random.nextInt(random.nextInt(8) == 0 ? 120 : 20);
        Set<String> keys = new LinkedHashSet<>();
        while (keys.size() < n) {
            int kind = random.nextInt(10);
            keys.add(kind == 0 ? sameHash(1 + random.nextInt(3), random)
                    : kind == 1 ? "" + (char) ('a' + random.nextInt(26))
                    : "t" + random.nextInt(kind == 2 ? 40 : 5000));
        }
        return keys.toArray(String[]::new);
    }

    private static String sameHash(int blocks, Random random) {
        StringBuilder s = new StringBuilder();
        for (int b = 0; b < blocks; b++) {
            s.append(SAME_HASH[random.nextInt(2)]);
        }
        return s.toString();
    }

    private static List<String> order(String[] keys) {
        List<String> out = new ArrayList<>();
        for (int k : HashMapOrder.of(keys)) {
            out.add(keys[k]);
        }
        return out;
    }

    /** The reference: the map itself. */
    private static List<String> mapOrder(String[] keys) {
        Map<String, Double> map = new HashMap<>();
        for (String k : keys) {
            map.put(k, 1.0);
        }
        return new ArrayList<>(map.keySet());
    }
}

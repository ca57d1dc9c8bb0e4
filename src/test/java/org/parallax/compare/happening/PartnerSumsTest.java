package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The groups' primitive map holds what a {@code HashMap<Integer, Double>} given the same calls holds. */
class PartnerSumsTest {

    @Test
    void holdsWhatAHashMapHoldsAfterRandomPutsAddsAndRemovals() {
        Random random = new Random(57);
        for (int round = 0; round < 300; round++) {
            int keys = 1 + random.nextInt(round < 150 ? 20 : 3000);
            Map<Integer, Double> expected = new HashMap<>();
            PartnerSums map = new PartnerSums(random.nextInt(10));
            for (int step = 0; step < 4000; step++) {
                // keys of one stride crowd a few homes: long runs, where removals must shift entries back
                int key = random.nextBoolean() ? random.nextInt(keys) : 64 * random.nextInt(1 + keys / 64);
                double value = random.nextInt(8) / 8.0;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        expected.put(key, value);
                        map.put(key, value);
                    }
                    case 1 -> assertThat(map.add(key, value)).isEqualTo(expected.merge(key, value, Double::sum));
                    default -> {
                        expected.remove(key);
                        map.remove(key);
                    }
                }
            }
            Map<Integer, Double> actual = new HashMap<>();
            for (int slot = 0; slot < map.slots(); slot++) {
                if (map.holds(slot)) {
                    assertThat(actual.put(map.key(slot), map.sum(slot))).as("a key held twice").isNull();
                }
            }
            assertThat(map.size()).isEqualTo(expected.size());
            assertThat(actual).as("round " + round).isEqualTo(expected);
        }
    }
}

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

    /** The reference: the boxed set the undated joiner marked its pairs in. */
    @Test
    void addsAsAHashSetOfLongsDoes() {
        Random random = new Random(47);
        for (int round = 0; round < 200; round++) {
            LongSet set = new LongSet();
            Set<Long> reference = new HashSet<>();
            int clusters = 1 + random.nextInt(round % 3 == 0 ? 4 : 500);
            for (int n = random.nextInt(3000); n > 0; n--) {
                long key = random.nextInt(20) == 0 ? randomKey(random)
                        : (long) random.nextInt(clusters) << 32 | random.nextInt(40);
                assertThat(set.add(key)).as("add %d", key).isEqualTo(reference.add(key));
            }
            assertThat(set.size()).isEqualTo(reference.size());
        }
    }

    @Test
    void holdsZeroAndTheLargestKey() {
        LongSet set = new LongSet();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(Long.MAX_VALUE - 1)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(Long.MAX_VALUE - 1)).isFalse();
        assertThatThrownBy(() -> set.add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> set.add(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long randomKey(Random random) {
        long k = random.nextLong() & Long.MAX_VALUE;
        return k == Long.MAX_VALUE ? 0 : k;
    }
}

package org.parallax.compare.happening;

import java.util.Arrays;

/**
 * Sums by pair key in plain arrays: each pair's shares added in the order given, the pairs kept in the order first
 * met, a joined one's part after part (an order nothing reads since decision 0057). A pair of replicated articles shares every name, and each share
 * boxed a number and searched a {@code HashMap<Long, Double>}, whose bins a pair key's hash (the xor of its halves)
 * filled with hundreds of pairs.
 */
final class PairSums {

    private long[] keys = new long[16];
    private double[] sums = new double[16];
    private int size;
    /** Open addressing: the index of a key plus one, 0 for an empty slot. */
    private int[] slots = new int[32];

    /** Adds {@code share} to the pair's sum (the first share is the sum). */
    void add(long key, double share) {
        int mask = slots.length - 1;
        int slot = mix(key) & mask;
        while (slots[slot] != 0) {
            int at = slots[slot] - 1;
            if (keys[at] == key) {
                sums[at] += share;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            sums = Arrays.copyOf(sums, size * 2);
        }
        keys[size] = key;
        sums[size] = share;
        slots[slot] = ++size;
        if (2 * size > slots.length) {
            grow();
        }
    }

    /**
     * The pairs of {@code parts}, which hold no pair twice: each part's pairs in its order, one part after another,
     * each with its sum as its part added it.
     */
    static PairSums joined(PairSums... parts) {
        PairSums out = new PairSums();
        int size = 0;
        for (PairSums part : parts) {
            size += part.size;
        }
        out.keys = new long[Math.max(16, size)];
        out.sums = new double[out.keys.length];
        for (PairSums part : parts) {
            System.arraycopy(part.keys, 0, out.keys, out.size, part.size);
            System.arraycopy(part.sums, 0, out.sums, out.size, part.size);
            out.size += part.size;
        }
        int slots = 32;
        while (slots < 2 * size) {
            slots *= 2;
        }
        out.slots = out.slotsOf(slots);
        return out;
    }

    int size() {
        return size;
    }

    /** The key of the {@code i}th pair met. */
    long key(int i) {
        return keys[i];
    }

    /** The sum of the {@code i}th pair met. */
    double sum(int i) {
        return sums[i];
    }

    private void grow() {
        slots = slotsOf(slots.length * 2);
    }

    /** The slots of the pairs held in a table of {@code length} (a power of two, more than twice the pairs). */
    private int[] slotsOf(int length) {
        int[] bigger = new int[length];
        int mask = bigger.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = mix(keys[i]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = i + 1;
        }
        return bigger;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

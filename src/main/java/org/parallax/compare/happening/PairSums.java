package org.parallax.compare.happening;

import java.util.Arrays;

/**
 * Sums by pair key in plain arrays: each pair's shares added in the order given, the pairs kept in the order first
 * met. {@link #asMap} gives the {@code HashMap} that merging every share into one ({@code merge(key, share,
 * Double::sum)}) would have given, as its {@link TwinMap}, with the same entries in the same order of iteration: a
 * {@code HashMap}'s layout depends only on the keys put and when it grows, and it grows at the first call after it
 * passes its threshold. A pair key's {@code Long} hash is the xor of its halves, so the map's bins hold hundreds of
 * pairs each; finding a pair there once per share was most of the pairs' work.
 */
final class PairSums {

    private long[] keys = new long[16];
    private double[] sums = new double[16];
    private int size;
    /** Open addressing: the index of a key plus one, 0 for an empty slot. */
    private int[] slots = new int[32];
    /** Whether a share of a known pair came after the last new pair (a merge call the map may have grown at). */
    private boolean sharedAfterLast;

    /** Adds {@code share} to the pair's sum (the first share is the sum). */
    void add(long key, double share) {
        int mask = slots.length - 1;
        int slot = mix(key) & mask;
        while (slots[slot] != 0) {
            int at = slots[slot] - 1;
            if (keys[at] == key) {
                sums[at] += share;
                sharedAfterLast = true;
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
        sharedAfterLast = false;
        if (2 * size > slots.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /**
     * The sums laid out as the {@code HashMap<Long, Double>} merging every share in turn would have made them ({@link
     * TwinMap}: the same order of iteration, without a boxed key and value per pair). The pairs go in in the order
     * first met until the table has more bins than the largest hash and at least 64 (a pair key's hash is below the
     * articles' count rounded up to a power of two); from then on each bin holds one hash, a growing table moves no
     * node to another bin nor changes a bin's order, and a full bin becomes a tree, so a bin's layout depends only on
     * the order of its own keys: the rest go in bin by bin, each bin's keys in the order met. Its tree then lies
     * together in memory; walking trees spread over every pair was most of the map's work.
     */
    TwinMap asMap() {
        TwinMap out = TwinMap.ofLongs();
        int largest = 0;
        for (int i = 0; i < size; i++) {
            largest = Math.max(largest, TwinMap.longHash(keys[i]));
        }
        int i = 0;
        for (; i < size && (largest < 0 || out.bins() <= largest || out.bins() < 64); i++) {
            out.merge(keys[i], sums[i]); // a negative hash is larger than all: every pair in the order met
        }
        long[] byHash = new long[size - i]; // the hash high, the index low: sorted, bin by bin in the order met
        for (int j = i; j < size; j++) {
            byHash[j - i] = (long) TwinMap.longHash(keys[j]) << 32 | j;
        }
        Arrays.sort(byHash);
        for (long hashAndIndex : byHash) {
            int j = (int) hashAndIndex;
            out.merge(keys[j], sums[j]);
        }
        if (sharedAfterLast) {
            out.growIfDue(); // the call at which the map may have grown
        }
        return out;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = mix(keys[i]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = i + 1;
        }
        slots = bigger;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

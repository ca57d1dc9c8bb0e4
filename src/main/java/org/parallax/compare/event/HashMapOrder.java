package org.parallax.compare.event;

import java.util.HashMap;
import java.util.Map;

/**
 * The order in which a {@code new HashMap<>()}, given distinct keys by {@code put} one after the other, iterates them:
 * found without making the map. The clusterer summed and proposed each statement's weighted terms in the order of
 * such a map; keeping that order keeps every sum, and so every merge, to the last bit, while the terms themselves are
 * kept in two arrays (a map per statement held a node and a boxed weight per term across the whole clustering).
 *
 * <p>A {@link HashMap} puts a key in bin {@code spread(hash) & (capacity - 1)} ({@code spread(h) = h ^ (h >>> 16)}),
 * appends it to the bin's list, starts at capacity 16 and doubles when its size passes three quarters of it; a
 * doubling splits each bin into two keeping their order. So it iterates its bins in order, each in the order its keys
 * were put. That holds while no bin is made a tree, or the table doubled for a bin of nine (what a bin of nine makes
 * below capacity 64): keys that crowd one bin of 16 that far are left to a real map.
 */
final class HashMapOrder {

    private static final int FIRST_CAPACITY = 16;
    /** One short of the nine keys at which a bin is made a tree or the table doubled early: then the map is asked. */
    private static final int CROWDED = 8;

    private HashMapOrder() {
    }

    /** The places in {@code keys} (distinct, no null) in the order a map given them in that order iterates them. */
    static int[] of(String[] keys) {
        int n = keys.length;
        int capacity = FIRST_CAPACITY;
        while (n > capacity / 4 * 3) {
            capacity *= 2;
        }
        int[] bins = new int[n];
        int crowdest = 0;
        int[] firstBins = new int[FIRST_CAPACITY]; // every later bin holds keys of one of these: none can hold more
        for (int k = 0; k < n; k++) {
            int h = keys[k].hashCode();
            int spread = h ^ (h >>> 16);
            bins[k] = spread & (capacity - 1);
            crowdest = Math.max(crowdest, ++firstBins[spread & (FIRST_CAPACITY - 1)]);
        }
        if (crowdest >= CROWDED) {
            return asMapIterates(keys);
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) { // insertion sort by bin, stable: a statement holds some ten terms
            int at = k;
            while (at > 0 && bins[order[at - 1]] > bins[k]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = k;
        }
        return order;
    }

    /** The order read from a map made of them. */
    private static int[] asMapIterates(String[] keys) {
        Map<String, Integer> map = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            map.put(keys[k], k);
        }
        int[] order = new int[keys.length];
        int i = 0;
        for (int k : map.values()) {
            order[i++] = k;
        }
        return order;
    }
}

package org.parallax.compare.happening;

/**
 * One group's summed cosine with each group it is paired with, in one open-addressing table of {@code int} keys and
 * {@code double} values (linear probing; a removal shifts the following entries back, so no tombstones pile up while
 * groups merge). Its order of iteration is the table's and means nothing: {@link MergeQueue} orders ties by the
 * candidates themselves (decision 0057).
 */
final class PartnerSums {

    /** Each key plus one; 0 is an empty slot. */
    private int[] keys;
    private double[] sums;
    private int size;

    PartnerSums(int expected) {
        int capacity = 4;
        while (capacity < 2 * expected) {
            capacity <<= 1;
        }
        keys = new int[capacity];
        sums = new double[capacity];
    }

    int size() {
        return size;
    }

    /** Sets the sum with {@code key} (0 or more). */
    void put(int key, double sum) {
        int at = find(key);
        if (keys[at] == 0) {
            insert(at, key, sum);
        } else {
            sums[at] = sum;
        }
    }

    /** Adds {@code sum} to the one with {@code key} ({@code sum} if none: the group is a new partner); the new sum. */
    double add(int key, double sum) {
        int at = find(key);
        if (keys[at] == 0) {
            insert(at, key, sum);
            return sum;
        }
        return sums[at] += sum;
    }

    /** Removes the sum with {@code key}, if any. */
    void remove(int key) {
        int at = find(key);
        if (keys[at] == 0) {
            return;
        }
        int mask = keys.length - 1;
        int hole = at;
        for (int next = (hole + 1) & mask; keys[next] != 0; next = (next + 1) & mask) {
            int home = home(keys[next], mask);
            // the entry may fill the hole unless its home lies cyclically in (hole, next]
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                sums[hole] = sums[next];
                hole = next;
            }
        }
        keys[hole] = 0;
        sums[hole] = 0;
        size--;
    }

    /** The number of slots, for iterating: a slot holds an entry when {@link #holds} says so. */
    int slots() {
        return keys.length;
    }

    boolean holds(int slot) {
        return keys[slot] != 0;
    }

    int key(int slot) {
        return keys[slot] - 1;
    }

    double sum(int slot) {
        return sums[slot];
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(int key) {
        int stored = key + 1;
        int mask = keys.length - 1;
        int at = home(stored, mask);
        while (keys[at] != 0 && keys[at] != stored) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void insert(int at, int key, double sum) {
        keys[at] = key + 1;
        sums[at] = sum;
        if (2 * ++size > keys.length) {
            grow();
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldSums = sums;
        keys = new int[oldKeys.length * 2];
        sums = new double[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int at = home(oldKeys[i], mask);
                while (keys[at] != 0) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                sums[at] = oldSums[i];
            }
        }
    }

    /** Fibonacci hashing: the high bits of the product, so neighbouring article indices spread. */
    private static int home(int stored, int mask) {
        return (int) ((stored * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}

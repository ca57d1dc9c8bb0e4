package org.parallax.compare.event;

/**
 * A set of non-negative longs in one open-addressing table, for marking pairs ({@code a << 32 | b}) without boxing:
 * a {@code HashSet<Long>} of such pairs boxes each one and hashes it to {@code a ^ b}, so the pairs of a few small
 * events crowd a few buckets, which the map then turns into trees (the undated joiner's set of statements seen was a
 * third of choosing an undated statement's event).
 */
final class LongSet {

    private long[] table = new long[16]; // each key plus one; 0 is an empty slot
    private int size;

    /** Adds {@code key} (0 or more, less than {@link Long#MAX_VALUE}); whether it was not in the set yet. */
    boolean add(long key) {
        if (key < 0 || key == Long.MAX_VALUE) {
            throw new IllegalArgumentException("not a pair key: " + key);
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        long stored = key + 1;
        int mask = table.length - 1;
        int at = home(stored, mask);
        while (table[at] != 0) {
            if (table[at] == stored) {
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at] = stored;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long stored : old) {
            if (stored != 0) {
                int at = home(stored, mask);
                while (table[at] != 0) {
                    at = (at + 1) & mask;
                }
                table[at] = stored;
            }
        }
    }

    /** Both halves of the key mixed into the slot (Fibonacci hashing: the high bits of the product). */
    private static int home(long stored, int mask) {
        return (int) ((stored * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}

package org.parallax.compare.event;

import java.util.Arrays;

/**
 * The words a reader has met, each a range of a text's chars: whether a word is met for the first time, told without
 * a string made for it. {@link NameForms} reads every word of every article and asks the corpus' shared sets only for
 * the words its thread has not met; the {@link org.parallax.text.WordTable} it asked before read each word through
 * {@code charAt} (a call per char on a text with curly quotes, for the hash and again for the compare), and the
 * table's look-up over an array keeps the array a word came from, which here would keep every article's chars alive.
 * Here the hash comes with the word (found in the pass that finds the word, as {@link KnownWords} finds it) and a new
 * word's chars are copied into a pool of its own. Not thread-safe: one per reader.
 */
final class SeenWords {

    /** Per slot three ints: the word's hash (as {@link String#hashCode}), its start in {@link #pool}, its length (0: empty). */
    private int[] slots;
    private char[] pool;
    private int pooled;
    private int size;

    /** A set for about {@code expected} words (a guess: it grows). */
    SeenWords(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
        slots = new int[3 * capacity];
        pool = new char[8 * capacity];
    }

    /** {@link String#hashCode} of {@code chars[from, to)}. */
    static int hash(char[] chars, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + chars[k];
        }
        return hash;
    }

    /**
     * Adds the word {@code chars[from, to)} (one char or more), {@code hash} its {@link #hash}; whether it was not met
     * before.
     */
    boolean add(char[] chars, int from, int to, int hash) {
        int length = to - from;
        if (length <= 0) {
            throw new IllegalArgumentException("a word has a char or more: [" + from + ", " + to + ")");
        }
        int mask = slots.length / 3 - 1;
        for (int i = (hash ^ hash >>> 16) & mask; ; i = (i + 1) & mask) {
            int s = 3 * i;
            int kept = slots[s + 2];
            if (kept == 0) {
                put(s, chars, from, length, hash);
                return true;
            }
            if (kept == length && slots[s] == hash && samePooled(slots[s + 1], chars, from, length)) {
                return false;
            }
        }
    }

    /** How many words were met. */
    int size() {
        return size;
    }

    /** A loop, as {@link KnownWords} compares: words are a few chars, and C1 inlines no {@code Arrays.equals}. */
    private boolean samePooled(int start, char[] chars, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (pool[start + k] != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void put(int s, char[] chars, int from, int length, int hash) {
        if (pooled + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, pooled + length));
        }
        System.arraycopy(chars, from, pool, pooled, length);
        slots[s] = hash;
        slots[s + 1] = pooled;
        slots[s + 2] = length;
        pooled += length;
        size++;
        if (2 * size > slots.length / 3) {
            grow();
        }
    }

    /** Twice the slots, every word put again (at most half full). */
    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length / 3 - 1;
        for (int j = 0; j < old.length; j += 3) {
            if (old[j + 2] != 0) {
                int i = (old[j] ^ old[j] >>> 16) & mask;
                while (slots[3 * i + 2] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, j, slots, 3 * i, 3);
            }
        }
    }
}

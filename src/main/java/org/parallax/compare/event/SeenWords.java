package org.parallax.compare.event;

import java.util.Arrays;
import org.parallax.text.WordTable;

/**
 * The words a reader has met, each a range of a text's chars, numbered in the order met: whether a word is met for
 * the first time, and its number, told without a string made for it. Its chars are copied into a pool of its own the
 * first time (a look-up over the text's own array would keep every article's chars alive) and compared there; the
 * hash comes with the word ({@link Words#wordAt}, found in the pass that finds the word), so each char is read once
 * for the hash and once for the compare, from an array (no {@code charAt} per char, as the
 * {@link org.parallax.text.WordTable} asked before read a text with curly quotes). {@link NameForms} asks the corpus'
 * shared sets only for the words its reader has not met; {@link KnownWords} keeps each word's string and reading by
 * its number. Not thread-safe: one per reader.
 */
final class SeenWords {

    /**
     * Per slot four ints, side by side (one look-up reads one cache line, where an array per field missed the cache
     * once per field): the word's hash (as {@link String#hashCode}), its start in {@link #pool}, its length (0: an
     * empty slot) and its number.
     */
    private int[] slots;
    /** The chars of every word met, one after another: compared with a text's chars without a string. */
    private char[] pool;
    private int pooled;
    private int size;

    /** A set for about {@code expected} words (a guess: it grows). */
    SeenWords(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
        slots = new int[4 * capacity];
        pool = new char[8 * capacity];
    }

    /**
     * Adds the word {@code chars[from, to)} (one char or more), {@code hash} its {@link WordTable#hash}; whether it was not
     * met before.
     */
    boolean add(char[] chars, int from, int to, int hash) {
        int found = find(chars, from, to, hash);
        if (found >= 0) {
            return false;
        }
        put(found, chars, from, to, hash);
        return true;
    }

    /**
     * Where the word {@code chars[from, to)}, {@code hash} its {@link WordTable#hash}, is kept: its slot ({@code >= 0},
     * for {@link #number}) when met before, else {@code -1 - slot} of the empty slot it goes in (for {@link #put}).
     */
    int find(char[] chars, int from, int to, int hash) {
        int length = to - from;
        int mask = (slots.length >> 2) - 1;
        for (int i = (hash ^ hash >>> 16) & mask; ; i = (i + 1) & mask) {
            int s = 4 * i;
            int kept = slots[s + 2];
            if (kept == 0) {
                return -1 - s;
            }
            if (kept == length && slots[s] == hash && samePooled(slots[s + 1], chars, from, length)) {
                return s;
            }
        }
    }

    /** The number of the word {@link #find} found at {@code slot}. */
    int number(int slot) {
        return slots[slot + 3];
    }

    /**
     * Adds the word {@code chars[from, to)} (one char or more) that {@link #find} did not find, {@code notFound} what
     * it gave and nothing added since; the word's number (the number of words met before it).
     */
    int put(int notFound, char[] chars, int from, int to, int hash) {
        int length = to - from;
        if (length <= 0) {
            throw new IllegalArgumentException("a word has a char or more: [" + from + ", " + to + ")");
        }
        if (pooled + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, pooled + length));
        }
        System.arraycopy(chars, from, pool, pooled, length);
        int number = size++;
        put(slots, -1 - notFound, hash, pooled, length, number);
        pooled += length;
        if (2 * size > slots.length >> 2) {
            grow();
        }
        return number;
    }

    /** How many words were met. */
    int size() {
        return size;
    }

    /** A loop: words are a few chars, and C1, which the app runs on, inlines no {@code Arrays.equals}. */
    private boolean samePooled(int start, char[] chars, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (pool[start + k] != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static void put(int[] slots, int s, int hash, int start, int length, int number) {
        slots[s] = hash;
        slots[s + 1] = start;
        slots[s + 2] = length;
        slots[s + 3] = number;
    }

    /** Twice the slots, every word put again (at most half full). */
    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = (slots.length >> 2) - 1;
        for (int j = 0; j < old.length; j += 4) {
            if (old[j + 2] != 0) {
                int i = (old[j] ^ old[j] >>> 16) & mask;
                while (slots[4 * i + 2] != 0) {
                    i = (i + 1) & mask;
                }
                put(slots, 4 * i, old[j], old[j + 1], old[j + 2], old[j + 3]);
            }
        }
    }
}

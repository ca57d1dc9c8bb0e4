package org.parallax.text;


/**
 * Words numbered in the order first met (0, 1, 2, ...), looked up by a range of a text's chars without making a
 * string. Readers of every word of every article (extract.quote's tokens, the sentence model's words) meet nearly
 * every word again and again: asking a map of strings for each would copy each word out of its text first. An
 * open-addressing table (hashed as {@link String#hashCode}, at most half full; the events' words and the coverages'
 * lexicon keep per-thread tables of their own, with what they know of a word inline); a caller keeps what it
 * knows of a word in arrays indexed by its number. A word is new when its number is the table's size before the
 * look-up. A new word's chars are copied into one pool of the table's words: a look-up compares with that compact
 * array, not with the text the word was first read from, wherever in memory that text lies (a cache miss per token).
 * Not thread-safe: one per thread, but a table filled once and then only searched ({@link #find}) may be shared.
 */
public final class WordTable {

    /** The chars of every word added, one after another (grows). */
    private char[] pool;
    private int pooled;
    /** Per slot, four ints: the word's hash, its start in {@link #pool}, its length, its number + 1 (0: empty). */
    private int[] slots;
    private int size;

    /** A table for about {@code expected} distinct words (a guess: it grows). */
    public WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
        slots = new int[capacity * 4];
        pool = new char[capacity * 4];
    }

    /** The number of distinct words met; the next new word's number. */
    public int size() {
        return size;
    }

    /** The number of the word {@code chars[from, to)}, added with number {@link #size()} (its chars copied) if new. */
    public int number(char[] chars, int from, int to) {
        int hash = hash(chars, from, to);
        int i = slot(chars, from, to, hash);
        int known = slots[4 * i + 3];
        if (known != 0) {
            return known - 1;
        }
        int start = reserve(to - from);
        System.arraycopy(chars, from, pool, start, to - from);
        return add(i, start, to - from, hash);
    }

    /** The number of the word {@code text[from, to)}, added with number {@link #size()} (its chars copied) if new. */
    public int number(String text, int from, int to) {
        int hash = hash(text, from, to);
        int i = slot(text, from, to, hash);
        int known = slots[4 * i + 3];
        if (known != 0) {
            return known - 1;
        }
        int start = reserve(to - from);
        text.getChars(from, to, pool, start);
        return add(i, start, to - from, hash);
    }

    /**
     * The number of the word {@code chars[from, to)}, or -1 if it was never added. Reads only: a table filled once and
     * then only searched may be shared by threads.
     */
    public int find(char[] chars, int from, int to) {
        return slots[4 * slot(chars, from, to, hash(chars, from, to)) + 3] - 1;
    }

    /** {@link String#hashCode} of {@code chars[from, to)}: the one hash of a range of chars the word tables use. */
    public static int hash(char[] chars, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + chars[k];
        }
        return hash;
    }

    /** The slot holding the word {@code chars[from, to)}, or the empty one where it would go. */
    private int slot(char[] chars, int from, int to, int hash) {
        int length = to - from;
        int mask = slots.length / 4 - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            int s = 4 * i;
            if (slots[s + 3] == 0 || slots[s] == hash && slots[s + 2] == length
                    && sameChars(chars, from, pool, slots[s + 1], length)) {
                return i;
            }
        }
    }

    private static int hash(String text, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        return hash;
    }

    /** The slot holding the word {@code text[from, to)}, or the empty one where it would go. */
    private int slot(String text, int from, int to, int hash) {
        int length = to - from;
        int mask = slots.length / 4 - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            int s = 4 * i;
            if (slots[s + 3] == 0 || slots[s] == hash && slots[s + 2] == length
                    && sameChars(text, from, pool, slots[s + 1], length)) {
                return i;
            }
        }
    }

    /**
     * A loop, not {@code Arrays.equals}: words are a few chars, and under C1 its range checks and mismatch search are
     * several calls that are not inlined, for each word looked up.
     */
    private static boolean sameChars(char[] chars, int from, char[] source, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (chars[from + k] != source[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameChars(String text, int from, char[] source, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (text.charAt(from + k) != source[start + k]) {
                return false;
            }
        }
        return true;
    }

    /** Where in the pool the next word's {@code length} chars go, the pool grown if they do not fit. */
    private int reserve(int length) {
        if (pooled + length > pool.length) {
            pool = java.util.Arrays.copyOf(pool, Math.max(pool.length * 2, pooled + length));
        }
        int start = pooled;
        pooled += length;
        return start;
    }

    private int add(int i, int start, int length, int hash) {
        int number = size;
        put(slots, i, hash, start, length, number);
        if (++size * 2 > slots.length / 4) {
            grow();
        }
        return number;
    }

    private static void put(int[] slots, int i, int hash, int start, int length, int number) {
        int s = 4 * i;
        slots[s] = hash;
        slots[s + 1] = start;
        slots[s + 2] = length;
        slots[s + 3] = number + 1;
    }

    private void grow() {
        int[] oldSlots = slots;
        slots = new int[oldSlots.length * 2];
        int mask = slots.length / 4 - 1;
        for (int s = 0; s < oldSlots.length; s += 4) {
            if (oldSlots[s + 3] != 0) {
                int i = mix(oldSlots[s]) & mask;
                while (slots[4 * i + 3] != 0) {
                    i = (i + 1) & mask;
                }
                put(slots, i, oldSlots[s], oldSlots[s + 1], oldSlots[s + 2], oldSlots[s + 3] - 1);
            }
        }
    }

    /** HashMap's spread: the high bits of short words' hashes reach the table's low ones. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}

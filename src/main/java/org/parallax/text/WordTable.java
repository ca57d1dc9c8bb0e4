package org.parallax.text;


/**
 * Words numbered in the order first met (0, 1, 2, ...), looked up by a range of a text's chars without making a
 * string. Readers of every word of every article (extract.quote's tokens, the sentence model's words) meet nearly
 * every word again and again: asking a map of strings for each would copy each word out of its text first. An
 * open-addressing table (hashed as {@link String#hashCode}, at most half full; the events' words and the coverages'
 * lexicon keep per-thread tables of their own, with what they know of a word inline); a caller keeps what it
 * knows of a word in arrays indexed by its number. A word is new when its number is the table's size before the look-up.
 * Not thread-safe: one per thread, but a table filled once and then only searched ({@link #find}) may be shared.
 */
public final class WordTable {

    /** Per slot: the chars its word was read from (kept, never changed), or null for an empty slot. */
    private char[][] sources;
    /** Per slot, four ints: the word's hash, its start in its source, its length, its number. */
    private int[] slots;
    private int size;

    /** A table for about {@code expected} distinct words (a guess: it grows). */
    public WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
        sources = new char[capacity][];
        slots = new int[capacity * 4];
    }

    /** The number of distinct words met; the next new word's number. */
    public int size() {
        return size;
    }

    /**
     * The number of the word {@code chars[from, to)}, added with number {@link #size()} if new. The table keeps
     * {@code chars} (the caller never changes them) to compare later words with.
     */
    public int number(char[] chars, int from, int to) {
        int hash = hash(chars, from, to);
        int i = slot(chars, from, to, hash);
        return sources[i] != null ? slots[4 * i + 3] : add(i, chars, from, to - from, hash);
    }

    /** The number of the word {@code text[from, to)}, added with number {@link #size()} (its chars copied) if new. */
    public int number(String text, int from, int to) {
        int hash = hash(text, from, to);
        int i = slot(text, from, to, hash);
        if (sources[i] != null) {
            return slots[4 * i + 3];
        }
        char[] copy = new char[to - from];
        text.getChars(from, to, copy, 0);
        return add(i, copy, 0, to - from, hash);
    }

    /**
     * The number of the word {@code chars[from, to)}, or -1 if it was never added. Reads only: a table filled once and
     * then only searched may be shared by threads.
     */
    public int find(char[] chars, int from, int to) {
        int i = slot(chars, from, to, hash(chars, from, to));
        return sources[i] == null ? -1 : slots[4 * i + 3];
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
        int mask = sources.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            char[] source = sources[i];
            int s = 4 * i;
            if (source == null || slots[s] == hash && slots[s + 2] == length
                    && sameChars(chars, from, source, slots[s + 1], length)) {
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
        int mask = sources.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            int s = 4 * i;
            if (sources[i] == null || slots[s] == hash && slots[s + 2] == length
                    && sameChars(text, from, sources[i], slots[s + 1], length)) {
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

    private int add(int i, char[] chars, int from, int length, int hash) {
        int number = size;
        put(sources, slots, i, chars, hash, from, length, number);
        if (++size * 2 > sources.length) {
            grow();
        }
        return number;
    }

    private static void put(char[][] sources, int[] slots, int i, char[] chars, int hash, int from, int length,
            int number) {
        sources[i] = chars;
        int s = 4 * i;
        slots[s] = hash;
        slots[s + 1] = from;
        slots[s + 2] = length;
        slots[s + 3] = number;
    }

    private void grow() {
        char[][] oldSources = sources;
        int[] oldSlots = slots;
        sources = new char[oldSources.length * 2][];
        slots = new int[oldSlots.length * 2];
        int mask = sources.length - 1;
        for (int j = 0; j < oldSources.length; j++) {
            if (oldSources[j] != null) {
                int s = 4 * j;
                int i = mix(oldSlots[s]) & mask;
                while (sources[i] != null) {
                    i = (i + 1) & mask;
                }
                put(sources, slots, i, oldSources[j], oldSlots[s], oldSlots[s + 1], oldSlots[s + 2], oldSlots[s + 3]);
            }
        }
    }

    /** HashMap's spread: the high bits of short words' hashes reach the table's low ones. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}

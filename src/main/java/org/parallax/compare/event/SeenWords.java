package org.parallax.compare.event;

/**
 * The words one thread has met, asked by their place in a text: a word met before is known without being copied out
 * of the text. Reading a corpus' name forms ({@link NameForms}) copied every word of every article into a string and
 * asked a shared set for it, though by a few articles in nearly every word is one the thread has met. Not
 * thread-safe: one per thread.
 */
final class SeenWords {

    private String[] words = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    /**
     * {@code text[from, to)} as a string the first time this set meets it (and from then on it is in the set);
     * {@code null} when it has met it before.
     */
    String firstSight(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i); // String.hashCode's, so a word made from here keeps it
        }
        int mask = words.length - 1;
        int at = mix(hash) & mask;
        int length = to - from;
        for (String w = words[at]; w != null; w = words[at]) {
            if (hashes[at] == hash && w.length() == length && text.regionMatches(from, w, 0, length)) {
                return null;
            }
            at = (at + 1) & mask;
        }
        String word = text.substring(from, to);
        words[at] = word;
        hashes[at] = hash;
        if (2 * ++size > words.length) {
            grow();
        }
        return word;
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        words = new String[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int k = 0; k < oldWords.length; k++) {
            if (oldWords[k] != null) {
                int at = mix(oldHashes[k]) & mask;
                while (words[at] != null) {
                    at = (at + 1) & mask;
                }
                words[at] = oldWords[k];
                hashes[at] = oldHashes[k];
            }
        }
    }

    /** The hash's bits spread over the table's (strings' hashes of short words differ mostly in their low bits). */
    private static int mix(int hash) {
        return hash * 0x9E3779B9 >>> 16 ^ hash;
    }
}

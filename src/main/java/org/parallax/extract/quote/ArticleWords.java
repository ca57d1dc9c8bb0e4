package org.parallax.extract.quote;

import java.util.Arrays;
import java.util.Set;

/**
 * The tokens of articles read one after another on one thread, made once per distinct word: the first "said" is made
 * with its {@link MaskedToken.Word} (its text, its lower case and its word tests); every later "said", in the same
 * article or in the next ones read with this table, shares that word. Articles repeat most of their tokens
 * (punctuation, function words, names), and so do the articles of a corpus: a table per article made each word's
 * strings and facts (a substring, a lower-case copy, the word lists' look-ups) once per article that used it, a table
 * over a run of articles makes them once per run, and the tokens of the corpus (live until its quotes are found) share
 * them. Looked up by the chars of the text, without making a string; one thread uses a table, so
 * nothing is shared between threads while it fills.
 */
final class ArticleWords {

    private MaskedToken[] slots;
    /** The chars each slot's token was read from (its article's text): read, never changed. */
    private char[][] sources;
    private int[] hashes;
    /** Per slot: its word's number, in the order the words were first read (a slot moves as the table grows). */
    private int[] ids;
    /** Per word number: whether it was given to the first pass's {@link #INSIDE} set, to its {@link #LOWER} set. */
    private byte[] given;
    private int size;
    /** The word number of the token {@link #token} gave last. */
    private int lastWord;
    /** The registry's first-pass sets ({@link PersonRegistry#firstPassWords}), shared by every thread; or null. */
    private final Set<String> inside;
    private final Set<String> lower;

    private static final byte INSIDE = 1;
    private static final byte LOWER = 2;

    /** A table for the words of one text or of texts read in turn: {@code expected}, the distinct words, is a guess. */
    ArticleWords(int expected) {
        this(expected, null, null);
    }

    /**
     * A table that also gives the words of each text it reads to the first pass's sets ({@link #read}), each word once
     * per table: nearly every word of an article was given already, and asking a set shared by every thread for each
     * token (a concurrent look-up, slowed further while the set grows) was most of the first pass.
     */
    ArticleWords(int expected, Set<String> inside, Set<String> lower) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
        slots = new MaskedToken[capacity];
        sources = new char[capacity][];
        hashes = new int[capacity];
        ids = new int[capacity];
        given = new byte[capacity / 2 + 1];
        this.inside = inside;
        this.lower = lower;
    }

    /** The number of the last token's word, which it shares with every token of the same chars read with this table. */
    int lastWord() {
        return lastWord;
    }

    /**
     * Gives the words of an article read with this table (its tokens' word numbers: {@code words}, from
     * {@link #lastWord}) to
     * the first pass's sets, as {@link CorpusNames.Capitals#collect} finds them, those given before left out.
     */
    void read(ArticleText at, int[] words) {
        if (inside == null) {
            return;
        }
        CorpusNames.Capitals.collectTokens(at, k -> {
            if (firstGiven(words[k], INSIDE)) {
                addAbsent(inside, NameRuns.base(at.tokens.get(k)));
            }
        }, k -> {
            if (firstGiven(words[k], LOWER)) {
                addAbsent(lower, at.tokens.get(k).text());
            }
        });
    }

    private boolean firstGiven(int word, byte set) {
        if ((given[word] & set) != 0) {
            return false;
        }
        given[word] |= set;
        return true;
    }

    /** Asked before it is added: adding a word that is there may still lock its bin of the set. */
    private static void addAbsent(Set<String> set, String word) {
        if (!set.contains(word)) {
            set.add(word);
        }
    }

    /**
     * The unquoted token {@code text[start, end)}, sharing the strings of the first token read with the same chars;
     * {@code chars} are the text's chars (read here, not through {@code charAt}, which checks each index and the
     * string's coder), which the table keeps and never changes.
     */
    MaskedToken token(String text, char[] chars, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + chars[k]; // String.hashCode's, so the table spreads as a HashMap of words would
        }
        int mask = slots.length - 1;
        int len = end - start;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            MaskedToken seen = slots[i];
            if (seen == null) {
                MaskedToken made = new MaskedToken(start, end, text.substring(start, end), false);
                slots[i] = made;
                sources[i] = chars;
                hashes[i] = h;
                ids[i] = size;
                lastWord = size;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return made;
            }
            if (hashes[i] == h && seen.end() - seen.start() == len
                    && Arrays.equals(chars, start, end, sources[i], seen.start(), seen.end())) { // the first's own chars
                lastWord = ids[i];
                return new MaskedToken(start, end, seen.word());
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        MaskedToken[] oldSlots = slots;
        char[][] oldSources = sources;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        slots = new MaskedToken[oldSlots.length * 2];
        sources = new char[slots.length][];
        hashes = new int[slots.length];
        ids = new int[slots.length];
        given = Arrays.copyOf(given, slots.length / 2 + 1);
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int i = mix(oldHashes[j]) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                sources[i] = oldSources[j];
                hashes[i] = oldHashes[j];
                ids[i] = oldIds[j];
            }
        }
    }
}

package org.parallax.compare.happening;

import java.util.Arrays;
import org.parallax.compare.event.Words;
import org.parallax.text.KeptFeatures;
import org.parallax.text.WordFeatures;
import org.parallax.text.WordTable;

/**
 * The words a thread has read for their happenings, found by the chars of a text without making a string: each
 * word's one string, its synonym class if it may name a happening ({@link HappeningWords#classIfMayName}) and whether
 * it has the form of a noun made from a verb ({@link HappeningWords#madeFromVerb}), and its key as a name ({@link
 * #nameKey}), made the first time the word is met. The coverages read every word of every article of a story that
 * shares a class, and every capitalised word of every article for its names; news repeats its words, and each was
 * copied out of its text and normalised again (a tenth of the stage, under C1 mostly
 * {@code String.charAt} of texts with curly quotes). The same string for every use of a word also hashes once, where
 * the tagger's word table looks it up.
 *
 * <p>One per thread. A word's number stays valid while one text is read: the lexicon is emptied only when a text
 * starts ({@link #forText}) and it holds {@link #KEPT} words or more (about 3.5 MB of words when full, and up to
 * {@link KeptFeatures#KEPT} words' tagger features beside them; a thread that lives as long as the app, as the window's
 * workers do, keeps its lexicon as long, and so does a pool thread until the pool retires it).
 */
final class HappeningLexicon {

    /** Words held before the lexicon starts again empty (about 4 MB). */
    static final int KEPT = 1 << 15;

    private static final ThreadLocal<HappeningLexicon> OF_THREAD = ThreadLocal.withInitial(HappeningLexicon::new);

    /** Per slot, the number of the word in it plus one; 0 for an empty slot. At most half full. */
    private int[] slots = new int[1 << 12];
    /**
     * Per number: the word's hash, chars, string, class (null when it may name no happening), whether it has the form
     * of a noun made from a verb (asked only of a word with a class), and its key as a name ({@link
     * Words#normalise normal}; null for a function word).
     */
    private int[] hashes = new int[1 << 11];
    private char[][] chars = new char[1 << 11][];
    private String[] words = new String[1 << 11];
    private String[] classes = new String[1 << 11];
    private boolean[] madeFromVerb = new boolean[1 << 11];
    private String[] nameKeys = new String[1 << 11];
    /** Per number: what the tagger reads of the word, once it has been asked. */
    private final KeptFeatures features = new KeptFeatures();
    /** Per number: the number of its class among the classes the lexicon holds ({@link #classNames}), or -1. */
    private int[] classNumbers = new int[1 << 11];
    private int size;

    /**
     * The distinct classes of the words held, by number; and per class the text ({@link #texts}) that last numbered
     * it and its number there ({@link #classInText}): a text numbered its classes in a map of its own, a look-up by
     * string for each of its words.
     */
    private final java.util.Map<String, Integer> classNumbering = new java.util.HashMap<>();
    private String[] classNames = new String[1 << 9];
    private int[] classText = new int[1 << 9];
    private int[] classInText = new int[1 << 9];
    /** How many texts have started reading their classes here: the current one's mark. */
    private int texts;

    /** This thread's lexicon, emptied first if it holds {@link #KEPT} words or more. */
    static HappeningLexicon forText() {
        HappeningLexicon lexicon = OF_THREAD.get();
        if (lexicon.size >= KEPT) {
            lexicon = new HappeningLexicon();
            OF_THREAD.set(lexicon);
        }
        return lexicon;
    }

    /** Starts numbering the classes of a new text from 0 ({@link #classInText}). */
    void startText() {
        texts++;
    }

    /**
     * The number, in the text being read (since {@link #startText}), of the class of the word numbered {@code n} (it
     * must have one): the next number, its class added to {@code classes}, the first time the text meets it; so a
     * text's classes are numbered in the order first met, as they were by a map of the text's own.
     */
    int classInText(int n, java.util.List<String> classes) {
        int c = classNumbers[n];
        if (classText[c] != texts) {
            classText[c] = texts;
            classInText[c] = classes.size();
            classes.add(classNames[c]);
        }
        return classInText[c];
    }

    /** How many words it holds. */
    int size() {
        return size;
    }

    /** The number of the word {@code text[from, to)} (not empty), added if new. */
    int find(char[] text, int from, int to) {
        int hash = WordTable.hash(text, from, to);
        int length = to - from;
        int mask = slots.length - 1;
        for (int i = (hash ^ hash >>> 16) & mask; ; i = (i + 1) & mask) {
            int n = slots[i] - 1;
            if (n < 0) {
                slots[i] = size + 1;
                return add(hash, Arrays.copyOfRange(text, from, to));
            }
            char[] word = chars[n];
            if (hashes[n] == hash && word.length == length && Arrays.equals(word, 0, length, text, from, to)) {
                return n;
            }
        }
    }

    /** The word numbered {@code n}, one string however often it is met. */
    String word(int n) {
        return words[n];
    }

    /** The synonym class of the word numbered {@code n} if it may name a happening, else null. */
    String classIfMayName(int n) {
        return classes[n];
    }

    /** {@link HappeningWords#madeFromVerb} of the word numbered {@code n}, if it has a class (else false). */
    boolean madeFromVerb(int n) {
        return madeFromVerb[n];
    }

    /**
     * The key of the word numbered {@code n} as a name ({@link ArticleStories#nameWords}: its {@link Words#normalise
     * normal} form), or null for a function word ({@link Words#isStopWord}), which names nothing.
     */
    String nameKey(int n) {
        return nameKeys[n];
    }

    /**
     * What the tagger reads of the word numbered {@code n} ({@link KeptFeatures}), asked once per word
     * here rather than at each of its sentences in the table every thread's tagger shares.
     */
    WordFeatures features(int n) {
        return features.of(n, words[n]);
    }

    private int add(int hash, char[] word) {
        int n = size++;
        if (n == words.length) {
            int grown = 2 * n;
            hashes = Arrays.copyOf(hashes, grown);
            chars = Arrays.copyOf(chars, grown);
            words = Arrays.copyOf(words, grown);
            classes = Arrays.copyOf(classes, grown);
            madeFromVerb = Arrays.copyOf(madeFromVerb, grown);
            nameKeys = Arrays.copyOf(nameKeys, grown);
            classNumbers = Arrays.copyOf(classNumbers, grown);
        }
        String text = new String(word);
        hashes[n] = hash;
        chars[n] = word;
        words[n] = text;
        classes[n] = HappeningWords.classIfMayName(text);
        madeFromVerb[n] = classes[n] != null && HappeningWords.madeFromVerb(text);
        classNumbers[n] = classes[n] == null ? -1 : classNumber(classes[n]);
        String normal = Words.normalise(text);
        nameKeys[n] = Words.isNormalStopWord(normal) ? null : normal;
        if (2 * size > slots.length) {
            rehash(2 * slots.length);
        }
        return n;
    }

    /** The number of {@code name} among the classes held, numbered anew if it is new. */
    private int classNumber(String name) {
        Integer known = classNumbering.get(name);
        if (known != null) {
            return known;
        }
        int c = classNumbering.size();
        classNumbering.put(name, c);
        if (c == classNames.length) {
            classNames = Arrays.copyOf(classNames, 2 * c);
            classText = Arrays.copyOf(classText, 2 * c);
            classInText = Arrays.copyOf(classInText, 2 * c);
        }
        classNames[c] = name;
        return c;
    }

    private void rehash(int length) {
        slots = new int[length];
        int mask = length - 1;
        for (int n = 0; n < size; n++) {
            int i = (hashes[n] ^ hashes[n] >>> 16) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = n + 1;
        }
    }
}

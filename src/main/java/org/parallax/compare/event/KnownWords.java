package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.text.Token;
import org.parallax.text.WordTable;

/**
 * The words of a text as {@link Words#split} gives them, each with its {@link Words#read reading} (that of its
 * {@link Words#normalise normal form}), read from the text's chars and looked up in a table of the words this thread
 * met before. The events read every word of every sentence: each was copied out of its text, checked, lower-cased and
 * hashed as a new string, and stemmed, for words met thousands of times ("the", "said", "Putin"); under C1, which
 * the app runs on, that was about a quarter of the step's samples. A word met before gets its string and reading from
 * the table: one hash and one compare over its chars, read from an array (no {@code charAt} per char, no string made;
 * most words, ASCII letters and digits, are found and hashed in one pass). Decision 0068.
 *
 * <p>One table per thread ({@link #ofThisThread}); it starts again when it holds {@link #MOST} words, so a corpus of
 * any size keeps at most about 13 MB per thread (measured full), as long as the thread lives: the window's two
 * workers keep theirs while the app runs. A word's string is then shared by every token of it: equal to the one
 * {@code substring} made, and its hash is computed once.
 */
final class KnownWords {

    /** The most words a table keeps before it starts again (frequent words come back within a few articles). */
    static final int MOST = 1 << 16;

    private static final int FIRST_CAPACITY = 1 << 10;

    private static final ThreadLocal<KnownWords> OF_THREAD = ThreadLocal.withInitial(() -> new KnownWords(MOST));

    private final int most;
    /** The words kept, each with its number. */
    private SeenWords words;
    /** Per number: the word's string at {@code 2n}, its reading at {@code 2n + 1} (side by side: one cache line). */
    private Object[] known;

    /** A table that starts again past {@code most} words (the tests give a small one). */
    KnownWords(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("a table keeps at least one word: " + most);
        }
        this.most = most;
        clear();
    }

    /** This thread's table. */
    static KnownWords ofThisThread() {
        return OF_THREAD.get();
    }

    /** The words of a range and their readings: {@code readings[k]} is word {@code k}'s (the array may be longer). */
    record Split(List<Token> words, Words.Reading[] readings) {
    }

    /**
     * The words of {@code text[from, to)} ({@code chars} its chars: {@code text.toCharArray()}) as
     * {@link Words#split}{@code (text, from, to)} gives them, each with {@code Words.read(Words.normalise(word))}.
     */
    Split split(char[] chars, int from, int to) {
        int expected = Math.max(10, (to - from) / 6); // as Words.split sizes its list
        List<Token> out = new ArrayList<>(expected);
        Words.Reading[] read = new Words.Reading[expected];
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (Words.asciiNonWord(c)) { // a space or mark: most chars between words, told without a call
                i++;
                continue;
            }
            long word = Words.wordAt(chars, i, to); // found and hashed in one pass
            if (word < 0) {
                i++;
                continue;
            }
            int end = (int) (word >>> 32);
            int hash = (int) word;
            int number = number(chars, i, end, hash);
            if (out.size() == read.length) {
                read = Arrays.copyOf(read, read.length * 2);
            }
            read[out.size()] = (Words.Reading) known[2 * number + 1];
            out.add(new Token(i, end, (String) known[2 * number]));
            i = end;
        }
        return new Split(out, read);
    }

    /**
     * The number of the word {@code chars[from, to)}, its {@link WordTable#hash} given, added (its string and reading
     * made) when new.
     */
    private int number(char[] chars, int from, int to, int hash) {
        int found = words.find(chars, from, to, hash);
        return found >= 0 ? words.number(found) : add(found, chars, from, to, hash);
    }

    /** Adds the word {@link SeenWords#find} did not find ({@code notFound} what it gave) and gives its number. */
    private int add(int notFound, char[] chars, int from, int to, int hash) {
        if (words.size() == most) {
            clear();
            return number(chars, from, to, hash);
        }
        int number = words.put(notFound, chars, from, to, hash);
        String text = new String(chars, from, to - from);
        if (2 * number == known.length) {
            known = Arrays.copyOf(known, known.length * 2);
        }
        known[2 * number] = text;
        known[2 * number + 1] = Words.read(Words.normalise(text));
        return number;
    }

    private void clear() {
        words = new SeenWords(FIRST_CAPACITY / 2); // FIRST_CAPACITY slots, at most half full
        known = new Object[FIRST_CAPACITY];
    }

    /** How many words are kept now (for the tests). */
    int size() {
        return words.size();
    }
}

package org.parallax.extract.quote;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a corpus read on every core at once ({@link QuoteExtractor}): each distinct word's
 * {@link MaskedToken} (its strings and facts) made once for the whole corpus, and whether it was given to the first
 * pass's sets. The tables of {@link ArticleWords} each cover a run of articles on one thread; without this every run
 * made again the words it shared with every other run (nearly all of the common ones), and asked the first pass's sets
 * of each once per run.
 * A table asks here only for a word that is new to it, by the word's string.
 */
final class CorpusWords {

    /** A word of the corpus and which first-pass sets were given it ({@link ArticleWords}'s bits). */
    static final class Entry {
        final MaskedToken word;
        /**
         * The sets given the word, set after each is given it. Read and written by any thread without a lock: a
         * thread that misses another's write gives the word again, which a set ignores; the sets are read only after
         * every thread is done.
         */
        byte given;

        Entry(MaskedToken word) {
            this.word = word;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries;

    /** For about {@code expected} distinct words (a guess: it grows). */
    CorpusWords(int expected) {
        entries = new ConcurrentHashMap<>(expected);
    }

    /** The entry of the unquoted word {@code text}: the first thread to ask makes its word, later ones share it. */
    Entry entry(String text) {
        Entry known = entries.get(text);
        if (known != null) {
            return known;
        }
        Entry made = new Entry(MaskedToken.of(text, false));
        Entry raced = entries.putIfAbsent(text, made);
        return raced != null ? raced : made;
    }
}

package org.parallax.extract.quote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A table of words ({@link ArticleWords}) per thread for the runs of articles each thread reads in turn
 * ({@link QuoteExtractor}), kept from run to run and made anew once it has read {@code chars} chars of text. A table per run met
 * every common word again in each run of 64 articles and asked {@link CorpusWords} for it (a concurrent look-up by a
 * fresh string: a fifth of making the articles' text); a thread's table finds it by its chars. It is not kept for
 * good because a table holds the chars of every article that brought it a new word: counted in chars, not articles,
 * so that long articles renew it sooner (a thousand articles of 20,000 chars would be 40 MB a table).
 */
final class WordTables {

    private final Map<Thread, ArticleWords> byThread = new ConcurrentHashMap<>();
    private final Supplier<ArticleWords> fresh;
    private final long chars;

    /** Tables made by {@code fresh}, each used until it has read {@code chars} chars of text, then replaced. */
    WordTables(Supplier<ArticleWords> fresh, long chars) {
        this.fresh = fresh;
        this.chars = chars;
    }

    /** This thread's table: the one it used before unless that read its share of text, then a new one. */
    ArticleWords ofThisThread() {
        return byThread.compute(Thread.currentThread(),
                (thread, table) -> table == null || table.charsRead() >= chars ? fresh.get() : table);
    }
}

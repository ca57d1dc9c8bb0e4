package org.parallax.ui.compare;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;

/**
 * A corpus's quotes and articles by id, made once per corpus. The comparison views mapped every quote and article once
 * per cluster, which on a model of 100,000 articles and a thousand clusters held the FX thread for seconds each time
 * an event was selected. Immutable: made off the FX thread with the clusters' summaries, kept by the views.
 */
record CorpusLookup(Corpus corpus, Map<String, Quote> quotes, Map<String, Article> articles) {

    static CorpusLookup of(Corpus corpus) {
        return new CorpusLookup(corpus, corpus.quotes().stream()
                .collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a)), corpus.articlesById());
    }

    /** {@code known} when it is {@code corpus}'s, else a new one. */
    static CorpusLookup of(Corpus corpus, CorpusLookup known) {
        return known != null && known.corpus() == corpus ? known : of(corpus);
    }
}

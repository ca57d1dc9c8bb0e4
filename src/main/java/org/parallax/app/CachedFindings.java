package org.parallax.app;

import java.util.List;
import java.util.Optional;
import org.parallax.extract.Extraction;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.store.ExtractionCache;

/** An article's findings kept in the extraction cache, as a one-article model document. */
final class CachedFindings implements Extraction.KnownFindings {

    private final ExtractionCache cache;

    CachedFindings(ExtractionCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Extraction.Findings> find(Article article) {
        return cache.article(cache.articleKey(article), article.id())
                .map(c -> new Extraction.Findings(c.timexes(), c.quotes(), c.claims()));
    }

    @Override
    public void keep(Article article, Extraction.Findings findings) {
        cache.put(cache.articleKey(article), Corpus.of(List.of(article)).withTimexes(findings.timexes())
                .withQuotes(findings.quotes()).withClaims(findings.claims()));
    }
}

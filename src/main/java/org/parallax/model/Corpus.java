package org.parallax.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything Parallax knows about a set of articles: the articles and what was extracted from and
 * compared across them. Immutable: a change is a new corpus.
 */
public record Corpus(List<Article> articles, List<TimeMention> timexes, List<Quote> quotes, List<Claim> claims,
                     List<Event> events, List<Story> stories, List<QuoteCluster> quoteClusters) {

    public static final Corpus EMPTY = of(List.of());

    public Corpus {
        articles = List.copyOf(articles);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        quoteClusters = List.copyOf(quoteClusters);
        long distinct = articles.stream().map(Article::id).distinct().count();
        if (distinct != articles.size()) {
            throw new IllegalArgumentException("article ids must be unique");
        }
    }

    /** A corpus of articles with nothing extracted yet. */
    public static Corpus of(List<Article> articles) {
        return new Corpus(articles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    // one with-method per field, so a step that adds one kind of finding names only that kind

    public Corpus withArticles(List<Article> newArticles) {
        return new Corpus(newArticles, timexes, quotes, claims, events, stories, quoteClusters);
    }

    public Corpus withTimexes(List<TimeMention> newTimexes) {
        return new Corpus(articles, newTimexes, quotes, claims, events, stories, quoteClusters);
    }

    public Corpus withQuotes(List<Quote> newQuotes) {
        return new Corpus(articles, timexes, newQuotes, claims, events, stories, quoteClusters);
    }

    public Corpus withClaims(List<Claim> newClaims) {
        return new Corpus(articles, timexes, quotes, newClaims, events, stories, quoteClusters);
    }

    public Corpus withEvents(List<Event> newEvents) {
        return new Corpus(articles, timexes, quotes, claims, newEvents, stories, quoteClusters);
    }

    public Corpus withStories(List<Story> newStories) {
        return new Corpus(articles, timexes, quotes, claims, events, newStories, quoteClusters);
    }

    public Corpus withQuoteClusters(List<QuoteCluster> newQuoteClusters) {
        return new Corpus(articles, timexes, quotes, claims, events, stories, newQuoteClusters);
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Map<String, Article> articlesById() {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The distinct known outlets, sorted by name. */
    public List<Outlet> outlets() {
        return articles.stream().map(Article::outlet).filter(Outlet::isKnown).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }
}

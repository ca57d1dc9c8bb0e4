package org.parallax.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything Parallax knows about a set of articles: the articles and what was extracted from and
 * compared across them. Immutable: a change is a new corpus.
 */
public record Corpus(List<Article> articles, List<TimeMention> timexes, List<Quote> quotes, List<Claim> claims,
                     List<Event> events, List<Story> stories, List<QuoteCluster> quoteClusters,
                     List<Coverage> coverages) {

    public static final Corpus EMPTY = of(List.of());

    public Corpus {
        articles = List.copyOf(articles);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        quoteClusters = List.copyOf(quoteClusters);
        coverages = List.copyOf(coverages);
        long distinct = articles.stream().map(Article::id).distinct().count();
        if (distinct != articles.size()) {
            throw new IllegalArgumentException("article ids must be unique");
        }
    }

    /** A corpus without coverages (what was written before they were, or has no comparison yet). */
    public Corpus(List<Article> articles, List<TimeMention> timexes, List<Quote> quotes, List<Claim> claims,
                  List<Event> events, List<Story> stories, List<QuoteCluster> quoteClusters) {
        this(articles, timexes, quotes, claims, events, stories, quoteClusters, List.of());
    }

    /** A corpus of articles with nothing extracted yet. */
    public static Corpus of(List<Article> articles) {
        return new Corpus(articles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    // one with-method per field, so a step that adds one kind of finding names only that kind

    public Corpus withArticles(List<Article> changed) { return copy(parts -> parts.articles = changed); }
    public Corpus withTimexes(List<TimeMention> changed) { return copy(parts -> parts.timexes = changed); }
    public Corpus withQuotes(List<Quote> changed) { return copy(parts -> parts.quotes = changed); }
    public Corpus withClaims(List<Claim> changed) { return copy(parts -> parts.claims = changed); }
    public Corpus withEvents(List<Event> changed) { return copy(parts -> parts.events = changed); }
    public Corpus withStories(List<Story> changed) { return copy(parts -> parts.stories = changed); }
    public Corpus withQuoteClusters(List<QuoteCluster> changed) { return copy(parts -> parts.quoteClusters = changed); }
    public Corpus withCoverages(List<Coverage> changed) { return copy(parts -> parts.coverages = changed); }

    /** This corpus with the parts {@code change} sets replaced. */
    private Corpus copy(Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return new Corpus(parts.articles, parts.timexes, parts.quotes, parts.claims, parts.events, parts.stories,
                parts.quoteClusters, parts.coverages);
    }

    /** A corpus's parts, to be changed one at a time by the with-methods. */
    private static final class Parts {
        List<Article> articles;
        List<TimeMention> timexes;
        List<Quote> quotes;
        List<Claim> claims;
        List<Event> events;
        List<Story> stories;
        List<QuoteCluster> quoteClusters;
        List<Coverage> coverages;

        Parts(Corpus c) {
            articles = c.articles;
            timexes = c.timexes;
            quotes = c.quotes;
            claims = c.claims;
            events = c.events;
            stories = c.stories;
            quoteClusters = c.quoteClusters;
            coverages = c.coverages;
        }
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Map<String, Article> articlesById() {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * How many outlets these articles come from, the unknown outlet counting as one group (it has a lane of its own):
     * the one outlet count the status bar, the views and the exports all show.
     */
    public static int outletCount(List<Article> articles) {
        return (int) articles.stream().map(Article::outlet).distinct().count();
    }

    /** {@link #outletCount(List)} of this corpus's articles. */
    public int outletCount() {
        return outletCount(articles);
    }

    /** The distinct known outlets, sorted by name. */
    public List<Outlet> outlets() {
        return articles.stream().map(Article::outlet).filter(Outlet::isKnown).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }
}

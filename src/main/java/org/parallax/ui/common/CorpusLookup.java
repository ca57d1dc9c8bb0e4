package org.parallax.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.TimeMention;
import org.parallax.model.Variant;

/**
 * A corpus's preparation for the views, made once per corpus off the FX thread (the shell submits it when a corpus
 * arrives) and then only read: its articles and quotes by id, its articles in the list's order, each article's timexes
 * and quotes, each quote's cluster and member, and the coverages' happenings of each event. The views made these on
 * the FX thread (per cluster, per corpus, at the first selected event), which at 100,000 articles held it for seconds.
 * The events' quotes, the slowest index, are made apart ({@code ui.shell.CorpusPreparation}): only tooltips need them.
 */
public final class CorpusLookup {

    /** The lookup of {@link Corpus#EMPTY}. */
    public static final CorpusLookup EMPTY = new CorpusLookup(Corpus.EMPTY);

    private final Corpus corpus;
    private final Map<String, Article> articles;
    private final Map<String, Quote> quotes;
    private final List<Article> listed;
    private final Map<String, List<TimeMention>> timexesByArticle;
    private final Map<String, List<Quote>> quotesByArticle;
    private final Map<String, QuoteCluster> clusterOfQuote;
    private final Map<String, Variant> memberOfQuote;
    private final Set<String> onTimeline;
    private final Map<String, List<Happening>> happeningsByEvent;

    private CorpusLookup(Corpus corpus) {
        this.corpus = corpus;
        articles = Collections.unmodifiableMap(corpus.articlesById());
        quotes = Collections.unmodifiableMap(corpus.quotes().stream()
                .collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a)));
        listed = ArticleOrder.listed(corpus.articles());
        Map<String, List<TimeMention>> timexes = new HashMap<>();
        corpus.timexes().forEach(t -> timexes.computeIfAbsent(t.span().articleId(), k -> new ArrayList<>()).add(t));
        timexesByArticle = Collections.unmodifiableMap(timexes);
        Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
        corpus.quotes().forEach(q -> byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
        quotesByArticle = Collections.unmodifiableMap(byArticle);
        Map<String, QuoteCluster> clusters = new HashMap<>();
        Map<String, Variant> members = new HashMap<>();
        for (QuoteCluster c : corpus.quoteClusters()) {
            for (Variant v : c.members()) {
                clusters.putIfAbsent(v.quoteId(), c);
                members.putIfAbsent(v.quoteId(), v);
            }
        }
        clusterOfQuote = Collections.unmodifiableMap(clusters);
        memberOfQuote = Collections.unmodifiableMap(members);
        Set<String> withEvents = new HashSet<>();
        corpus.events().forEach(e -> e.mentions().forEach(m -> withEvents.add(m.articleId())));
        onTimeline = Collections.unmodifiableSet(withEvents);
        Map<String, List<Happening>> happenings = new HashMap<>();
        for (Coverage c : corpus.coverages()) {
            for (Happening h : c.happenings()) {
                h.eventIds().forEach(id -> happenings.computeIfAbsent(id, k -> new ArrayList<>()).add(h));
            }
        }
        happeningsByEvent = Collections.unmodifiableMap(happenings);
    }

    /** The preparation of {@code corpus}: linear in its size, on any thread. */
    public static CorpusLookup of(Corpus corpus) {
        return new CorpusLookup(corpus);
    }

    /** {@code known} when it is {@code corpus}'s, else a new one. */
    public static CorpusLookup of(Corpus corpus, CorpusLookup known) {
        return known != null && known.corpus() == corpus ? known : of(corpus);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The articles by id, in the corpus's order. */
    public Map<String, Article> articles() {
        return articles;
    }

    /** The quotes by id (the first of a repeated id). */
    public Map<String, Quote> quotes() {
        return quotes;
    }

    /** The articles in the article list's first order ({@link ArticleOrder#LISTED}). */
    public List<Article> listed() {
        return listed;
    }

    /** The timexes of article {@code id}, in the corpus's order. */
    public List<TimeMention> timexesOf(String id) {
        return timexesByArticle.getOrDefault(id, List.of());
    }

    /** Each article's quotes in the corpus's order, articles in the order of their first quote. */
    public Map<String, List<Quote>> quotesByArticle() {
        return quotesByArticle;
    }

    /** The first cluster with quote {@code id} as a member, or null. */
    public QuoteCluster clusterOf(String quoteId) {
        return clusterOfQuote.get(quoteId);
    }

    /** Quote {@code id}'s place in its first cluster, or null. */
    public Variant memberOf(String quoteId) {
        return memberOfQuote.get(quoteId);
    }

    /** Whether article {@code id} holds a mention of an event (the timeline dates what it tells). */
    public boolean onTimeline(String articleId) {
        return onTimeline.contains(articleId);
    }

    /** The happenings of the coverages that hold event {@code id}, in the coverages' order. */
    public List<Happening> happeningsOf(String eventId) {
        return happeningsByEvent.getOrDefault(eventId, List.of());
    }

}

package org.parallax.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.TextKey;

/**
 * Applies the user's corrections on top of an extracted corpus, never changing it: the result is a new corpus, the
 * ids of what was corrected (so views can mark it "corrected by you"), and the corrections whose target the corpus no
 * longer has (listed to the user, kept in the workspace). A later correction of the same target wins.
 */
public final class Overlay {

    /**
     * @param corpus    the corrected picture
     * @param corrected ids of what a correction changed: quotes, events, articles and quote clusters (hidden and
     *                  removed ones included)
     * @param orphans   corrections whose target was not found, in the order given
     */
    public record Result(Corpus corpus, Set<String> corrected, List<Correction> orphans) {
        public Result {
            corrected = Set.copyOf(corrected);
            orphans = List.copyOf(orphans);
        }
    }

    private Overlay() {
    }

    /** The key a correction of {@code quote} names it by. */
    public static TextKey keyOf(Quote quote) {
        return TextKey.of(quote.span(), quote.text());
    }

    /** The key a correction of {@code event} names it by: the words of its first mention. */
    public static TextKey keyOf(Event event, Corpus corpus) {
        Span first = event.mentions().stream().sorted().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("an event without mentions has no key: " + event.id()));
        return TextKey.of(first, textOf(first, corpus.articlesById()));
    }

    public static Result apply(Corpus corpus, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return new Result(corpus, Set.of(), List.of());
        }
        Applying a = new Applying(corpus);
        List<Correction> orphans = new ArrayList<>();
        for (Correction c : corrections) {
            if (!a.apply(c)) {
                orphans.add(c);
            }
        }
        return new Result(a.result(), a.corrected, orphans);
    }

    /** The corrections so far: speakers set, quotes struck, events changed or hidden (null). */
    private static final class Applying {
        private final Corpus corpus;
        private final Map<String, Article> byId;
        private final List<Article> articles;
        private final List<Quote> quotes;
        private final List<Event> events;
        private final Map<String, Optional<Speaker>> speakers = new HashMap<>();
        private final Set<String> notQuotes = new LinkedHashSet<>();
        private final Set<String> corrected = new LinkedHashSet<>();
        private final ClusterEdits clusters;
        private final Map<String, Event> extractedEvents = new HashMap<>();

        Applying(Corpus corpus) {
            this.corpus = corpus;
            this.byId = corpus.articlesById();
            this.articles = new ArrayList<>(corpus.articles());
            this.quotes = corpus.quotes();
            this.events = new ArrayList<>(corpus.events());
            this.clusters = new ClusterEdits(corpus.quoteClusters());
            corpus.events().forEach(e -> extractedEvents.put(e.id(), e));
        }

        /** Applies one correction; false when its target is not in the corpus. */
        boolean apply(Correction c) {
            if (isRegrouping(c)) {
                return regroup(c);
            }
            if (c instanceof Correction.QuoteSpeaker s) {
                return quote(s.quote(), q -> speakers.put(q.id(),
                        s.speaker().isEmpty() ? Optional.empty() : Optional.of(new Speaker(s.speaker()))));
            } else if (c instanceof Correction.NotAQuote n) {
                return quote(n.quote(), q -> notQuotes.add(q.id()));
            } else if (c instanceof Correction.EventDate d) {
                return event(d.event(), e -> new Event(e.id(), e.label(), d.date(), e.storyId(), e.mentions(),
                        e.background(), e.end() != null && e.end().compareTo(d.date()) > 0 ? e.end() : null,
                        e.reasons()));
            } else if (c instanceof Correction.EventLabel l) {
                return event(l.event(), e -> new Event(e.id(), l.label(), e.date(), e.storyId(), e.mentions(),
                        e.background(), e.end(), e.reasons()));
            } else if (c instanceof Correction.EventHidden h) {
                return event(h.event(), e -> null);
            } else if (c instanceof Correction.ArticleOutlet o) {
                return article(o.articleId(), a -> a.withOutlet(Outlet.of(o.outlet())));
            } else if (c instanceof Correction.ArticleTitle t) {
                return article(t.articleId(), a -> new Article(a.id(), a.file(), a.outlet(), t.title(), a.published(),
                        a.publishedFrom(), a.url(), a.text(), a.removedLines()));
            } else if (c instanceof Correction.ArticleDate d) { // its dates re-resolved in stage one (TwoStageOverlay)
                return article(d.articleId(), a -> TwoStageOverlay.redated(a, d));
            }
            throw new IllegalArgumentException("unknown correction " + c);
        }

        /** Quotes and events grouped otherwise: moved, split off, merged, another reference. */
        private boolean regroup(Correction c) {
            if (c instanceof Correction.QuoteSplitOff s) {
                return grouped(s.quote(), clusters::splitOff);
            } else if (c instanceof Correction.QuoteMovedTo m) {
                return both(m.quote(), m.cluster(), clusters::moveTo);
            } else if (c instanceof Correction.ClusterMerge m) {
                return both(m.into(), m.other(), clusters::merge);
            } else if (c instanceof Correction.ClusterReference r) {
                return grouped(r.quote(), clusters::reference);
            } else if (c instanceof Correction.EventMerge m) {
                return mergeEvents(m);
            }
            throw new IllegalArgumentException("not a regrouping " + c);
        }

        /** A correction of two quotes: both must be found, then {@code change} says whether it applied. */
        private boolean both(TextKey first, TextKey second, java.util.function.BiPredicate<Quote, Quote> change) {
            Optional<Quote> a = findQuote(quotes, first);
            Optional<Quote> b = findQuote(quotes, second);
            return a.isPresent() && b.isPresent() && change.test(a.get(), b.get());
        }

        /** Event {@code other} joins {@code into}; both must be found. */
        private boolean mergeEvents(Correction.EventMerge m) {
            int into = findEvent(events, m.into(), byId);
            int other = findEvent(events, m.other(), byId);
            if (into < 0 || other < 0) {
                return false;
            }
            if (into != other) {
                corrected.add(events.get(into).id());
                corrected.add(events.get(other).id());
                events.set(into, MergedEvent.of(events.get(into), events.get(other), extractedEvents));
                events.set(other, null);
            }
            return true;
        }

        /**
         * A correction of a quote in a cluster: it must be found, then {@code change} says whether it applied. The
         * cluster is marked corrected, not the quote: its words and speaker are as extracted.
         */
        private boolean grouped(TextKey key, java.util.function.Predicate<Quote> change) {
            Optional<Quote> q = findQuote(quotes, key);
            return q.isPresent() && change.test(q.get());
        }

        private boolean quote(TextKey key, java.util.function.Consumer<Quote> change) {
            Optional<Quote> q = findQuote(quotes, key);
            q.ifPresent(found -> {
                change.accept(found);
                corrected.add(found.id());
            });
            return q.isPresent();
        }

        private boolean article(String id, java.util.function.UnaryOperator<Article> change) {
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).id().equals(id)) {
                    articles.set(i, change.apply(articles.get(i)));
                    corrected.add(id);
                    return true;
                }
            }
            return false;
        }

        private boolean event(TextKey key, java.util.function.UnaryOperator<Event> change) {
            int at = findEvent(events, key, byId);
            if (at < 0) {
                return false;
            }
            corrected.add(events.get(at).id());
            events.set(at, change.apply(events.get(at)));
            return true;
        }

        Corpus result() {
            List<Quote> kept = new ArrayList<>();
            for (Quote q : quotes) {
                if (!notQuotes.contains(q.id())) {
                    Optional<Speaker> s = speakers.get(q.id());
                    kept.add(s == null ? q : new Quote(q.id(), q.span(), q.text(), s.orElse(null), q.kind()));
                }
            }
            Map<String, Quote> keptById = new HashMap<>();
            kept.forEach(q -> keptById.put(q.id(), q));
            corrected.addAll(clusters.regrouped());
            return corpus.withArticles(articles).withQuotes(kept)
                    .withQuoteClusters(clusters.result(keptById, speakers.keySet()))
                    .withEvents(events.stream().filter(e -> e != null).toList());
        }
    }

    /** Whether {@code c} groups quotes or events otherwise (and so names two targets, or a cluster by a quote). */
    private static boolean isRegrouping(Correction c) {
        return c instanceof Correction.QuoteSplitOff || c instanceof Correction.QuoteMovedTo
                || c instanceof Correction.ClusterMerge || c instanceof Correction.ClusterReference
                || c instanceof Correction.EventMerge;
    }

    /** The quote the key names: the same words in the same place, else the same words elsewhere in its article. */
    private static Optional<Quote> findQuote(List<Quote> quotes, TextKey key) {
        return quotes.stream().filter(q -> key.isExactly(q.span(), q.text())).findFirst()
                .or(() -> quotes.stream().filter(q -> key.sameWords(q.articleId(), q.text())).findFirst());
    }

    /** The index of the event the key names (by one of its mentions, exact first, then by words), or -1. */
    private static int findEvent(List<Event> events, TextKey key, Map<String, Article> articles) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                for (Span m : e == null ? List.<Span>of() : e.mentions()) {
                    String words = textOf(m, articles);
                    if (pass == 0 ? key.isExactly(m, words) : key.sameWords(m.articleId(), words)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static String textOf(Span span, Map<String, Article> articles) {
        Article a = articles.get(span.articleId());
        return a == null || span.end() > a.text().length() ? "" : span.of(a.text());
    }
}

package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;

/**
 * The quotes of an event, decided here and nowhere else (decision 0010). An event's quotes are those said within its
 * mentions: a quote that overlaps one of the sentences reporting the event belongs to it (to every such event). The
 * event detail lists them, the timeline counts them and hides events by their speakers, search leads from a quote to
 * its event.
 *
 * <p>Comparing an event's quotes across outlets reaches further by the same rule widened, because news seldom quotes
 * in the dated sentence itself: see {@link Relevance} and {@link #reach}.
 *
 * <p>The index is built once per corpus in O((mentions + quotes) log quotes), free of any toolkit, immutable and safe
 * to share between threads.
 */
public final class EventQuotes {

    public static final EventQuotes EMPTY = of(List.of(), List.of());

    private final Map<String, List<Quote>> byEvent;
    private final Map<String, String> eventOfQuote;

    private EventQuotes(Map<String, List<Quote>> byEvent, Map<String, String> eventOfQuote) {
        this.byEvent = byEvent;
        this.eventOfQuote = eventOfQuote;
    }

    /** @param quotes the corpus's quotes; each event's quotes keep their order here */
    public static EventQuotes of(Collection<Event> events, Collection<Quote> quotes) {
        Map<Quote, Integer> rank = new IdentityHashMap<>();
        Map<String, List<Quote>> byArticle = new HashMap<>();
        for (Quote q : quotes) {
            rank.putIfAbsent(q, rank.size());
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        Map<String, Integer> longest = new HashMap<>();
        for (Map.Entry<String, List<Quote>> e : byArticle.entrySet()) {
            e.getValue().sort(Comparator.comparingInt((Quote q) -> q.span().start()).thenComparing(Quote::id));
            longest.put(e.getKey(), e.getValue().stream().mapToInt(q -> q.span().length()).max().orElse(0));
        }
        Map<String, List<Quote>> byEvent = new HashMap<>();
        Map<String, String> eventOfQuote = new HashMap<>();
        for (Event event : events) {
            Set<Quote> found = new LinkedHashSet<>();
            for (Span m : event.mentions()) {
                List<Quote> inArticle = byArticle.get(m.articleId());
                if (inArticle == null) {
                    continue;
                }
                // quotes that start before the mention ends and end after it starts
                int i = firstStartAtOrAfter(inArticle, m.start() - longest.get(m.articleId()));
                for (; i < inArticle.size() && inArticle.get(i).span().start() < m.end(); i++) {
                    Quote q = inArticle.get(i);
                    if (q.span().overlaps(m)) {
                        found.add(q);
                    }
                }
            }
            if (!found.isEmpty()) {
                List<Quote> list = new ArrayList<>(found);
                list.sort(Comparator.comparingInt(rank::get));
                byEvent.put(event.id(), List.copyOf(list));
                for (Quote q : list) {
                    eventOfQuote.putIfAbsent(q.id(), event.id());
                }
            }
        }
        return new EventQuotes(Map.copyOf(byEvent), Map.copyOf(eventOfQuote));
    }

    private static int firstStartAtOrAfter(List<Quote> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The quotes said within the event's mentions, in the order of the quotes the index was built from. */
    public List<Quote> quotes(Event event) {
        return byEvent.getOrDefault(event.id(), List.of());
    }

    public int count(Event event) {
        return quotes(event).size();
    }

    /** The id of the (first) event whose mention holds the quote, if any. */
    public Optional<String> eventOf(Quote quote) {
        return Optional.ofNullable(eventOfQuote.get(quote.id()));
    }

    /** How close a group of quotes (the members of a quote cluster) is to an event, closest last. */
    public enum Relevance {
        /** No quote is in an article that reports the event. */
        NONE,
        /** Quotes are in two or more articles that report the event, away from its sentences. */
        SAME_ARTICLES,
        /** A quote is said in one of the event's sentences or in the paragraph of one. */
        IN_EVENT_PARAGRAPH
    }

    /**
     * How {@code quotes} belong to {@code event}: {@link Relevance#IN_EVENT_PARAGRAPH} when one of them is said in one
     * of the event's mentions or in the paragraph of one, else {@link Relevance#SAME_ARTICLES} when they are in at
     * least two of the articles that report it.
     *
     * @param articles the corpus's articles by id, for their paragraphs
     */
    public static Relevance relevance(Event event, Collection<Quote> quotes, Map<String, Article> articles) {
        Set<String> reporting = new HashSet<>();
        event.mentions().forEach(m -> reporting.add(m.articleId()));
        Set<String> shared = new HashSet<>();
        for (Quote q : quotes) {
            if (!reporting.contains(q.articleId())) {
                continue;
            }
            shared.add(q.articleId());
            Article a = articles.get(q.articleId());
            for (Span m : event.mentions()) {
                if (m.overlaps(q.span()) || a != null && m.articleId().equals(a.id())
                        && paragraphStart(a.text(), m.start()) == paragraphStart(a.text(), q.span().start())) {
                    return Relevance.IN_EVENT_PARAGRAPH;
                }
            }
        }
        return shared.size() >= 2 ? Relevance.SAME_ARTICLES : Relevance.NONE;
    }

    /**
     * How close a cluster must be to be among the event's quotes for comparison, given how close each is: the
     * clusters said in the paragraphs of its sentences, or, when none is, those two or more of its articles carry.
     */
    public static Relevance reach(Collection<Relevance> relevances) {
        return relevances.contains(Relevance.IN_EVENT_PARAGRAPH) ? Relevance.IN_EVENT_PARAGRAPH
                : Relevance.SAME_ARTICLES;
    }

    private static int paragraphStart(String text, int at) {
        int i = text.lastIndexOf(Article.PARAGRAPH_BREAK, Math.max(0, Math.min(at, text.length()) - 1));
        return i < 0 ? 0 : i + Article.PARAGRAPH_BREAK.length();
    }
}

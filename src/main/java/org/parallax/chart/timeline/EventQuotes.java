package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;

/**
 * Which quotes belong to which event: a quote belongs to every event one of whose mentions (sentences) it overlaps,
 * the same rule the event detail uses. Built once per corpus in O((mentions + quotes) log quotes), free of any
 * toolkit, immutable and safe to share between threads.
 */
public final class EventQuotes {

    public static final EventQuotes EMPTY = of(List.of(), List.of());

    private final Map<String, List<Quote>> byEvent;
    private final Map<String, String> eventOfQuote;

    private EventQuotes(Map<String, List<Quote>> byEvent, Map<String, String> eventOfQuote) {
        this.byEvent = byEvent;
        this.eventOfQuote = eventOfQuote;
    }

    public static EventQuotes of(Collection<Event> events, Collection<Quote> quotes) {
        Map<String, List<Quote>> byArticle = new HashMap<>();
        for (Quote q : quotes) {
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
                List<Quote> list = List.copyOf(found);
                byEvent.put(event.id(), list);
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

    /** The quotes said within the event's mentions, by article then position; empty when none. */
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
}

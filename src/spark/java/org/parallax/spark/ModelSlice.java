package org.parallax.spark;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;
import org.parallax.model.Variant;

/**
 * The part of the job's model a user names, small enough for the window: one story's events, the events of a date
 * range (an event is in it when the middle of its date is, as the timeline places it; undated events only without a
 * range), the articles of some outlets; with the articles those events cite (or, with outlets alone, every article of
 * those outlets) and what was found in them. A quote cluster keeps its members in those articles, and is kept while its
 * reference and another member are. The job gathers from its executors only the documents of the slice's articles
 * ({@link #gather}), never the whole corpus (unless the slice is all of it).
 */
record ModelSlice(String story, LocalDate from, LocalDate to, Set<String> outlets) {

    /** No slice: all of the model. */
    static final ModelSlice ALL = new ModelSlice(null, null, null, Set.of());

    static ModelSlice of(JobOptions o) {
        return new ModelSlice(o.story(), o.from(), o.to(), o.outlets());
    }

    /**
     * The slice of what the job made: the documents of the articles it may keep (those its events cite, of its outlets;
     * with outlets alone, every article of those outlets) gathered in the corpus' order, with the job's events,
     * stories and quote clusters, then cut by {@link #apply} — the slice {@link #apply} cuts from the whole corpus,
     * since it keeps no article beyond those.
     */
    Corpus gather(SparkPipeline.Result r) {
        Dataset<Row> docs = r.docs().select("name", "id", "doc");
        if (story != null || from != null || to != null) {
            HashSet<String> cited = new HashSet<>();
            r.events().stream().filter(this::inSlice).forEach(e -> e.mentions().forEach(m -> cited.add(m.articleId())));
            docs = docs.filter((FilterFunction<Row>) d -> cited.contains(d.getString(1)));
        }
        if (!outlets.isEmpty()) {
            HashSet<String> named = new HashSet<>(outlets);
            docs = docs.filter((FilterFunction<Row>) d -> named.contains(Docs.read(d.getString(2)).article().outlet()
                    .name()));
        }
        List<Docs.Doc> gathered = docs.orderBy("name").select("doc").collectAsList().stream()
                .map(d -> Docs.read(d.getString(0))).toList();
        return apply(Docs.corpus(gathered).withEvents(r.events()).withStories(r.stories())
                .withQuoteClusters(r.quoteClusters()));
    }

    Corpus apply(Corpus c) {
        Set<String> ofOutlets = new HashSet<>();
        for (Article a : c.articles()) {
            if (outlets.isEmpty() || outlets.contains(a.outlet().name())) {
                ofOutlets.add(a.id());
            }
        }
        boolean byEvents = story != null || from != null || to != null;
        List<Event> events = c.events().stream().filter(this::inSlice)
                .map(e -> withMentions(e, e.mentions().stream().filter(m -> ofOutlets.contains(m.articleId())).toList()))
                .filter(e -> !e.mentions().isEmpty()).toList();
        Set<String> kept = new HashSet<>();
        if (byEvents) {
            events.forEach(e -> e.mentions().forEach(m -> kept.add(m.articleId())));
        } else {
            kept.addAll(ofOutlets);
        }
        Set<String> storyIds = new HashSet<>();
        events.forEach(e -> storyIds.add(e.storyId()));
        List<Quote> quotes = c.quotes().stream().filter(q -> kept.contains(q.articleId())).toList();
        Set<String> quoteIds = new HashSet<>();
        quotes.forEach(q -> quoteIds.add(q.id()));
        return new Corpus(c.articles().stream().filter(a -> kept.contains(a.id())).toList(),
                c.timexes().stream().filter(t -> kept.contains(t.span().articleId())).toList(), quotes,
                c.claims().stream().filter(x -> kept.contains(x.articleId())).toList(), events,
                c.stories().stream().filter(s -> storyIds.contains(s.id())).toList(),
                c.quoteClusters().stream().map(q -> within(q, quoteIds)).flatMap(Optional::stream).toList(),
                c.coverages().stream().map(v -> within(v, kept, events)).flatMap(Optional::stream).toList());
    }

    /** A coverage of the kept articles, its happenings said at least twice there, or none left. */
    private static Optional<Coverage> within(Coverage c, Set<String> kept, List<Event> events) {
        Set<String> eventIds = new HashSet<>();
        events.forEach(e -> eventIds.add(e.id()));
        List<String> articles = c.articleIds().stream().filter(kept::contains).toList();
        List<Happening> happenings = c.happenings().stream()
                .map(h -> new Happening(h.id(), h.label(), h.lemma(), h.date(),
                        h.mentions().stream().filter(m -> kept.contains(m.articleId())).toList(),
                        h.eventIds().stream().filter(eventIds::contains).toList()))
                .filter(h -> h.mentions().size() >= 2).toList();
        return articles.isEmpty() ? Optional.empty()
                : Optional.of(new Coverage(c.id(), c.label(), articles, happenings));
    }

    private boolean inSlice(Event e) {
        if (story != null && !story.equals(e.storyId())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        Optional<TimexValue> d = TimexValue.parse(e.date());
        if (d.isEmpty()) {
            return false;
        }
        long middle = (d.get().first().toEpochDay() + d.get().last().toEpochDay()) / 2;
        return (from == null || middle >= from.toEpochDay()) && (to == null || middle <= to.toEpochDay());
    }

    private static Event withMentions(Event e, List<Span> mentions) {
        return new Event(e.id(), e.label(), e.date(), e.storyId(), mentions, e.background(), e.end(), e.reasons());
    }

    private static Optional<QuoteCluster> within(QuoteCluster q, Set<String> quoteIds) {
        List<Variant> members = q.members().stream().filter(v -> quoteIds.contains(v.quoteId())).toList();
        boolean referenceKept = !members.isEmpty() && members.get(0).equals(q.members().get(0));
        return referenceKept && members.size() >= 2 ? Optional.of(new QuoteCluster(q.id(), q.speaker(), members))
                : Optional.empty();
    }
}

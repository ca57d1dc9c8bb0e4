package org.parallax.ui.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.compare.event.EventQuotes;
import org.parallax.chart.timeline.TimelineData;

/**
 * What the timeline shows of a corpus: which outlets, speakers and stories are hidden. A plain view model (no
 * controls, no toolkit needed); the filter bar edits it and the window feeds its answers to the chart.
 *
 * <ul>
 *   <li>Hiding an <b>outlet</b> removes its lane, its marks and its mentions from every count; an event only hidden
 *       outlets reported disappears, as do undated articles of a hidden outlet.</li>
 *   <li>Hiding a <b>story</b> removes its era and every event in it.</li>
 *   <li>Hiding a <b>speaker</b> removes an event whose quotes (the quotes said within its mentions) are all by
 *       hidden speakers. An event with no quotes, or with any quote by a shown speaker or by nobody named, stays:
 *       hiding a speaker hides what only they said, never the plain facts around it.</li>
 * </ul>
 *
 * State changes are whole immutable {@link State} values; the predicate it hands out is immutable too and safe to
 * run off the FX thread.
 */
public final class TimelineFilter {

    /** What is hidden: outlets, speaker names and story ids. Empty sets hide nothing. */
    public record State(Set<Outlet> hiddenOutlets, Set<String> hiddenSpeakers, Set<String> hiddenStories) {

        public static final State NONE = new State(Set.of(), Set.of(), Set.of());

        public State {
            hiddenOutlets = Set.copyOf(hiddenOutlets);
            hiddenSpeakers = Set.copyOf(hiddenSpeakers);
            hiddenStories = Set.copyOf(hiddenStories);
        }

        public boolean hidesNothing() {
            return hiddenOutlets.isEmpty() && hiddenSpeakers.isEmpty() && hiddenStories.isEmpty();
        }
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NONE);
    private Corpus corpus = Corpus.EMPTY;
    private Supplier<EventQuotes> eventQuotes = () -> EventQuotes.EMPTY;

    /**
     * Filters {@code corpus} from now on. What was hidden and still exists in it stays hidden (reopening a folder
     * keeps the filter); the rest is dropped.
     */
    public void setCorpus(Corpus corpus) {
        this.corpus = Objects.requireNonNull(corpus);
        this.eventQuotes = memo(() -> EventQuotes.of(corpus.events(), corpus.quotes()));
        State s = state.get();
        Set<Outlet> outlets = new HashSet<>(s.hiddenOutlets());
        outlets.retainAll(outlets());
        Set<String> speakers = new HashSet<>(s.hiddenSpeakers());
        speakers.retainAll(speakers());
        Set<String> stories = new HashSet<>(s.hiddenStories());
        stories.retainAll(stories().stream().map(Story::id).toList());
        state.set(new State(outlets, speakers, stories));
    }

    /** The outlets to choose from: the chart's lanes (the unknown outlet last, if any article has none). */
    public List<Outlet> outlets() {
        return TimelineData.outletLanes(corpus);
    }

    /** The named speakers of the corpus's quotes, sorted. */
    public List<String> speakers() {
        return corpus.quotes().stream().map(Quote::speaker).filter(Objects::nonNull).map(Speaker::name)
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public List<Story> stories() {
        return corpus.stories();
    }

    public void setOutletShown(Outlet outlet, boolean shown) {
        State s = state.get();
        state.set(new State(toggled(s.hiddenOutlets(), outlet, !shown), s.hiddenSpeakers(), s.hiddenStories()));
    }

    public void setSpeakerShown(String speaker, boolean shown) {
        State s = state.get();
        state.set(new State(s.hiddenOutlets(), toggled(s.hiddenSpeakers(), speaker, !shown), s.hiddenStories()));
    }

    public void setStoryShown(String storyId, boolean shown) {
        State s = state.get();
        state.set(new State(s.hiddenOutlets(), s.hiddenSpeakers(), toggled(s.hiddenStories(), storyId, !shown)));
    }

    public void showAll() {
        state.set(State.NONE);
    }

    private static <T> Set<T> toggled(Set<T> set, T item, boolean hidden) {
        Set<T> next = new LinkedHashSet<>(set);
        if (hidden) {
            next.add(item);
        } else {
            next.remove(item);
        }
        return next;
    }

    public boolean isOutletShown(Outlet o) {
        return !state.get().hiddenOutlets().contains(o);
    }

    public boolean isSpeakerShown(String speaker) {
        return !state.get().hiddenSpeakers().contains(speaker);
    }

    public boolean isStoryShown(String storyId) {
        return !state.get().hiddenStories().contains(storyId);
    }

    // ---- what the chart gets

    /** The outlet lanes to draw, in order. */
    public List<Outlet> shownOutlets() {
        Set<Outlet> hidden = state.get().hiddenOutlets();
        return outlets().stream().filter(o -> !hidden.contains(o)).toList();
    }

    /** The articles of shown outlets: they say which outlets reported an event and which articles are undated. */
    public List<Article> shownArticles() {
        Set<Outlet> hidden = state.get().hiddenOutlets();
        return corpus.articles().stream().filter(a -> !hidden.contains(a.outlet())).toList();
    }

    /** The stories whose eras are drawn. */
    public List<Story> shownStories() {
        Set<String> hidden = state.get().hiddenStories();
        return corpus.stories().stream().filter(s -> !hidden.contains(s.id())).toList();
    }

    /**
     * The corpus as the timeline shows it, for an export of "everything with the current filters": the shown
     * outlets' articles, the shown stories and the events the filter lets through; quotes, figures and clusters
     * stay whole (the chart only counts them).
     */
    public Corpus shownCorpus() {
        Predicate<Event> shows = eventPredicate();
        if (shows == null) {
            return corpus;
        }
        return corpus.withArticles(shownArticles()).withEvents(corpus.events().stream().filter(shows).toList())
                .withStories(shownStories());
    }

    /** Which events to place, or null when nothing is hidden. Immutable; safe on any thread. */
    public Predicate<Event> eventPredicate() {
        State s = state.get();
        if (s.hidesNothing()) {
            return null;
        }
        Map<String, Outlet> outletOf = new HashMap<>();
        for (Article a : corpus.articles()) {
            outletOf.put(a.id(), a.outlet());
        }
        Supplier<EventQuotes> quotes = eventQuotes;
        return event -> shows(s, event, outletOf, quotes);
    }

    private static boolean shows(State s, Event event, Map<String, Outlet> outletOf, Supplier<EventQuotes> quotes) {
        if (event.storyId() != null && s.hiddenStories().contains(event.storyId())) {
            return false;
        }
        if (!s.hiddenOutlets().isEmpty()) {
            boolean anyShown = false;
            for (Span m : event.mentions()) {
                Outlet o = outletOf.get(m.articleId());
                if (o != null && !s.hiddenOutlets().contains(o)) {
                    anyShown = true;
                    break;
                }
            }
            if (!anyShown) {
                return false;
            }
        }
        if (!s.hiddenSpeakers().isEmpty()) {
            List<Quote> said = quotes.get().quotes(event);
            return said.isEmpty() || said.stream().anyMatch(q -> q.speaker() == null
                    || !s.hiddenSpeakers().contains(q.speaker().name()));
        }
        return true;
    }

    /** The current state; replaced whole on every change. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** A thread-safe lazy value: the quote index is built by the first filter that needs it, off the FX thread. */
    private static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = compute.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}

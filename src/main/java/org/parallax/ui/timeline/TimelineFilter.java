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
import org.parallax.chart.timeline.TimelineData;
import org.parallax.ui.common.CorpusEventQuotes;

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

    /**
     * The outlets and speakers a corpus offers to hide: its outlet lanes (the unknown outlet last, if any article has
     * none) and the named speakers of its quotes, sorted; and each article's outlet by its id, which hiding an outlet
     * reads. Listing them reads every article and quote (half a second of the FX thread at 100,000 articles), so the
     * window makes them on a worker and the filter only installs them.
     */
    public record Choices(List<Outlet> outlets, List<String> speakers, Map<String, Outlet> outletOfArticle) {

        public static final Choices NONE = new Choices(List.of(), List.of(), Map.of());

        public Choices {
            outlets = List.copyOf(outlets);
            speakers = List.copyOf(speakers);
            outletOfArticle = Map.copyOf(outletOfArticle); // on the worker that lists them; never the caller's map
        }

        /** The choices of {@code corpus}: linear in its articles and quotes, on any thread. */
        public static Choices of(Corpus corpus) {
            Map<String, Outlet> outletOf = new HashMap<>();
            for (Article a : corpus.articles()) {
                outletOf.put(a.id(), a.outlet());
            }
            return new Choices(TimelineData.outletLanes(corpus), corpus.quotes().stream().map(Quote::speaker)
                    .filter(Objects::nonNull).map(Speaker::name).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList(), outletOf);
        }
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NONE);
    private Corpus corpus = Corpus.EMPTY;
    private Choices choices = Choices.NONE;
    private CorpusEventQuotes eventQuotes = CorpusEventQuotes.EMPTY;
    /** A corpus whose choices are being made; until they come, outlets hidden by {@link #setHiddenOutlets} all stay. */
    private Corpus awaited;

    /** Filters {@code corpus} from now on, its choices and events' quotes made here (a host without a worker). */
    public void setCorpus(Corpus corpus) {
        setCorpus(corpus, Choices.of(corpus), CorpusEventQuotes.of(corpus));
    }

    /**
     * Filters {@code corpus} from now on, with its {@code choices} and {@code eventQuotes} made elsewhere (off the FX
     * thread). What was hidden and still exists in it stays hidden (reopening a folder keeps the filter); the rest is
     * dropped.
     */
    public void setCorpus(Corpus corpus, Choices choices, CorpusEventQuotes eventQuotes) {
        this.corpus = Objects.requireNonNull(corpus);
        this.choices = Objects.requireNonNull(choices);
        this.eventQuotes = Objects.requireNonNull(eventQuotes);
        awaited = null;
        State s = state.get();
        Set<Outlet> outlets = new HashSet<>(s.hiddenOutlets());
        outlets.retainAll(outlets());
        Set<String> speakers = new HashSet<>(s.hiddenSpeakers());
        speakers.retainAll(speakers());
        Set<String> stories = new HashSet<>(s.hiddenStories());
        stories.retainAll(stories().stream().map(Story::id).toList());
        state.set(new State(outlets, speakers, stories));
    }

    /**
     * {@code corpus} comes next, its choices being made: until {@link #setCorpus} gives them, the filter goes on with
     * the corpus before, but outlets hidden by {@link #setHiddenOutlets} are kept whole for the corpus to come.
     */
    public void awaitCorpus(Corpus corpus) {
        awaited = corpus;
    }

    /**
     * Hides exactly {@code hidden} of the corpus's outlets (a restored view): an outlet the corpus does not have is
     * not hidden, one it has and {@code hidden} lacks shows.
     */
    public void setHiddenOutlets(Set<Outlet> hidden) {
        Set<Outlet> outlets = new HashSet<>(hidden);
        if (awaited == null) {
            outlets.retainAll(outlets());
        }
        State s = state.get();
        state.set(new State(outlets, s.hiddenSpeakers(), s.hiddenStories()));
    }

    /** The outlets to choose from: the chart's lanes (the unknown outlet last, if any article has none). */
    public List<Outlet> outlets() {
        return choices.outlets();
    }

    /** The named speakers of the corpus's quotes, sorted. */
    public List<String> speakers() {
        return choices.speakers();
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
        Predicate<Article> shown = articlePredicate();
        return shown == null ? corpus.articles() : corpus.articles().stream().filter(shown).toList();
    }

    /**
     * Which articles {@link #shownArticles} keeps, or null when no outlet is hidden: the chart applies it off the FX
     * thread (listing 100,000 articles per change held the FX thread). Immutable; safe on any thread.
     */
    public Predicate<Article> articlePredicate() {
        Set<Outlet> hidden = state.get().hiddenOutlets();
        return hidden.isEmpty() ? null : a -> !hidden.contains(a.outlet());
    }

    /** The stories whose eras are drawn. */
    public List<Story> shownStories() {
        Set<String> hidden = state.get().hiddenStories();
        return corpus.stories().stream().filter(s -> !hidden.contains(s.id())).toList();
    }

    /**
     * The corpus as the timeline shows it, for an export of "everything with the current filters": the shown
     * outlets' articles, the shown stories and the events the filter lets through; quotes, figures and clusters
     * stay whole (the chart only counts them). The filter as it is now, made when asked, off the FX thread (an
     * export's worker): it lists the shown outlets' articles and, with a speaker hidden, reads the events' quotes,
     * which it may make or wait for while another worker makes them (no method here makes it at once, so none is
     * called on the FX thread). Immutable; safe on any thread.
     */
    public Supplier<Corpus> shownCorpusLater() {
        Corpus all = corpus;
        Predicate<Event> shows = eventPredicate();
        if (shows == null) {
            return () -> all;
        }
        Predicate<Article> shownArticle = articlePredicate();
        List<Story> stories = shownStories();
        return () -> all.withArticles(shownArticle == null ? all.articles()
                        : all.articles().stream().filter(shownArticle).toList())
                .withEvents(all.events().stream().filter(shows).toList()).withStories(stories);
    }

    /** Which events to place, or null when nothing is hidden. Immutable; safe on any thread. */
    public Predicate<Event> eventPredicate() {
        State s = state.get();
        if (s.hidesNothing()) {
            return null;
        }
        Map<String, Outlet> outletOf = choices.outletOfArticle(); // made with the choices: not mapped here per change
        CorpusEventQuotes quotes = eventQuotes;
        return event -> shows(s, event, outletOf, quotes);
    }

    private static boolean shows(State s, Event event, Map<String, Outlet> outletOf, CorpusEventQuotes quotes) {
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
}

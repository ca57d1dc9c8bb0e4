package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.ModRange;
import org.parallax.model.TimexMod;
import org.parallax.chart.timeline.scale.Outliers;
import org.parallax.model.TimexValue;
import org.parallax.compare.event.EventQuotes;

/**
 * What the chart draws, resolved once per change of input and free of any toolkit: the placed events in time order
 * (with their day ranges, anchors and reporting outlets), the lanes, each lane's events, story eras, and what cannot
 * be placed (undated events and articles). Redraws and hit tests read its arrays and never touch the model again.
 */
public final class TimelineData {

    /** A lane under the events lane: an outlet's or a story's. */
    public record Lane(String key, String label, int[] events) {
    }

    /** A story's era on the chart. */
    public record Era(Story story, DayRange range) {
    }

    private final List<Event> events;
    private final DayRange[] ranges;
    /** Per event the TimeML modifier of its date and the stretch it points to ({@link ModRange}), null when none. */
    private final TimexMod[] mods;
    private final DayRange[] fuzzy;
    private final double[] anchors;
    private final List<Set<Outlet>> outlets;
    private final List<Lane> lanes;
    private final List<Era> eras;
    private final List<Event> undatedEvents;
    private final List<Article> undatedArticles;
    private final Map<String, Integer> indexById;
    private final Map<String, Story> storiesById;
    private final boolean[] background;
    private final int[] backgroundBefore;
    private final long[] outletMask;
    private final boolean masksExact;
    private final int[] quoteCounts;
    private final Outliers.Split outliers;
    /** How widely each event was reported (see {@link #importance}), and the mentions before each event. */
    private final long[] importance;
    private final long[] mentionsBefore;
    private volatile CollapsedTime collapsed;

    private TimelineData(List<Event> events, DayRange[] ranges, TimexMod[] mods, List<Set<Outlet>> outlets,
                         List<Lane> lanes, List<Era> eras, List<Event> undatedEvents, List<Article> undatedArticles,
                         Map<String, Story> storiesById, EventQuotes quotes) {
        this.events = events;
        this.quoteCounts = events.stream().mapToInt(quotes::count).toArray();
        this.ranges = ranges;
        this.mods = mods;
        this.fuzzy = new DayRange[ranges.length];
        this.anchors = new double[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            fuzzy[i] = mods[i] == null ? null : ModRange.of(ranges[i], mods[i]);
            anchors[i] = (fuzzy[i] == null ? ranges[i] : fuzzy[i]).middle(); // "early 2011" marked early in it
        }
        this.outliers = Outliers.of(anchors);
        this.outlets = outlets;
        this.lanes = lanes;
        this.eras = eras;
        this.undatedEvents = undatedEvents;
        this.undatedArticles = undatedArticles;
        this.storiesById = storiesById;
        this.background = new boolean[events.size()];
        this.backgroundBefore = new int[events.size() + 1];
        this.outletMask = new long[events.size()];
        Map<Outlet, Integer> bit = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            background[i] = events.get(i).background();
            backgroundBefore[i + 1] = backgroundBefore[i] + (background[i] ? 1 : 0);
            for (Outlet o : outlets.get(i)) {
                Integer b = bit.computeIfAbsent(o, k -> bit.size());
                if (b < Long.SIZE) {
                    outletMask[i] |= 1L << b;
                }
            }
        }
        this.masksExact = bit.size() <= Long.SIZE;
        this.importance = new long[events.size()];
        this.mentionsBefore = new long[events.size() + 1];
        for (int i = 0; i < events.size(); i++) {
            int mentions = events.get(i).mentions().size();
            mentionsBefore[i + 1] = mentionsBefore[i] + mentions;
            importance[i] = ((background[i] ? 0L : 1L) << 40) + ((long) Math.min(outlets.get(i).size(), 1 << 12) << 24)
                    + Math.min(mentions, (1 << 23) - 1);
        }
        this.indexById = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            indexById.put(events.get(i).id(), i);
        }
    }

    public static final TimelineData EMPTY = build(List.of(), List.of(), List.of(), List.of(), LaneMode.OUTLET);

    /**
     * @param shownOutlets the outlet lanes, in order (outlet mode); events only some hidden outlet reported stay on
     *                     the events lane
     */
    public static TimelineData build(Collection<Event> events, Collection<Story> stories, Collection<Article> articles,
                                     List<Outlet> shownOutlets, LaneMode mode) {
        return build(events, stories, articles, shownOutlets, mode, EventQuotes.EMPTY);
    }

    /** As the chart on screen, without quote counts: an exported picture. */
    public static TimelineData build(Collection<Event> events, Collection<Story> stories, Collection<Article> articles,
                                     List<Outlet> shownOutlets, LaneMode mode, EventMods mods) {
        return build(events, stories, articles, shownOutlets, mode, EventQuotes.EMPTY, mods);
    }

    /**
     * @param shownOutlets the outlet lanes, in order (outlet mode)
     * @param quotes       which quotes each event holds: their count goes into tooltips and accessible text
     */
    public static TimelineData build(Collection<Event> events, Collection<Story> stories, Collection<Article> articles,
                                     List<Outlet> shownOutlets, LaneMode mode, EventQuotes quotes) {
        return build(events, stories, articles, shownOutlets, mode, quotes, EventMods.NONE);
    }

    /**
     * @param shownOutlets the outlet lanes, in order (outlet mode)
     * @param quotes       which quotes each event holds: their count goes into tooltips and accessible text
     * @param mods         the TimeML modifiers of the events' dates: such an event is marked in the part of its
     *                     period the modifier points to, over a soft band
     */
    public static TimelineData build(Collection<Event> events, Collection<Story> stories, Collection<Article> articles,
                                     List<Outlet> shownOutlets, LaneMode mode, EventQuotes quotes, EventMods mods) {
        Map<String, Outlet> outletOfArticle = new HashMap<>();
        List<Article> undatedArticles = new ArrayList<>();
        for (Article a : articles) {
            outletOfArticle.put(a.id(), a.outlet());
            if (!a.isDated()) {
                undatedArticles.add(a);
            }
        }
        record Placed(Event event, DayRange range, TimexMod mod, double anchor) {
        }
        List<Placed> placed = new ArrayList<>(events.size());
        List<Event> undated = new ArrayList<>();
        Map<String, Optional<DayRange>> parsed = new HashMap<>(); // news repeats its dates: parse each once
        for (Event e : events) {
            Optional<DayRange> range = parsed.computeIfAbsent(e.date(), d -> TimexValue.parse(d).map(DayRange::of));
            if (range.isPresent() && e.end() != null) {
                // a range ("from 2016 to 2018") spans from its first date's start to its last date's end
                Optional<DayRange> last = parsed.computeIfAbsent(e.end(), d -> TimexValue.parse(d).map(DayRange::of));
                if (last.isPresent() && last.get().end() >= range.get().start()) {
                    range = Optional.of(range.get().union(last.get()));
                }
            }
            if (range.isPresent()) {
                TimexMod mod = mods.of(e);
                placed.add(new Placed(e, range.get(), mod,
                        (mod == null ? range.get() : ModRange.of(range.get(), mod)).middle()));
            } else {
                undated.add(e);
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::anchor)
                .thenComparingDouble(p -> p.range().start()).thenComparing(p -> p.event().id()));
        List<Event> sortedEvents = placed.stream().map(Placed::event).toList();
        DayRange[] ranges = placed.stream().map(Placed::range).toArray(DayRange[]::new);
        TimexMod[] eventMods = placed.stream().map(Placed::mod).toArray(TimexMod[]::new);
        List<Set<Outlet>> eventOutlets = new ArrayList<>(placed.size());
        for (Event e : sortedEvents) {
            Set<Outlet> set = new LinkedHashSet<>();
            for (Span m : e.mentions()) {
                Outlet o = outletOfArticle.get(m.articleId());
                if (o != null) {
                    set.add(o);
                }
            }
            eventOutlets.add(Set.copyOf(set));
        }
        Map<String, Story> storiesById = new HashMap<>();
        List<Era> eras = new ArrayList<>();
        for (Story s : stories) {
            storiesById.put(s.id(), s);
            Optional<DayRange> from = TimexValue.parse(s.start()).map(DayRange::of);
            Optional<DayRange> to = TimexValue.parse(s.end()).map(DayRange::of);
            if (from.isPresent() && to.isPresent() && to.get().end() >= from.get().start()) {
                eras.add(new Era(s, new DayRange(from.get().start(), to.get().end())));
            }
        }
        eras.sort(Comparator.comparingDouble(e -> e.range().start()));
        List<Lane> lanes = mode == LaneMode.OUTLET
                ? outletLanes(shownOutlets, eventOutlets)
                : storyLanes(eras, sortedEvents);
        return new TimelineData(sortedEvents, ranges, eventMods, eventOutlets, lanes, List.copyOf(eras), List.copyOf(undated),
                List.copyOf(undatedArticles), storiesById, quotes);
    }

    /** The outlet lanes of a whole corpus: every known outlet by name, the unknown one last if an article has none. */
    public static List<Outlet> outletLanes(org.parallax.model.Corpus corpus) {
        List<Outlet> lanes = new ArrayList<>(corpus.outlets());
        if (corpus.articles().stream().anyMatch(a -> !a.outlet().isKnown())) {
            lanes.add(Outlet.UNKNOWN);
        }
        return List.copyOf(lanes);
    }

    private static List<Lane> outletLanes(List<Outlet> shown, List<Set<Outlet>> eventOutlets) {
        List<Lane> lanes = new ArrayList<>();
        for (Outlet o : shown) {
            int[] members = indices(eventOutlets.size(), i -> eventOutlets.get(i).contains(o));
            lanes.add(new Lane(o.name(), o.displayName(), members));
        }
        return List.copyOf(lanes);
    }

    private static List<Lane> storyLanes(List<Era> eras, List<Event> events) {
        List<Lane> lanes = new ArrayList<>();
        for (Era era : eras) {
            String id = era.story().id();
            lanes.add(new Lane(id, era.story().label(), indices(events.size(), i -> id.equals(events.get(i).storyId()))));
        }
        int[] loose = indices(events.size(), i -> events.get(i).storyId() == null
                || eras.stream().noneMatch(e -> e.story().id().equals(events.get(i).storyId())));
        if (loose.length > 0) {
            lanes.add(new Lane("", "No story", loose));
        }
        return List.copyOf(lanes);
    }

    private interface IntTest {
        boolean test(int i);
    }

    private static int[] indices(int n, IntTest test) {
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (test.test(i)) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Placed events, in time order (by anchor). */
    public List<Event> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    public Event event(int i) {
        return events.get(i);
    }

    public DayRange range(int i) {
        return ranges[i];
    }

    /** The TimeML modifier of event {@code i}'s date ("early 2011": START), null when it has none. */
    public TimexMod mod(int i) {
        return mods[i];
    }

    /** The stretch event {@code i}'s modifier points to ("early 2011": its first third), null without one. */
    public DayRange fuzzyRange(int i) {
        return fuzzy[i];
    }

    /** Event {@code i}'s date in words with its modifier's: "early in 2011", "about 20 October 2015". */
    public String dateText(int i) {
        return DateTexts.of(events.get(i).date(), mods[i]);
    }

    /** Where event {@code i} is marked: the middle of its range. Sorted ascending. */
    public double anchor(int i) {
        return anchors[i];
    }

    public double[] anchors() {
        return anchors;
    }

    public Set<Outlet> outlets(int i) {
        return outlets.get(i);
    }

    public boolean isBackground(int i) {
        return background[i];
    }

    /** Whether event {@code i} spans a stated range ("from 2016 to 2018"), not one date. */
    public boolean isRange(int i) {
        return event(i).end() != null;
    }

    /** Whether events {@code [from, to)} are all background events; constant time. */
    public boolean allBackground(int from, int to) {
        return backgroundBefore[to] - backgroundBefore[from] == to - from;
    }

    /** How many distinct outlets reported events {@code [from, to)}; linear with a tiny constant. */
    public int outletCount(int from, int to) {
        if (masksExact) {
            long mask = 0;
            for (int i = from; i < to; i++) {
                mask |= outletMask[i];
            }
            return Long.bitCount(mask);
        }
        Set<Outlet> set = new java.util.HashSet<>();
        for (int i = from; i < to; i++) {
            set.addAll(outlets.get(i));
        }
        return set.size();
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<Era> eras() {
        return eras;
    }

    public List<Event> undatedEvents() {
        return undatedEvents;
    }

    public List<Article> undatedArticles() {
        return undatedArticles;
    }

    public int indexOf(Event e) {
        return e == null ? -1 : indexById.getOrDefault(e.id(), -1);
    }

    public Optional<Story> story(Event e) {
        return Optional.ofNullable(e.storyId()).map(storiesById::get);
    }

    /** The span from the first event's start to the last's end (and the eras'); empty when nothing is placed. */
    public Optional<DayRange> extent() {
        DayRange all = null;
        for (int i = 0; i < ranges.length; i++) {
            DayRange r = fuzzy[i] == null ? ranges[i] : ranges[i].union(fuzzy[i]);
            all = all == null ? r : all.union(r);
        }
        for (Era e : eras) {
            all = all == null ? e.range() : all.union(e.range());
        }
        return Optional.ofNullable(all);
    }

    /**
     * The extent of the anchors, eras and stated ranges: what "fit all" shows (a vaguely dated decade is not
     * stretched across; a range "from 2016 to 2018" is shown whole; {@linkplain #outliers() outliers} far from the
     * rest are left out, marked at the edge instead).
     */
    public Optional<DayRange> anchorExtent() {
        if (anchors.length == 0 && eras.isEmpty()) {
            return Optional.empty();
        }
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        if (anchors.length > 0) {
            from = anchors[outliers.before()];
            to = anchors[anchors.length - 1 - outliers.after()];
        }
        for (Era e : eras) {
            from = Math.min(from, e.range().start());
            to = Math.max(to, e.range().end());
        }
        for (int i = outliers.before(); i < ranges.length - outliers.after(); i++) {
            if (isRange(i)) { // a stated range is shown whole, ends and all
                from = Math.min(from, ranges[i].start());
                to = Math.max(to, ranges[i].end());
            }
        }
        return Optional.of(new DayRange(from, to));
    }

    /** How many of the first and of the last events lie far from all the rest ({@link Outliers}). */
    public Outliers.Split outliers() {
        return outliers;
    }

    /**
     * How widely event {@code i} was reported, as one number to compare: reported before background events, then by
     * outlets, then by mentions. Precomputed, since the events lane ranks every event in view each frame.
     */
    public long importance(int i) {
        return importance[i];
    }

    /** How many places in the articles report events {@code [from, to)}; constant time. */
    public long mentionCount(int from, int to) {
        return mentionsBefore[to] - mentionsBefore[from];
    }

    /** The mapping that collapses empty time between events and eras; computed once. */
    public CollapsedTime collapsed() {
        CollapsedTime c = collapsed;
        if (c == null) {
            c = EmptyTime.collapse(this);
            collapsed = c;
        }
        return c;
    }

    /** The first index whose anchor is at or after {@code day}. */
    public int firstAtOrAfter(double day) {
        int lo = 0;
        int hi = anchors.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchors[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many quotes were said within event {@code i}'s mentions (0 when the data was built without quotes). */
    public int quoteCount(int i) {
        return quoteCounts[i];
    }

    /** "Assad and Putin hold talks in Moscow, 20 October 2015, 3 outlets, 2 quotes". */
    public String describe(int i) {
        Event e = events.get(i);
        int n = outlets.get(i).size();
        int q = quoteCounts[i];
        return e.label() + ", " + dateText(i) + ", " + n + (n == 1 ? " outlet" : " outlets")
                + (q == 0 ? "" : ", " + q + (q == 1 ? " quote" : " quotes"))
                + (e.background() ? ", background" : "");
    }

    /** A TIMEX3 date as people say it, at its precision: "20 October 2015", "October 2015", "the 1980s". */
    public static String dateText(String value) {
        return DateTexts.of(value);
    }

    /** {@link #dateText} for narrow columns: "20 Oct 2015", "Oct 2015", "1980s", "2015". */
    public static String shortDateText(String value) {
        return DateTexts.shortOf(value);
    }
}

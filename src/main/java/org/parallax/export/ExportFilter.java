package org.parallax.export;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Story;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.model.TimexValue;

/**
 * Which events an export shows: one story (by id) and/or a date range (inclusive days). An event is in the range
 * when the middle of its date is (where the timeline places it: "2015" sits in July 2015, so it is not an October
 * event); undated events are kept only without a range. Null parts are "no filter".
 */
public record ExportFilter(String storyId, LocalDate from, LocalDate to) {

    public static final ExportFilter NONE = new ExportFilter(null, null, null);

    public ExportFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean isNone() {
        return storyId == null && from == null && to == null;
    }

    /** The corpus with only the events (and stories) that pass; articles stay, so every outlet keeps its lane. */
    public Corpus apply(Corpus corpus) {
        if (isNone()) {
            return corpus;
        }
        double lo = from == null ? Double.NEGATIVE_INFINITY : from.toEpochDay();
        double hi = to == null ? Double.POSITIVE_INFINITY : to.toEpochDay() + 1;
        List<Event> events = corpus.events().stream()
                .filter(e -> storyId == null || storyId.equals(e.storyId()))
                .filter(e -> {
                    if (from == null && to == null) {
                        return true;
                    }
                    Optional<DayRange> r = TimexValue.parse(e.date()).map(DayRange::of);
                    return r.isPresent() && r.get().middle() >= lo && r.get().middle() < hi;
                })
                .toList();
        Set<String> storyIds = new HashSet<>();
        events.forEach(e -> storyIds.add(e.storyId()));
        List<Story> stories = corpus.stories().stream()
                .filter(s -> storyId == null ? storyIds.contains(s.id()) || from == null && to == null
                        : storyId.equals(s.id()))
                .toList();
        return corpus.withEvents(events).withStories(stories);
    }

    /** "Story s1 · 2015-10-01 to 2015-10-31", empty without filters: for a subtitle. */
    public String describe(Corpus corpus) {
        StringBuilder sb = new StringBuilder();
        if (storyId != null) {
            sb.append(corpus.stories().stream().filter(s -> s.id().equals(storyId)).map(Story::label).findFirst()
                    .orElse(storyId));
        }
        if (from != null || to != null) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(from == null ? "until " + to : to == null ? "from " + from : from + " to " + to);
        }
        return sb.toString();
    }
}

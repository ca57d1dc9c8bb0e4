package org.parallax.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * Two events the user says are one happening, as one: every mention of both, the earlier one's date and label (unless
 * the user set the other's and not this one's), the id and story of the one merged into (so it stays selected), and
 * both's reasons with "merged by you".
 */
final class MergedEvent {

    static final String REASON = "merged by you";

    private MergedEvent() {
    }

    /**
     * @param extracted the events as extracted, by id: a date or label that differs from its extracted one was set
     *                  by the user, and wins over the other event's
     */
    static Event of(Event into, Event other, Map<String, Event> extracted) {
        boolean otherFirst = start(other) < start(into);
        Event earlier = otherFirst ? other : into;
        Event later = otherFirst ? into : other;
        Event dated = corrected(later, extracted, Event::date) && !corrected(earlier, extracted, Event::date)
                ? later : earlier;
        Event labelled = corrected(later, extracted, Event::label) && !corrected(earlier, extracted, Event::label)
                ? later : earlier;
        TreeSet<Span> mentions = new TreeSet<>(into.mentions());
        mentions.addAll(other.mentions());
        LinkedHashSet<String> reasons = new LinkedHashSet<>(into.reasons());
        reasons.addAll(other.reasons());
        reasons.add(REASON);
        return new Event(into.id(), labelled.label(), dated.date(), into.storyId() != null ? into.storyId()
                : other.storyId(), new ArrayList<>(mentions), into.background() && other.background(), dated.end(),
                new ArrayList<>(reasons));
    }

    /** Where the event starts in time, for which is earlier; an unreadable date last. */
    private static double start(Event e) {
        return TimexValue.parse(e.date()).map(TimexValue::start).orElse(Double.MAX_VALUE);
    }

    private static boolean corrected(Event e, Map<String, Event> extracted,
                                     Function<Event, String> part) {
        Event was = extracted.get(e.id());
        return was != null && !part.apply(was).equals(part.apply(e));
    }
}

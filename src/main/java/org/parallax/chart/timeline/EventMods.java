package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;
import org.parallax.model.TimexType;

/**
 * Which TimeML modifier an event's date carries ("early 2011", "about 20 October"): that of the dates in its
 * sentences whose value is the event's date. A position in the period ("early", "late") stands beside a plain
 * mention of the same period, which only says less; a vague one ("about") stands only where every such date has it,
 * since an outlet that gives the plain date knows it. Outlets that word it differently leave the date plain. Plain
 * Java; built once per timeline layout.
 */
public final class EventMods {

    public static final EventMods NONE = new EventMods(Map.of());

    private final Map<String, List<TimeMention>> datesByArticle;

    private EventMods(Map<String, List<TimeMention>> datesByArticle) {
        this.datesByArticle = datesByArticle;
    }

    /** The modifiers the dates among {@code timexes} give; {@link #NONE} when none has one. */
    public static EventMods of(Collection<TimeMention> timexes) {
        if (timexes.stream().noneMatch(t -> t.mod() != null && isDate(t))) {
            return NONE;
        }
        Map<String, List<TimeMention>> byArticle = new HashMap<>();
        for (TimeMention t : timexes) {
            if (isDate(t)) {
                byArticle.computeIfAbsent(t.span().articleId(), k -> new ArrayList<>()).add(t);
            }
        }
        return new EventMods(byArticle);
    }

    private static boolean isDate(TimeMention t) {
        return t.type() == TimexType.DATE || t.type() == TimexType.TIME;
    }

    /** The modifier of {@code event}'s date, or null (also for a stated range, whose ends are drawn as written). */
    public TimexMod of(Event event) {
        if (datesByArticle.isEmpty() || event.end() != null) {
            return null;
        }
        TimexMod found = null;
        boolean plain = false;
        for (Span m : event.mentions()) {
            for (TimeMention t : datesByArticle.getOrDefault(m.articleId(), List.of())) {
                if (!m.contains(t.span()) || !(t.value().equals(event.date())
                        || t.value().startsWith(event.date() + "T"))) {
                    continue;
                }
                if (t.mod() == null) {
                    plain = true;
                } else if (found == null) {
                    found = t.mod();
                } else if (found != t.mod()) {
                    return null;
                }
            }
        }
        boolean position = found == TimexMod.START || found == TimexMod.MID || found == TimexMod.END;
        return plain && !position ? null : found;
    }
}

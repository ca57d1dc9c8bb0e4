package org.parallax.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;

/**
 * The event detail's words for how an event's date was read, where it leans on more than its own words and the
 * publication date: "today" in a quote counted from the day of the speech, "two days later" from the date named
 * before, "the day before the vote" from the day the article gave the vote. Plain Java: which timex of the event's
 * sentences carries its date, and its {@link TimeAnchor}.
 */
final class DatedBy {

    private DatedBy() {
    }

    /** "Dated by ‘today’ in a quote: the day of the speech …", or empty when no such timex carries the date. */
    static Optional<String> text(Event event, List<TimeMention> timexes) {
        // by article first: an event of thousands of mentions against every timex of its articles held the FX thread
        Map<String, List<TimeMention>> byArticle = new HashMap<>();
        timexes.forEach(t -> byArticle.computeIfAbsent(t.span().articleId(), k -> new ArrayList<>()).add(t));
        for (Span m : event.mentions()) {
            for (TimeMention t : byArticle.getOrDefault(m.articleId(), List.of())) {
                if (t.anchor() == null || t.anchor() == TimeAnchor.PUBLICATION || !m.contains(t.span())
                        || !(t.value().equals(event.date()) || t.value().startsWith(event.date() + "T"))) {
                    continue;
                }
                return Optional.of(switch (t.anchor()) {
                    case SPEECH -> "Dated by ‘" + t.text() + "’ in a quote: the day of the speech, as the article gives "
                            + "it, not its publication day";
                    case EVENT -> "Dated by ‘" + t.text() + "’: counted from the day the article gives that event";
                    default -> "Dated by ‘" + t.text() + "’: counted from the date the article named before";
                });
            }
        }
        return Optional.empty();
    }
}

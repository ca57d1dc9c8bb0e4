package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, as one or more outlets reported it.
 *
 * @param date     a TIMEX3 date value ("2015-10-20", "2011")
 * @param storyId  the story it belongs to, {@code null} if none
 * @param mentions every place an article reports it
 */
public record Event(String id, String label, String date, String storyId, List<Span> mentions) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        mentions = List.copyOf(mentions);
    }

    public TimePrecision precision() {
        return TimePrecision.of(date);
    }
}

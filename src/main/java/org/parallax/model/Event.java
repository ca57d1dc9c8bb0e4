package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, as one or more outlets reported it.
 *
 * @param date       a TIMEX3 date value ("2015-10-20", "2011")
 * @param storyId    the story it belongs to, {@code null} if none
 * @param mentions   every place an article reports it
 * @param background mentioned in passing as context ("the uprising began in 2011"), not what the articles report
 */
public record Event(String id, String label, String date, String storyId, List<Span> mentions, boolean background) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        mentions = List.copyOf(mentions);
    }

    /** A reported (not background) event. */
    public Event(String id, String label, String date, String storyId, List<Span> mentions) {
        this(id, label, date, storyId, mentions, false);
    }

    public TimePrecision precision() {
        return TimePrecision.of(date);
    }
}

package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, as one or more outlets reported it.
 *
 * @param date       a TIMEX3 date value ("2015-10-20", "2011"); a range's first date
 * @param storyId    the story it belongs to, {@code null} if none
 * @param mentions   every place an article reports it
 * @param background mentioned in passing as context ("the uprising began in 2011"), not what the articles report
 * @param end        the last date of a range ("from 2016 to 2018" gives date 2016, end 2018), {@code null} for a
 *                   point in time
 * @param reasons    why its statements were taken for one happening, one line per kind of merge ("same day, same
 *                   actor: Acme; reverse ≈ put on hold"); empty for a single statement
 */
public record Event(String id, String label, String date, String storyId, List<Span> mentions, boolean background,
                    String end, List<String> reasons) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        mentions = List.copyOf(mentions);
        reasons = List.copyOf(reasons);
    }

    /** A point-in-time event without recorded merge reasons. */
    public Event(String id, String label, String date, String storyId, List<Span> mentions, boolean background) {
        this(id, label, date, storyId, mentions, background, null, List.of());
    }

    /** A reported (not background) event. */
    public Event(String id, String label, String date, String storyId, List<Span> mentions) {
        this(id, label, date, storyId, mentions, false);
    }

    public TimePrecision precision() {
        return TimePrecision.of(date);
    }

    /** This event in story {@code id} (or none). */
    public Event withStory(String id) {
        return new Event(this.id, label, date, id, mentions, background, end, reasons);
    }
}

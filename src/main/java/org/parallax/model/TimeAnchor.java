package org.parallax.model;

import java.util.Locale;

/**
 * What a relative temporal expression was resolved against: the article's publication date ("yesterday" in the
 * reporter's words), the date of the speech it is quoted from ("today" in a quote the article dates to the day of
 * the talks), the date the text named before it ("two days later", "the same day", "at the time"), or the day the
 * article gave an event named by a noun ("the day before the vote", after "the vote was held on March 3").
 */
public enum TimeAnchor {
    PUBLICATION, SPEECH, PREVIOUS_DATE, EVENT;

    /** The name the model JSON uses: {@code publication}, {@code speech}, {@code previous-date}, {@code event}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TimeAnchor fromJson(String s) {
        for (TimeAnchor a : values()) {
            if (a.jsonName().equals(s)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown anchor '" + s + "'");
    }
}

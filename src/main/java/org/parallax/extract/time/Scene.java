package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the article has set up before a match, besides the last day it named: the explicit date in focus of the
 * paragraph ("In January 2011, ... at the time"; null when the paragraph wrote none out) and the days it gave events
 * named by a noun ("the vote was held on March 3"), by the noun's key in the {@code [event]} word list.
 */
record Scene(String focusValue, Map<String, LocalDate> eventDays) {

    static final Scene NONE = new Scene(null, Map.of());

    /** The day the article gave the event {@code key}, or null. */
    LocalDate eventDay(String key) {
        return key == null ? null : eventDays.get(key);
    }
}

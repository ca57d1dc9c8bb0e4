package org.parallax.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from the ISO-like forms metadata uses: "2015-10-21", "2015-10-21T08:30:00+03:00",
 * "2015-10-21T05:30Z", news-please's "2015-10-21 08:30:00". The date is taken as written, in the publisher's own
 * time zone: converting "2015-10-21T01:00+03:00" to UTC would move the article to the day before.
 */
final class PublishedDates {

    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*(?:Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?))?)?");

    private PublishedDates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO_LIKE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) != null) {
                LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty(); // "2015-02-30", "25:00": shaped like a date, but not one
        }
    }
}

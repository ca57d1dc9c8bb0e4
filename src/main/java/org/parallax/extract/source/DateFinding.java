package org.parallax.extract.source;

import java.time.LocalDate;
import java.util.Objects;
import org.parallax.model.DateSource;

/**
 * A publication date read from an article's words, or estimated from the corpus.
 *
 * @param date    the date
 * @param source  {@link DateSource#TEXT}, or {@link DateSource#INFERRED} for a dateline's month and day whose
 *                year comes from the corpus
 * @param how     which rule found it: "published line", "dateline", "url", "updated line", "date line",
 *                "dateline + corpus year"
 * @param excerpt the words it was read from
 */
public record DateFinding(LocalDate date, DateSource source, String how, String excerpt) {

    public DateFinding {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(excerpt, "excerpt");
        if (source != DateSource.TEXT && source != DateSource.INFERRED) {
            throw new IllegalArgumentException("a found date comes from the text or is inferred: " + source);
        }
    }
}

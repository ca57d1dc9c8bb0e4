package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Span;

/**
 * A statement without a date of its own that names an action ("Acme halted the Leeds closure"): it can join a dated
 * event that is clearly the same happening ({@link UndatedJoiner}), never make one.
 *
 * @param mention   the clause
 * @param terms     its content terms with their kind weights
 * @param gist      who did what
 * @param published its article's publication date, {@code null} when unknown
 * @param speaker   the name lemmas of whom it reports speaking ("Barack Obama stated that ..."), empty when it reports
 *                  no one's words
 */
public record Undated(Span mention, Map<String, Double> terms, Gist gist, LocalDate published, List<String> speaker) {

    /** A statement that reports no one's words. */
    public Undated(Span mention, Map<String, Double> terms, Gist gist, LocalDate published) {
        this(mention, terms, gist, published, List.of());
    }

    public Undated {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(gist, "gist");
        terms = TermMap.of(terms); // Map.copyOf, its terms also in arrays (walked by index, no entry per term)
        speaker = List.copyOf(speaker);
    }
}

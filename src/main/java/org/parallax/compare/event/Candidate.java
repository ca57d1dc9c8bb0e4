package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * One time-anchored statement: a sentence (or, when the sentence names several dates, the clause) with the date
 * it is anchored to, before clustering.
 *
 * @param mention    the sentence or clause
 * @param date       the date of its timex
 * @param label      the statement as a short label, read from the text
 * @param terms      its content terms with their kind weights (see {@link Terms})
 * @param reference  the day it is judged against for background: its article's publication date, else the
 *                   article's most frequent day; {@code null} when neither is known
 * @param until      the last date of a range ("from 2016 to 2018"), {@code null} for a point in time
 * @param gist       who did what, for merging and for the reason of a merge
 */
public record Candidate(Span mention, TimexValue date, String label, Map<String, Double> terms, LocalDate reference,
                        TimexValue until, Gist gist) {

    /** A point-in-time statement with no gist read (tests, explanations). */
    public Candidate(Span mention, TimexValue date, String label, Map<String, Double> terms, LocalDate reference) {
        this(mention, date, label, terms, reference, null, Gist.NONE);
    }

    public Candidate {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        terms = TermMap.of(terms); // Map.copyOf, its terms also in arrays (walked by index, no entry per term)
        Objects.requireNonNull(gist, "gist");
    }

    /** The bucket of its date: the date, or the range "first/last". */
    public String dateKey() {
        return until == null ? date.value() : date.value() + "/" + until.value();
    }

    public String articleId() {
        return mention.articleId();
    }

    /**
     * Background: the date ends more than {@link EventRules#BACKGROUND_DAYS} days before the reference day
     * ("since 2011", "Russia began airstrikes on Sep. 30" in an article of Oct 21).
     */
    public boolean background() {
        return reference != null && (until == null ? date : until).last().isBefore(reference.minusDays(EventRules.BACKGROUND_DAYS));
    }
}

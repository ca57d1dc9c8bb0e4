package org.parallax.extract.time;

import java.time.LocalDate;

/**
 * What a rule needs to normalise one match: the anchor ({@code dct}: the publication date, or the day of the speech a
 * quote gives; may be null), the date order, the clause's tense, the last day the article mentioned before the match
 * (for "the same day", "two days later"), the last calendar value of any precision ("the same period last year") and
 * the {@link Scene} (the paragraph's date in focus, the days of events named before).
 */
record Context(LocalDate dct, DateOrder order, Tense tense, LocalDate reference, LocalDate sentenceReference,
               String referenceValue, Scene scene) {

    /** A context with nothing read before the match: only the publication (or speech) date, if any. */
    static Context bare(LocalDate dct, DateOrder order, Tense tense) {
        return new Context(dct, order, tense, null, null, null, Scene.NONE);
    }

    boolean anchored() {
        return dct != null;
    }

    /** The day anaphoric expressions lean on: the last day mentioned, else the publication date. */
    LocalDate referenceOrDct() {
        return reference != null ? reference : dct;
    }
}

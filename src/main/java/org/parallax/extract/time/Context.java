package org.parallax.extract.time;

import java.time.LocalDate;

/**
 * What a rule needs to normalise one match: the anchor (publication date, may be null), the date order, the
 * clause's tense, and the last day the article mentioned before the match (for "the same day", "two days later").
 */
record Context(LocalDate dct, DateOrder order, Tense tense, LocalDate reference, LocalDate sentenceReference) {

    boolean anchored() {
        return dct != null;
    }

    /** The day anaphoric expressions lean on: the last day mentioned, else the publication date. */
    LocalDate referenceOrDct() {
        return reference != null ? reference : dct;
    }
}

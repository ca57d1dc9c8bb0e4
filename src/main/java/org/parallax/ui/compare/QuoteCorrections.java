package org.parallax.ui.compare;

import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;

/**
 * What the user may correct from the quote comparison, and whether a quote or cluster was corrected. The shell
 * implements it (it asks, then records a correction on the workspace); the comparison only offers the menu entries
 * and shows the marks.
 */
public interface QuoteCorrections {

    /** Nothing to correct: no entries, no marks (a comparison without a workspace, as in tests of other things). */
    QuoteCorrections NONE = id -> false;

    /** Whether the quote or cluster with this id carries a correction of the user's. */
    boolean isCorrected(String id);

    /** Whether the entries are offered at all. */
    default boolean enabled() {
        return this != NONE;
    }

    /** {@code q} is not the utterance of its cluster: it leaves it. */
    default void splitOff(Quote q) {
    }

    /** Asks which other cluster {@code q} (now in {@code from}) belongs to, and moves it there. */
    default void moveTo(Quote q, QuoteCluster from) {
    }

    /** Asks which other cluster is the same utterance as {@code cluster}, and merges that one into it. */
    default void mergeWith(QuoteCluster cluster) {
    }

    /** {@code q} becomes its cluster's reference. */
    default void makeReference(Quote q) {
    }

    default void changeSpeaker(Quote q) {
    }
}

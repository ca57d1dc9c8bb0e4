package org.parallax.ui.timeline;

import org.parallax.model.Event;
import org.parallax.model.Quote;

/**
 * What the user may correct from the event detail, and whether an item was corrected. The shell implements it (it
 * asks, then records a correction on the workspace); the detail only offers the menus and shows the marks.
 */
public interface EventCorrections {

    /** Nothing to correct: no menus, no marks (a detail without a workspace, as in tests of other things). */
    EventCorrections NONE = new EventCorrections() {
        @Override
        public boolean isCorrected(String id) {
            return false;
        }
    };

    /** Whether the quote or event with this id carries a correction of the user's. */
    boolean isCorrected(String id);

    /** Whether the menus are offered at all. */
    default boolean enabled() {
        return this != NONE;
    }

    default void changeSpeaker(Quote q) {
    }

    default void notAQuote(Quote q) {
    }

    /** Asks which quote cluster {@code q} belongs to (it leaves its own, if it is in one), and moves it there. */
    default void moveToCluster(Quote q) {
    }

    default void changeDate(Event e) {
    }

    default void rename(Event e) {
    }

    default void hide(Event e) {
    }

    /** Asks which other event is the same happening as {@code e}, and merges that one into it. */
    default void mergeWith(Event e) {
    }
}

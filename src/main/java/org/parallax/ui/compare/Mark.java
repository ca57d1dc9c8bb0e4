package org.parallax.ui.compare;

import java.util.Locale;

/**
 * How a word of one version relates to the version it is compared against (the base). The names double as
 * pseudo-class names ({@code :added}) and as the words of the legend and of accessible text.
 */
public enum Mark {
    /** The same word in both. */
    SAME,
    /** Words this version has that the base does not. */
    ADDED,
    /** Words of the base this version leaves out (shown struck through). */
    MISSING,
    /** Words of the base this version gives differently. */
    CHANGED;

    /** "added": the pseudo-class, the legend's and the screen reader's word. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean differs() {
        return this != SAME;
    }
}

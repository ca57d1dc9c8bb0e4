package org.parallax.model;

import java.util.Locale;

/**
 * The TimeML {@code mod} of a temporal expression: what its words add to its value. "nearly five months" is P5M
 * {@link #APPROX}, "over a decade" P10Y {@link #MORE_THAN}, "the end of 2008" 2008 {@link #END}, "mid-2011" 2011
 * {@link #MID}. Written as TimeML spells it ({@code MORE_THAN}).
 */
public enum TimexMod {
    START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, BEFORE, AFTER, ON_OR_BEFORE,
    ON_OR_AFTER;

    /** The modifier TimeML writes as {@code s} ("MORE_THAN", any case), or null if it is none of them. */
    public static TimexMod fromTimeMl(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

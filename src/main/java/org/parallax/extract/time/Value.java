package org.parallax.extract.time;

import org.parallax.model.TimexMod;
import org.parallax.model.TimexType;

/** A normalised TIMEX3 type and value, with the TimeML modifier its words add ("nearly", "the end of"), if any. */
record Value(TimexType type, String value, TimexMod mod) {

    Value(TimexType type, String value) {
        this(type, value, null);
    }

    static Value date(String v) {
        return new Value(TimexType.DATE, v);
    }

    static Value time(String v) {
        return new Value(TimexType.TIME, v);
    }

    static Value duration(String v) {
        return new Value(TimexType.DURATION, v);
    }

    static Value set(String v) {
        return new Value(TimexType.SET, v);
    }

    /** The same value with {@code m} as its modifier (null keeps it). */
    Value withMod(TimexMod m) {
        return m == null ? this : new Value(type, value, m);
    }
}

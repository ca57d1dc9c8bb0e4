package org.parallax.extract.time;

import org.parallax.model.TimexType;

/** A normalised TIMEX3 type and value. */
record Value(TimexType type, String value) {

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
}

package org.parallax.model;

import java.util.regex.Pattern;

/** How precise a TIMEX3 date value is, read off the value's shape ("2015" is a year, "2015-10-20" a day). */
public enum TimePrecision {
    // each precision with the shape of the values that have it, least precise first
    CENTURY("\\d{2}"), DECADE("\\d{3}"), YEAR("\\d{4}"),
    HALF_YEAR("\\d{4}-H[12]"), QUARTER("\\d{4}-Q[1-4]"), SEASON("\\d{4}-(SP|SU|FA|WI)"),
    MONTH("\\d{4}-\\d{2}"), WEEK("\\d{4}-W\\d{2}(-WE)?"), DAY("\\d{4}-\\d{2}-\\d{2}"),
    PART_OF_DAY("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI|DT)"), MINUTE("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}" + Zone.SHAPE),
    SECOND("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?" + Zone.SHAPE),
    NONE(null);

    private static final TimePrecision[] MOST_PRECISE_FIRST = mostPreciseFirst();

    /** A time's zone as ISO 8601 and TIMEX3 write it: "Z", "+08", "-05:30", "+0530"; optional. */
    static final class Zone {
        static final String SHAPE = "(Z|[+-]\\d{2}(:?\\d{2})?)?";
        private static final Pattern AT_END = Pattern.compile(SHAPE + "$");

        private Zone() {
        }

        /** {@code time} ("16:08Z") without its zone ("16:08"). */
        static String strip(String time) {
            return AT_END.matcher(time).replaceFirst("");
        }
    }

    /** The shape of the values of this precision; null for {@link #NONE}. */
    private final Pattern shape;

    TimePrecision(String shape) {
        this.shape = shape == null ? null : Pattern.compile(shape);
    }

    /** The precision of a TIMEX3 DATE/TIME value; {@link #NONE} for anything that is not a point in time. */
    public static TimePrecision of(String value) {
        if (value == null) {
            return NONE;
        }
        for (TimePrecision p : MOST_PRECISE_FIRST) {
            if (p.shape.matcher(value).matches()) {
                return p;
            }
        }
        return NONE;
    }

    private static TimePrecision[] mostPreciseFirst() {
        TimePrecision[] all = values();
        TimePrecision[] reversed = new TimePrecision[all.length - 1];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = all[all.length - 2 - i];
        }
        return reversed;
    }
}

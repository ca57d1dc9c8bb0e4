package org.parallax.extract.time;

import java.util.regex.Pattern;
import org.parallax.model.TimexType;

/**
 * Checks TIMEX3 values (TimeML 1.2.1 / ISO-TimeML): calendar points with X for unknown digits ("2015-10-20",
 * "2015-W43-WE", "2012-SU", "198", "XXXX-09-30", "2015-10-20TEV", "2009-06-01T12:00Z"), durations ("P3W",
 * "PT3H", "P2.5Y", "PXY", "P1DE") and the vague references {@code PRESENT_REF}, {@code PAST_REF},
 * {@code FUTURE_REF}.
 */
public final class Timex3 {

    private static final String D = "[0-9X]";
    private static final String DATE = D + "{2}(?:" + D + "(?:" + D
            + "(?:-(?:" + D + "{2}(?:-" + D + "{2})?|W" + D + "{2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)?)?";
    private static final String ZONE = "(?:Z|[+-]\\d{2}(?::?\\d{2})?)";
    private static final String TIME = "T(?:MO|AF|EV|NI|DT|" + D + "{2}(?::" + D + "{2}(?::" + D + "{2}(?:\\.\\d+)?)?)?"
            + ZONE + "?)";
    private static final Pattern POINT = Pattern.compile("(?:FY)?" + DATE + "(?:" + TIME + ")?|" + D + "{4}-"
            + D + "{2}-" + D + "{2}" + TIME);
    private static final String NUM = "(?:\\d+(?:\\.\\d+)?|X)";
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(?:" + NUM + "(?:Y|M|W|D|Q|H|DE|CE|ML|L|C|E))+(?:T(?:" + NUM + "[HMS])+)?|T(?:" + NUM + "[HMS])+)");
    private static final Pattern REF = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF");

    private Timex3() {
    }

    /** Whether {@code value} is a well-formed TIMEX3 value of any type. */
    public static boolean isValid(String value) {
        return value != null && (POINT.matcher(value).matches() || DURATION.matcher(value).matches()
                || REF.matcher(value).matches());
    }

    /** Whether {@code value} is well formed for a mention of {@code type}. */
    public static boolean isValid(TimexType type, String value) {
        if (value == null || type == null) {
            return false;
        }
        return switch (type) {
            case DATE, TIME -> POINT.matcher(value).matches() || REF.matcher(value).matches();
            case DURATION, SET -> DURATION.matcher(value).matches();
        };
    }

    static boolean isDuration(String value) {
        return DURATION.matcher(value).matches();
    }
}

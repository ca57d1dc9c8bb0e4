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
    private static final String MONTH = "(?:0[1-9]|1[0-2]|XX)";
    private static final String DAY = "(?:0[1-9]|[12][0-9]|3[01]|XX)";
    private static final String WEEK = "(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)";
    private static final String DATE = D + "{2}(?:" + D + "(?:" + D + "(?:-(?:" + MONTH + "(?:-" + DAY + ")?|W" + WEEK
            + "(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)?)?";
    private static final String ZONE = "(?:Z|[+-]\\d{2}(?::?\\d{2})?)";
    private static final String TIME = "T(?:MO|AF|EV|NI|DT|(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9](?:\\.\\d+)?)?)?"
            + ZONE + "?)";
    private static final Pattern POINT = Pattern.compile("(?:FY)?" + DATE + "(?:" + TIME + ")?");
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
            case DURATION -> DURATION.matcher(value).matches();
            case SET -> DURATION.matcher(value).matches() || POINT.matcher(value).matches(); // P1W, XXXX-WXX-2
        };
    }

}

package org.parallax.model;

import java.util.regex.Pattern;

/** How precise a TIMEX3 date value is, read off the value's shape ("2015" is a year, "2015-10-20" a day). */
public enum TimePrecision {
    CENTURY, DECADE, YEAR, HALF_YEAR, QUARTER, SEASON, MONTH, WEEK, DAY, PART_OF_DAY, MINUTE, SECOND, NONE;

    private static final Pattern CENTURY_V = Pattern.compile("\\d{2}");
    private static final Pattern DECADE_V = Pattern.compile("\\d{3}");
    private static final Pattern YEAR_V = Pattern.compile("\\d{4}");
    private static final Pattern HALF_V = Pattern.compile("\\d{4}-H[12]");
    private static final Pattern QUARTER_V = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern SEASON_V = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    private static final Pattern MONTH_V = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEK_V = Pattern.compile("\\d{4}-W\\d{2}(-WE)?");
    private static final Pattern DAY_V = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PART_V = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI|DT)");
    private static final Pattern MINUTE_V = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern SECOND_V = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");

    /** The precision of a TIMEX3 DATE/TIME value; {@link #NONE} for anything that is not a point in time. */
    public static TimePrecision of(String value) {
        if (value == null) {
            return NONE;
        }
        if (SECOND_V.matcher(value).matches()) return SECOND;
        if (MINUTE_V.matcher(value).matches()) return MINUTE;
        if (PART_V.matcher(value).matches()) return PART_OF_DAY;
        if (DAY_V.matcher(value).matches()) return DAY;
        if (WEEK_V.matcher(value).matches()) return WEEK;
        if (MONTH_V.matcher(value).matches()) return MONTH;
        if (SEASON_V.matcher(value).matches()) return SEASON;
        if (QUARTER_V.matcher(value).matches()) return QUARTER;
        if (HALF_V.matcher(value).matches()) return HALF_YEAR;
        if (YEAR_V.matcher(value).matches()) return YEAR;
        if (DECADE_V.matcher(value).matches()) return DECADE;
        if (CENTURY_V.matcher(value).matches()) return CENTURY;
        return NONE;
    }
}

package org.parallax.model;

/**
 * How precise a TIMEX3 date value is, read off the value's shape ("2015" is a year, "2015-10-20" a day). Each
 * precision's shape, in regular-expression form ({@code \d} an ASCII digit; the zone is
 * {@code (Z|[+-]\d{2}(:?\d{2})?)?}):
 * <pre>
 * CENTURY \d{2}                 DECADE \d{3}            YEAR \d{4}
 * HALF_YEAR \d{4}-H[12]         QUARTER \d{4}-Q[1-4]    SEASON \d{4}-(SP|SU|FA|WI)
 * MONTH \d{4}-\d{2}            WEEK \d{4}-W\d{2}(-WE)?  DAY \d{4}-\d{2}-\d{2}
 * PART_OF_DAY DAY T(MO|AF|EV|NI|DT)      MINUTE DAY T\d{2}:\d{2} zone
 * SECOND DAY T\d{2}:\d{2}:\d{2}(\.\d+)? zone
 * </pre>
 * No value has two shapes. They are read char by char, not matched: every event, mention and coverage date is read
 * this way, and trying the shapes as patterns one after another cost a matcher each (decision 0064).
 */
public enum TimePrecision {
    // least precise first
    CENTURY, DECADE, YEAR, HALF_YEAR, QUARTER, SEASON, MONTH, WEEK, DAY, PART_OF_DAY, MINUTE, SECOND, NONE;

    /** A time's zone as ISO 8601 and TIMEX3 write it: "Z", "+08", "-05:30", "+0530"; optional. */
    static final class Zone {
        private Zone() {
        }

        /** {@code time} ("16:08Z") without its zone ("16:08"); a time without a zone as it is. */
        static String strip(String time) {
            int n = time.length();
            for (int i = 0; i < n; i++) {
                if (isZoneAt(time, i)) {
                    return time.substring(0, i);
                }
            }
            return time;
        }

        /** Whether {@code v[from, end)} is a zone, nothing included. */
        static boolean isZoneAt(String v, int from) {
            int n = v.length();
            if (from == n) {
                return true;
            }
            char c = v.charAt(from);
            if (c == 'Z') {
                return from + 1 == n;
            }
            if ((c != '+' && c != '-') || !digits(v, from + 1, from + 3)) {
                return false;
            }
            int rest = n - (from + 3);
            return rest == 0 || rest == 2 && digits(v, from + 3, n)
                    || rest == 3 && v.charAt(from + 3) == ':' && digits(v, from + 4, n);
        }
    }

    /** The precision of a TIMEX3 DATE/TIME value; {@link #NONE} for anything that is not a point in time. */
    public static TimePrecision of(String value) {
        if (value == null) {
            return NONE;
        }
        int n = value.length();
        if (n < 4) {
            return n >= 2 && digits(value, 0, n) ? (n == 2 ? CENTURY : DECADE) : NONE;
        }
        if (!digits(value, 0, 4)) {
            return NONE;
        }
        if (n == 4) {
            return YEAR;
        }
        return n > 5 && value.charAt(4) == '-' ? afterYear(value, n) : NONE;
    }

    /** The precision of {@code v}, four digits and a hyphen, by what follows them (one char at least). */
    private static TimePrecision afterYear(String v, int n) {
        char c = v.charAt(5);
        if (n == 7) {
            char d = v.charAt(6);
            return switch (c) {
                case 'H' -> d == '1' || d == '2' ? HALF_YEAR : NONE;
                case 'Q' -> d >= '1' && d <= '4' ? QUARTER : NONE;
                case 'S' -> d == 'P' || d == 'U' ? SEASON : NONE;
                case 'F' -> d == 'A' ? SEASON : NONE;
                case 'W' -> d == 'I' ? SEASON : NONE;
                default -> digits(v, 5, 7) ? MONTH : NONE;
            };
        }
        if (c == 'W') {
            boolean week = digits(v, 6, 8) && (n == 8 || n == 11 && v.startsWith("-WE", 8));
            return week ? WEEK : NONE;
        }
        if (n < 10 || !digits(v, 5, 7) || v.charAt(7) != '-' || !digits(v, 8, 10)) {
            return NONE;
        }
        if (n == 10) {
            return DAY;
        }
        return v.charAt(10) == 'T' ? afterDay(v, n) : NONE;
    }

    /** The precision of {@code v}, a day and a "T", by the time of day that follows. */
    private static TimePrecision afterDay(String v, int n) {
        if (n == 13) {
            String part = v.substring(11);
            if (part.equals("MO") || part.equals("AF") || part.equals("EV") || part.equals("NI") || part.equals("DT")) {
                return PART_OF_DAY;
            }
        }
        if (n < 16 || !digits(v, 11, 13) || v.charAt(13) != ':' || !digits(v, 14, 16)) {
            return NONE;
        }
        if (n == 16 || v.charAt(16) != ':') {
            return Zone.isZoneAt(v, 16) ? MINUTE : NONE;
        }
        if (n < 19 || !digits(v, 17, 19)) {
            return NONE;
        }
        int i = 19;
        if (i < n && v.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return NONE;
            }
        }
        return Zone.isZoneAt(v, i) ? SECOND : NONE;
    }

    /** Whether {@code v[from, to)} is all ASCII digits (and inside {@code v}). */
    private static boolean digits(String v, int from, int to) {
        if (to > v.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package org.parallax.chart.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexMod;
import org.parallax.model.TimexValue;

/**
 * TIMEX3 dates in words, as the timeline, its tooltips and the event detail say them: "20 October 2015", "the
 * 1980s", and with the TimeML modifier its words gave ("early in 2011", "about 20 October 2015", "late in the
 * 1990s"). Plain Java.
 */
public final class DateTexts {

    private DateTexts() {
    }

    /**
     * The date at its precision with the modifier's words: "early in 2011", "in the middle of 2011", "late on 20
     * October 2015", "about 2010", "before 2011"; the plain date when {@code mod} is null.
     */
    public static String of(String value, TimexMod mod) {
        String text = of(value);
        if (mod == null || text.equals("undated")) {
            return text;
        }
        boolean day = TimePrecision.of(value).compareTo(TimePrecision.DAY) >= 0;
        return switch (mod) {
            case START -> (day ? "early on " : "early in ") + text;
            case MID -> "in the middle of " + text;
            case END -> (day ? "late on " : "late in ") + text;
            case APPROX -> "about " + text;
            case BEFORE -> "before " + text;
            case ON_OR_BEFORE -> "by " + text;
            case AFTER -> "after " + text;
            case ON_OR_AFTER -> "on or after " + text;
            // a quantity's qualifier on a date ("more than two years ago"): near it, on a side the value cannot say
            case MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS -> "roughly " + text;
        };
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** {@code text} of a TIMEX3 value's first day and precision; "undated" when the value names no date. */
    private static String dated(String value, BiFunction<LocalDate, TimePrecision, String> text) {
        return firstDay(value).map(start -> text.apply(start, TimePrecision.of(value))).orElse("undated");
    }

    /** The first day a TIMEX3 value covers, empty when it names no date. */
    private static Optional<LocalDate> firstDay(String value) {
        return TimexValue.parse(value).map(TimexValue::first);
    }

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** {@link #of} for narrow columns: "20 Oct 2015", "Oct 2015", "1980s", "2015". */
    static String shortOf(String value) {
        return dated(value, (start, precision) -> switch (precision) {
            case CENTURY, DECADE -> start.getYear() + "s";
            case MONTH -> start.format(SHORT_MONTH);
            case DAY, PART_OF_DAY, MINUTE, SECOND -> start.format(SHORT_DAY);
            default -> of(value);
        });
    }

    /** A TIMEX3 date as people say it, at its precision: "20 October 2015", "October 2015", "the 1980s". */
    static String of(String value) {
        return dated(value, (start, precision) -> switch (precision) {
            case CENTURY -> "the " + start.getYear() + "s";
            case DECADE -> "the " + start.getYear() + "s";
            case YEAR -> Integer.toString(start.getYear());
            case HALF_YEAR -> (value.endsWith("1") ? "first" : "second") + " half of " + start.getYear();
            case QUARTER -> "Q" + value.charAt(6) + " " + start.getYear();
            case SEASON -> switch (value.substring(5)) {
                case "SP" -> "spring";
                case "SU" -> "summer";
                case "FA" -> "autumn";
                default -> "winter";
            } + " " + start.getYear();
            case MONTH -> start.format(MONTH);
            case WEEK -> "week of " + start.format(DAY);
            case DAY -> start.format(DAY);
            case PART_OF_DAY -> start.format(DAY) + ", " + switch (value.substring(11)) {
                case "MO" -> "morning";
                case "AF" -> "afternoon";
                case "EV" -> "evening";
                case "NI" -> "night";
                default -> "daytime";
            };
            case MINUTE, SECOND -> start.format(DAY) + ", " + value.substring(11, 16);
            case NONE -> "undated";
        });
    }
}

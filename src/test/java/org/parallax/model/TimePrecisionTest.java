package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value's precision read char by char is the one its shape, as a regular expression, gives (decision 0064). */
class TimePrecisionTest {

    private static final String ZONE = "(Z|[+-]\\d{2}(:?\\d{2})?)?";

    /** The shapes as the patterns that read them before, most precise first: the reference. */
    private static final Map<TimePrecision, Pattern> SHAPES = shapes();

    private static Map<TimePrecision, Pattern> shapes() {
        Map<TimePrecision, Pattern> m = new LinkedHashMap<>();
        m.put(TimePrecision.SECOND, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?" + ZONE));
        m.put(TimePrecision.MINUTE, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}" + ZONE));
        m.put(TimePrecision.PART_OF_DAY, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI|DT)"));
        m.put(TimePrecision.DAY, Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        m.put(TimePrecision.WEEK, Pattern.compile("\\d{4}-W\\d{2}(-WE)?"));
        m.put(TimePrecision.MONTH, Pattern.compile("\\d{4}-\\d{2}"));
        m.put(TimePrecision.SEASON, Pattern.compile("\\d{4}-(SP|SU|FA|WI)"));
        m.put(TimePrecision.QUARTER, Pattern.compile("\\d{4}-Q[1-4]"));
        m.put(TimePrecision.HALF_YEAR, Pattern.compile("\\d{4}-H[12]"));
        m.put(TimePrecision.YEAR, Pattern.compile("\\d{4}"));
        m.put(TimePrecision.DECADE, Pattern.compile("\\d{3}"));
        m.put(TimePrecision.CENTURY, Pattern.compile("\\d{2}"));
        return m;
    }

    private static TimePrecision byShape(String v) {
        for (Map.Entry<TimePrecision, Pattern> e : SHAPES.entrySet()) {
            if (e.getValue().matcher(v).matches()) {
                return e.getKey();
            }
        }
        return TimePrecision.NONE;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2015-10-20T14:30:05.125+05:30, SECOND", "2015-10-20T14:30:05., NONE", "2015-10-20T14:30:5, NONE",
        "2015-10-20T14:30+0530, MINUTE", "2015-10-20T14:30+053, NONE", "2015-10-20T14:30Z0, NONE",
        "2015-10-20TXX, NONE", "2015-10-2, NONE", "2015-W4, NONE", "2015-W40-W, NONE", "2015-WI, SEASON",
        "2015-SX, NONE", "2015-Q5, NONE", "2015-H3, NONE", "2015-1, NONE", "201, DECADE", "2, NONE",
        "PRESENT_REF, NONE", "P1D, NONE", "２０１５, NONE", "2015-10-20T14:30:05-05, SECOND"})
    void readsEachShapeAndNothingNear(String value, TimePrecision expected) {
        assertThat(TimePrecision.of(value)).isEqualTo(expected).isEqualTo(byShape(value));
    }

    @Test
    void nullIsNone() {
        assertThat(TimePrecision.of(null)).isEqualTo(TimePrecision.NONE);
    }

    /** Values made of the shapes' own pieces, cut, joined and mutated: the reading agrees with the patterns. */
    @Test
    void agreesWithTheShapesOnRandomValues() {
        Random random = new Random(64);
        String[] pieces = {"2015", "19", "198", "-", "10", "20", "T", "14", ":", "30", "05", ".", "125", "Z", "+",
            "05", "H1", "H3", "Q4", "Q0", "SP", "SU", "FA", "WI", "WE", "W", "40", "MO", "AF", "EV", "NI", "DT",
            "x", " ", "1", "٣", "-WE"};
        List<String> valid = List.of("2015-10-20T14:30:05.125+05:30", "2015-10-20T14:30Z", "2015-10-20TMO",
            "2015-10-20", "2015-W40-WE", "2015-W40", "2015-10", "2015-SU", "2015-Q3", "2015-H2", "2015", "201", "20");
        int[] seen = new int[TimePrecision.values().length];
        for (int round = 0; round < 60_000; round++) {
            String v;
            if (round % 2 == 0) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(8); k >= 0; k--) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                v = b.toString();
            } else {
                v = mutate(valid.get(random.nextInt(valid.size())), random);
            }
            TimePrecision expected = byShape(v);
            seen[expected.ordinal()]++;
            assertThat(TimePrecision.of(v)).as(v).isEqualTo(expected);
        }
        for (TimePrecision p : TimePrecision.values()) {
            assertThat(seen[p.ordinal()]).as("%s met", p).isPositive();
        }
    }

    private static String mutate(String v, Random random) {
        StringBuilder b = new StringBuilder(v);
        List<Runnable> edits = new ArrayList<>();
        int at = random.nextInt(b.length() + 1);
        edits.add(() -> { }); // unchanged
        edits.add(() -> b.insert(at, "0123456789-TZ:+.W".charAt(random.nextInt(17))));
        edits.add(() -> b.setLength(at));
        if (at < b.length()) {
            edits.add(() -> b.deleteCharAt(at));
            edits.add(() -> b.setCharAt(at, "0123456789-TZ:+.WQHS".charAt(random.nextInt(20))));
        }
        edits.get(random.nextInt(edits.size())).run();
        return b.toString();
    }

    @Test
    void zoneStrippedFromTimeAsThePatternDid() {
        Pattern atEnd = Pattern.compile(ZONE + "$");
        for (String t : List.of("16:08Z", "16:08+08", "23:30-05:30", "16:08:09.5+0530", "16:08", "16:08:09",
            "16:08+05:3", "16:08Z0")) {
            assertThat(TimePrecision.Zone.strip(t)).as(t).isEqualTo(atEnd.matcher(t).replaceFirst(""));
        }
    }
}

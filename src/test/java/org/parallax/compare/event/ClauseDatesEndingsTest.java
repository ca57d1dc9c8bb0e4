package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.model.TimexValue;

/**
 * A date's words before it are told to date nothing as when the window was cut, lower-cased and searched by every
 * pattern for every timex; each pattern's match ends as its ending test says.
 */
class ClauseDatesEndingsTest {

    // ClauseDates' own patterns, each the reference for the ending test that guards it
    private static final Pattern DEADLINE_BEFORE = ClauseDates.DEADLINE_BEFORE;
    private static final Pattern COMPARED_SINCE = ClauseDates.COMPARED_SINCE;
    private static final Pattern BASELINE = ClauseDates.BASELINE;
    private static final Pattern EMBEDDED_HAPPENING = ClauseDates.EMBEDDED_HAPPENING;

    private static final String[] PIECES = {"similar to ", "like ", "than ", "Than ", "since ", "after ", "the ", "The ",
        "its ", "invasion ", "war", "s", "Iraq ", " in ", " of ", "In ", "OF ", "during ", "first ", "highest ",
        "level ", "compared ", "with ", "to ", "versus ", "vs.", "vs", "VS. ", "same ", "SAME ", "month ", "mês ",
        "by ", "By ", "no later than ", "end ", "less ", "more ", " ", "  ", "\t", "\n", "\r\n", "\u2028", "\u0085",
        "\u00A0", "x", "é", "ſ", ".", ",", "-", "’", "2", "like the invasion ", "after its wars ", "similar to the crisis ",
        "since the Iraq war ", " in the ", " of Iraq ", " of the ", "its worst fall since ", "the first visit since ",
        "versus the same month ", "than the SAME mês\t"};

    @Test
    void datesNothingAsWhenEveryPatternSearchedTheWindow() {
        Random random = new Random(84);
        TimexValue day = TimexValue.parse("2016").orElseThrow().byDay();
        int nothing = 0;
        int[] matched = new int[4];
        for (int n = 0; n < 60_000; n++) {
            String before = RandomTexts.of(random, PIECES, 16);
            String text = before + "2016" + RandomTexts.of(random, PIECES, 3);
            int start = before.length();
            TimeMention t = new TimeMention(new Span("a", start, start + 4), "2016", TimexType.DATE, "2016");
            LocalDate published = random.nextInt(4) == 0 ? null
                    : random.nextBoolean() ? LocalDate.of(2015, 6, 1) : LocalDate.of(2017, 1, 1);
            boolean expected = asBefore(text, t, day, published);
            nothing += expected ? 1 : 0;
            assertThat(ClauseDates.datesNothing(text, t, day, published)).as("'%s' %s", text, published)
                    .isEqualTo(expected);

            int wide = Math.max(0, start - 80);
            String window = text.substring(wide, start);
            if (EMBEDDED_HAPPENING.matcher(window).find()) {
                matched[0]++;
                assertThat(ClauseDates.mayEndAfter(text, wide, start, java.util.List.of("in", "of", "during", "the")))
                        .as("'%s'", window).isTrue();
            }
            if (BASELINE.matcher(window).find()) {
                matched[1]++;
                assertThat(ClauseDates.mayEndBaseline(text, wide, start)).as("'%s'", window).isTrue();
            }
            if (COMPARED_SINCE.matcher(window).find()) {
                matched[2]++;
            }
            int narrow = Math.max(0, start - 40);
            if (DEADLINE_BEFORE.matcher(text.substring(narrow, start)).find()) {
                matched[3]++;
            }
        }
        assertThat(nothing).isGreaterThan(2000);
        assertThat(java.util.Arrays.stream(matched).min().orElseThrow()).as("%s", java.util.Arrays.toString(matched))
                .isGreaterThan(300);
    }

    /** The reference: the window cut and lower-cased for every timex, then each test as it was. */
    private static boolean asBefore(String text, TimeMention t, TimexValue day, LocalDate published) {
        String before = text.substring(Math.max(0, t.span().start() - 80), t.span().start());
        char[] lower = before.toLowerCase(Locale.ROOT).toCharArray();
        return ClauseDates.EMBEDDED_CUES.in(lower) && EMBEDDED_HAPPENING.matcher(before).find()
                || ClauseDates.SINCE_CUES.in(lower) && COMPARED_SINCE.matcher(before).find()
                || ClauseDates.BASELINE_CUES.in(lower) && BASELINE.matcher(before).find()
                || published != null && !day.last().isBefore(published) && DEADLINE_BEFORE.matcher(
                        text.substring(Math.max(0, t.span().start() - 40), t.span().start())).find();
    }
}

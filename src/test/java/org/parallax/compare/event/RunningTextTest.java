package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;

/** Telling running text from a time stamp, with its clock test on word ends, is as the test of every char was. */
class RunningTextTest {

    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}\\s?[:.]\\s?\\d{2}\\b");
    private static final Set<String> STAMP_WORDS = Set.of("posted", "updated", "published", "modified", "edited",
            "hrs");
    private static final String[] PIECES = {"Posted ", "posted", "UPDATED", "Edited", "hrs", "HRS ", "İ", "Published",
        "published", "on ", "Tue ", "Jul ", "02 ", "2013", ", ", "14", ":", ".", " ", "58", "5", "\t", "\u2028", "x",
        "report ", "the ", "was ", "in ", "Acme ", "said", "12.30", "1:5", "é", "\uD835\uDC00", "-", "'"};

    @Test
    void aRangeIsRunningTextAsWhenEveryCharWasTestedForAClock() {
        Random random = new Random(52);
        int stamps = 0;
        for (int n = 0; n < 30_000; n++) {
            String text = RandomTexts.of(random, PIECES, 12);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            int[] range = {from, to};
            List<int[]> skip = random.nextBoolean() || to == from ? List.of()
                    : List.of(new int[] {from, from + random.nextInt(to - from) + 1});
            ClauseWords clause = ClauseWords.of(text, from, to, skip);
            boolean clock = CLOCK.matcher(text).region(from, to).find();
            stamps += clock ? 1 : 0;
            boolean may = CandidateFinder.mayHoldClock(text, range, clause.all());
            assertThat(!clock || may).as("a clock missed: '%s' [%d, %d)", text, from, to).isTrue();
            assertThat(!may || mayHoldClockAsBefore(text, range)).as("'%s' [%d, %d)", text, from, to).isTrue();
            assertThat(CandidateFinder.runningText(text, range, clause)).as("'%s' [%d, %d)", text, from, to)
                    .isEqualTo(runningTextAsBefore(text, range, clause));
        }
        assertThat(stamps).isGreaterThan(100);
    }

    /** The reference: every char of the range tested for a digit before a colon or point, the first word lowered. */
    private static boolean runningTextAsBefore(String text, int[] range, ClauseWords clause) {
        List<Token> all = clause.all();
        boolean stamp = mayHoldClockAsBefore(text, range) && CLOCK.matcher(text).region(range[0], range[1]).find()
                || !all.isEmpty() && STAMP_WORDS.contains(all.get(0).text().toLowerCase(Locale.ROOT));
        for (int i = 0; i < clause.size(); i++) {
            Token w = clause.word(i);
            if (!w.capitalised() && w.text().length() >= 3 && Character.isLetter(w.text().charAt(0))
                    && !clause.stop(i) && !(stamp && STAMP_WORDS.contains(w.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldClockAsBefore(String text, int[] range) {
        for (int i = range[0]; i + 1 < range[1]; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                char next = text.charAt(i + 1);
                char after = i + 2 < range[1] ? text.charAt(i + 2) : 'x';
                if (next == ':' || next == '.' || Character.isWhitespace(next) && (after == ':' || after == '.')) {
                    return true;
                }
            }
        }
        return false;
    }
}

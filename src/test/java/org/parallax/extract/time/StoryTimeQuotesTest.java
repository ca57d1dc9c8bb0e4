package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryTime} must find the quotes its reading found before it skipped the chars that are neither a line break nor
 * a quotation mark by three compares (the reading kept below as the reference): every stretch of random texts of
 * letters, spaces, line breaks and every opening and closing mark is quoted exactly when it lies in a reference quote.
 */
class StoryTimeQuotesTest {

    private static final String ALPHABET = "ab \n\"“”«»„'’\u00aa\u00ac!#";

    @Test
    void quotesAsTheReadingBefore() {
        Random random = new Random(20261207);
        int quoted = 0;
        for (int round = 0; round < 3000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int k = 0; k < text.length; k++) {
                text[k] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            StoryTime story = new StoryTime(text);
            List<int[]> reference = quotesBefore(text);
            for (int start = 0; start <= text.length; start++) {
                for (int end = start; end <= text.length; end++) {
                    boolean expected = inOne(reference, start, end);
                    assertThat(story.quoted(start, end)).as(start + ".." + end + " of " + new String(text))
                            .isEqualTo(expected);
                    quoted += expected ? 1 : 0;
                }
            }
        }
        assertThat(quoted).isGreaterThan(10_000);
    }

    /** Whether {@code [start, end)} lies in the last quote opening at or before {@code start}, as the search reads them. */
    private static boolean inOne(List<int[]> quotes, int start, int end) {
        int[] last = null;
        for (int[] q : quotes) {
            if (q[0] <= start) {
                last = q;
            }
        }
        return last != null && last[1] >= end;
    }

    /** The quotes as {@link StoryTime} read them before. */
    private static List<int[]> quotesBefore(char[] chars) {
        List<int[]> runs = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"' || c == '«' || c == '„')) {
                open = i;
                opener = c;
            } else if (open >= 0 && closes(opener, c)) {
                runs.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        return runs;
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“', '„' -> c == '”' || c == '“' && opener == '„';
            case '«' -> c == '»';
            default -> c == '"';
        };
    }
}

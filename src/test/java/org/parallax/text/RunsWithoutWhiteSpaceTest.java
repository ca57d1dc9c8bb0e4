package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The model's stops in runs without white space: {@link SentenceSplitter#hasLongRun}, which skips from window to
 * window, tells a long run where reading every char does, and {@link SentenceSplitter#withoutStopsInRuns} changes
 * what the loop over every char changed ({@link #before}, the reference), on random texts with runs of every length
 * around {@link SentenceSplitter#LONGEST_RUN}.
 */
class RunsWithoutWhiteSpaceTest {

    private static final String[] SPACES = {" ", "\n", "\t", "\u00A0", "\u2003", "\u001C", "\u3000"};
    /** What runs are made of: stops, letters, non-ASCII and a surrogate pair (two chars). */
    private static final String[] RUN_PIECES = {"a", ".", "?", "!", "é", "’", "\uD83D\uDE00", "_", "/"};

    /** Whether any run without white space is longer than {@link SentenceSplitter#LONGEST_RUN}, char by char. */
    private static boolean anyLongRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > SentenceSplitter.LONGEST_RUN) {
                return true;
            }
        }
        return false;
    }

    /** {@code withoutStopsInRuns} as it was: every char read for white space, the stops of each long run changed. */
    private static String before(String paragraph) {
        char[] chars = paragraph.toCharArray();
        int run = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i < chars.length && !Character.isWhitespace(chars[i])) {
                run++;
                continue;
            }
            if (run > SentenceSplitter.LONGEST_RUN) {
                for (int k = i - run; k < i; k++) {
                    if (chars[k] == '.' || chars[k] == '?' || chars[k] == '!') {
                        chars[k] = '_';
                    }
                }
            }
            run = 0;
        }
        return new String(chars);
    }

    @Test
    void longRunsAreFoundAndTheirStopsChangedAsReadingEveryCharDid() {
        Random random = new Random(78);
        int withLongRun = 0;
        for (int trial = 0; trial < 4000; trial++) {
            String text = randomText(random);
            char[] chars = text.toCharArray();
            assertThat(SentenceSplitter.hasLongRun(chars, 0, chars.length)).as(text).isEqualTo(anyLongRun(text));
            int from = random.nextInt(chars.length + 1);
            int to = from + random.nextInt(chars.length - from + 1);
            assertThat(SentenceSplitter.hasLongRun(chars, from, to)).isEqualTo(anyLongRun(text.substring(from, to)));
            assertThat(SentenceSplitter.withoutStopsInRuns(text)).isEqualTo(before(text));
            withLongRun += anyLongRun(text) ? 1 : 0;
        }
        assertThat(withLongRun).isBetween(500, 3500); // both kinds were tried
    }

    @Test
    void aRunOfExactlyTheLongestIsNotLongAndOneMoreIs() {
        String run = "a".repeat(SentenceSplitter.LONGEST_RUN);
        for (String text : new String[] {run, " " + run, run + " ", "x " + run + " y", run + ".", " " + run + "."}) {
            char[] chars = text.toCharArray();
            assertThat(SentenceSplitter.hasLongRun(chars, 0, chars.length)).as(text).isEqualTo(anyLongRun(text));
        }
        assertThat(SentenceSplitter.hasLongRun(run.toCharArray(), 0, run.length())).isFalse();
        assertThat(SentenceSplitter.hasLongRun((run + "b").toCharArray(), 0, run.length() + 1)).isTrue();
        assertThat(SentenceSplitter.hasLongRun(new char[0], 0, 0)).isFalse();
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(12);
        for (int p = 0; p < parts; p++) {
            int length = random.nextInt(6) == 0 ? SentenceSplitter.LONGEST_RUN - 3 + random.nextInt(7)
                    : random.nextInt(SentenceSplitter.LONGEST_RUN / 2);
            int end = b.length() + length; // in chars: a surrogate pair is two
            while (b.length() < end) {
                String piece = RUN_PIECES[random.nextInt(RUN_PIECES.length)];
                b.append(b.length() + piece.length() <= end ? piece : "a");
            }
            b.append(SPACES[random.nextInt(SPACES.length)]);
            if (random.nextInt(3) == 0) {
                b.append("It rained. ");
            }
        }
        return b.toString();
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubstringsTest {

    @Test
    void holdsWhatContainsHolds() {
        List<String> strings = List.of("he", "she", "his", "hers", "day", "day 1", "0:00", "’", "-long", "sep",
                "september", "a ", "\uD83D\uDE00", "s");
        Substrings index = new Substrings(strings);
        for (String text : List.of("", "ushers", "the day 1 of september", "a 0:00 hour-long sep’t", "his\uD83D\uDE00",
                "hishe", "day", "xyz")) {
            boolean[] held = index.held(text);
            for (int i = 0; i < strings.size(); i++) {
                assertThat(held[i]).as(strings.get(i) + " in " + text).isEqualTo(text.contains(strings.get(i)));
            }
        }
    }

    /** A folded reading steps for each char as the plain one steps for its fold, at every state and every char. */
    @Test
    void aFoldedReadingStepsAsTheFoldedCharDoes() {
        List<String> strings = List.of("he", "she", "day 1", "0:00", "’", "-long", "september", "a ", "σ");
        Substrings index = new Substrings(strings);
        java.util.function.IntUnaryOperator lower = c -> Character.toLowerCase((char) c);
        Substrings.Folded folded = index.folded(lower, index.bitsByState(eachItsBit(strings.size())));
        int states = folded.rows().length / folded.columns();
        for (int state = 0; state < states; state++) {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (step(folded, state, (char) c) != index.step(state, (char) lower.applyAsInt(c))) {
                    assertThat(step(folded, state, (char) c)).as("state %d, U+%04X", state, c)
                            .isEqualTo(index.step(state, (char) lower.applyAsInt(c)));
                }
            }
        }
        int state = 0;
        for (char c : "SHE’S ON DAY 1, A SEPTEMBER Σ".toCharArray()) {
            state = step(folded, state, c);
        }
        assertThat(state).isNotZero();
    }

    /**
     * The state after the fold of {@code c} in {@code state}: one move of the loop {@link CueHits.Reader#read} runs over
     * the rows (a row complemented where the state's bits are to be ORed), taken alone to try every state.
     */
    private static int step(Substrings.Folded folded, int state, char c) {
        int row = folded.rows()[state * folded.columns() + folded.column()[c]];
        return (row < 0 ? ~row : row) / folded.columns();
    }

    @Test
    void holdsWhatContainsHoldsInRandomTexts() {
        List<String> strings = List.of("ab", "bab", "aab", "b", "abba", "ba", "a’b");
        Substrings index = new Substrings(strings);
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            String text = randomText(random);
            boolean[] held = index.held(text);
            for (int i = 0; i < strings.size(); i++) {
                assertThat(held[i]).as(strings.get(i) + " in " + text).isEqualTo(text.contains(strings.get(i)));
            }
        }
    }

    /** The bits ORed state by state are those of every string the text holds (held() is checked against contains). */
    @Test
    void theBitsReadStateByStateAreThoseOfTheStringsHeld() {
        List<String> strings = List.of("ab", "bab", "aab", "b", "abba", "ba", "a’b", "");
        long[] bitsOf = {1, 2, 4, 8, 2 | 16, 32, 64, 128};
        Substrings index = new Substrings(strings);
        long[] byState = index.bitsByState(bitsOf);
        Random random = new Random(11);
        for (int n = 0; n < 2000; n++) {
            String text = randomText(random);
            boolean[] held = index.held(text);
            long expected = 0;
            for (int i = 0; i < strings.size(); i++) {
                expected |= held[i] ? bitsOf[i] : 0;
            }
            long read = index.bitsOfEmpty(bitsOf);
            int state = 0;
            for (int k = 0; k < text.length(); k++) {
                state = index.step(state, text.charAt(k));
                read |= byState[state];
            }
            assertThat(read).as(text).isEqualTo(expected);
        }
    }

    /**
     * A loop over a folded reading's rows (the next row read straight from the move, bits ORed only where the move is
     * complemented, {@link CueHits.Reader#read}) ORs the bits that stepping state by state over the folded chars and
     * ORing every state's bits does, over random texts in both cases.
     */
    @Test
    void aFoldedReadingByRowsOrsTheBitsOfEveryStateReached() {
        List<String> strings = List.of("ab", "bab", "aab", "b", "abba", "ba", "a’b", "c a", "");
        long[] bitsOf = {1, 2, 4, 8, 2 | 16, 32, 0, 64, 128};
        Substrings index = new Substrings(strings);
        long[] byState = index.bitsByState(bitsOf);
        java.util.function.IntUnaryOperator lower = c -> Character.toLowerCase((char) c);
        Substrings.Folded folded = index.folded(lower, byState);
        Random random = new Random(13);
        int withBits = 0;
        for (int n = 0; n < 4000; n++) {
            String text = randomText(random);
            text = random.nextBoolean() ? text : text.toUpperCase(java.util.Locale.ROOT);
            long expected = 0;
            int state = 0;
            for (int k = 0; k < text.length(); k++) {
                state = index.step(state, (char) lower.applyAsInt(text.charAt(k)));
                expected |= byState[state];
            }
            long read = 0;
            int row = 0;
            for (int k = 0; k < text.length(); k++) {
                row = folded.rows()[row + folded.column()[text.charAt(k)]];
                if (row < 0) {
                    row = ~row;
                    read |= folded.bits()[row / folded.columns()];
                }
            }
            assertThat(read).as(text).isEqualTo(expected);
            withBits += expected != 0 ? 1 : 0;
        }
        assertThat(withBits).isGreaterThan(1000);
    }

    /**
     * A reading that takes a run of chars folding to a space as one ({@link Substrings#foldedRuns}) ORs the bits of the
     * loop of before, kept here as the reference: each char folded and stepped, but the second of two white-space chars
     * skipped. Random texts of the strings' letters and runs of every kind of white space.
     */
    @Test
    void aRunOfWhiteSpaceIsReadAsOneSpaceAsTheLoopThatSkippedItDid() {
        List<String> strings = List.of("a b", "b ", " a", "ab", "a  b", " ", "0 and", "b a b");
        long[] bitsOf = {1, 2, 4, 8, 16, 32, 64, 128};
        Substrings index = new Substrings(strings);
        long[] byState = index.bitsByState(bitsOf);
        java.util.function.IntUnaryOperator fold = c -> org.parallax.text.PatternSpace.is((char) c) ? ' '
                : c >= '0' && c <= '9' ? '0' : Character.toLowerCase((char) c);
        Substrings.Folded runs = index.foldedRuns(fold, byState, ' ');
        String letters = "aAbB7 \t\n\r\u000B\f\u00A0";
        Random random = new Random(17);
        int withBits = 0;
        for (int n = 0; n < 6000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            long expected = 0;
            int state = 0;
            boolean space = false;
            for (int k = 0; k < text.length(); k++) {
                boolean white = org.parallax.text.PatternSpace.is(text.charAt(k));
                if (!white || !space) {
                    state = index.step(state, (char) fold.applyAsInt(text.charAt(k)));
                    expected |= byState[state];
                }
                space = white;
            }
            long read = 0;
            int row = 0;
            for (int k = 0; k < text.length(); k++) {
                row = runs.rows()[row + runs.column()[text.charAt(k)]];
                if (row < 0) {
                    row = ~row;
                    read |= runs.bits()[row / runs.columns()];
                }
            }
            assertThat(read).as(text.toString()).isEqualTo(expected);
            withBits += expected != 0 ? 1 : 0;
        }
        assertThat(withBits).isGreaterThan(2000);
    }

    private static long[] eachItsBit(int count) {
        long[] bits = new long[count];
        for (int i = 0; i < count; i++) {
            bits[i] = 1L << i;
        }
        return bits;
    }

    @Test
    void everyTextHoldsTheEmptyString() {
        assertThat(new Substrings(List.of("", "x")).held("abc")).containsExactly(true, false);
    }

    /** Up to eleven chars of the strings' letters, a curly apostrophe and a space. */
    private static String randomText(Random random) {
        String letters = "ab’ c";
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }
}

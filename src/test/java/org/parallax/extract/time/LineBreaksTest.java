package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LineBreaks#lastBefore} must answer what the tagger's forward reading answered (kept below as the reference) and
 * what {@code lastIndexOf} does, for questions in text order (as mentions ask them), repeated, and behind the last one.
 */
class LineBreaksTest {

    @Test
    void answersAsTheForwardReadingDid() {
        Random random = new Random(113);
        int checked = 0;
        for (int round = 0; round < 2000; round++) {
            char[] text = randomText(random, random.nextInt(120));
            LineBreaks breaks = new LineBreaks(text);
            ForwardReading reference = new ForwardReading(text);
            int at = 0;
            for (int question = 0; question < 30; question++) {
                int asked = random.nextInt(5) == 0 ? random.nextInt(text.length + 1)
                        : Math.min(text.length, at + random.nextInt(12));
                at = Math.max(at, asked);
                int expected = reference.lastBefore(asked);
                assertThat(breaks.lastBefore(asked)).as("before " + asked + " of " + new String(text))
                        .isEqualTo(expected)
                        .isEqualTo(asked == 0 ? -1 : new String(text).lastIndexOf('\n', asked - 1));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(60_000);
    }

    @Test
    void aTextWithoutBreaksHasNone() {
        LineBreaks breaks = new LineBreaks("one sentence. another".toCharArray());
        assertThat(breaks.lastBefore(0)).isEqualTo(-1);
        assertThat(breaks.lastBefore(10)).isEqualTo(-1);
        assertThat(breaks.lastBefore(21)).isEqualTo(-1);
    }

    private static char[] randomText(Random random, int length) {
        char[] out = new char[length];
        for (int k = 0; k < length; k++) {
            int pick = random.nextInt(10);
            out[k] = pick == 0 ? '\n' : pick == 1 ? ' ' : (char) ('a' + random.nextInt(26));
        }
        return out;
    }

    /** The tagger's reading before: forward from where it left off, the cursor and the last break in fields. */
    private static final class ForwardReading {
        private final char[] text;
        private int newlineCursor;
        private int lastNewline = -1;

        ForwardReading(char[] text) {
            this.text = text;
        }

        int lastBefore(int at) {
            if (at < newlineCursor) {
                int k = at - 1;
                while (k >= 0 && text[k] != '\n') {
                    k--;
                }
                return k;
            }
            for (; newlineCursor < at; newlineCursor++) {
                if (text[newlineCursor] == '\n') {
                    lastNewline = newlineCursor;
                }
            }
            return lastNewline;
        }
    }
}

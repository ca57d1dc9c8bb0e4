package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#wordAt} finds and hashes a word as the loops {@link KnownWords} and {@link NameForms} each had did
 * (kept here as the reference), and its hash is the word's string's.
 */
class WordsWordAtTest {

    private static final String[] PIECES = {"a", "Z", "é", "7", "½", "\uD835\uDC00", "\uD83D\uDE00", "\uD835",
        "\uDC00", "'", "’", "-", " ", ".", ",", "中", "Putin", "air-strikes", "don't", "Assad's", "Assad’s", "x1",
        "1990s", "ß", "\u00A0", "Ⅻ", "٣", "said"};

    @Test
    void findsAndHashesAWordAsTheOneLoopItReplaces() {
        Random random = new Random(116);
        int words = 0;
        for (int n = 0; n < 5000; n++) {
            String text = RandomTexts.of(random, PIECES, 12);
            char[] chars = text.toCharArray();
            int to = random.nextInt(text.length() + 1);
            for (int i = 0; i < to; i++) {
                if (Words.asciiNonWord(chars[i])) {
                    continue;
                }
                long expected = before(chars, i, to);
                long found = Words.wordAt(chars, i, to);
                assertThat(found).as("'%s' at %d to %d", text, i, to).isEqualTo(expected);
                if (found >= 0) {
                    words++;
                    int end = (int) (found >>> 32);
                    assertThat(end).isEqualTo(Words.wordEnd(text, i, to));
                    assertThat((int) found).isEqualTo(text.substring(i, end).hashCode());
                }
            }
        }
        assertThat(words).isGreaterThan(10000);
    }

    /** The loop KnownWords.split and NameForms.Reader.next each had, its end and hash packed as wordAt packs them. */
    private static long before(char[] chars, int i, int to) {
        char c = chars[i];
        int end = i;
        int hash = 0;
        while (Words.asciiWord(c)) {
            hash = 31 * hash + c;
            if (++end == to) {
                break;
            }
            c = chars[end];
        }
        if (end == i || end < to && (c >= 128 || c == '\'' || c == '-')) {
            end = Words.wordEnd(chars, i, to);
            if (end < 0) {
                return -1;
            }
            hash = 0;
            for (int k = i; k < end; k++) {
                hash = 31 * hash + chars[k];
            }
        }
        return (long) end << 32 | hash & 0xFFFFFFFFL;
    }
}

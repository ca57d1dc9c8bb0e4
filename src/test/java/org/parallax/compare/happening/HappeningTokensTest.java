package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Words;

/**
 * The tokens read char by char are the pattern's, and a word ends where {@link Words#wordEnd} ends it, on random text
 * full of odd characters and in random regions.
 */
class HappeningTokensTest {

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-.][\\p{L}\\p{N}]++)*+|[^\\s\\p{L}\\p{N}]");
    /** Letters, digits, joiners, white space and not, accents, Greek, CJK, numerals, marks, emoji, lone surrogates. */
    private static final String[] PIECES = {"a", "Z", "7", "'", "’", "-", ".", " ", "\t", "\n", "\u000B", "\f", "\r",
        "\u00A0", "é", "Ω", "中", "Ⅻ", "½", "٣", "\u0301", "😀", "𝐀", "\uD835", "\uDC00", ",", "\"", "(", "—", "ſt"};

    @Test
    void tokensAreThePatternsInAnyRegion() {
        Random random = new Random(65);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            List<String> expected = new ArrayList<>();
            Matcher m = TOKEN.matcher(text).region(from, to);
            while (m.find()) {
                expected.add(m.start() + ":" + m.end());
            }
            HappeningTokens t = HappeningTokens.of(text.toCharArray(), from, to);
            List<String> found = new ArrayList<>();
            for (int k = 0; k < t.count; k++) {
                found.add(t.starts[k] + ":" + t.ends[k]);
            }
            assertThat(found).as("%s [%d, %d)", Arrays.toString(text.chars().toArray()), from, to)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aWordEndsWhereWordsFindsItsEndInTheString() {
        Random random = new Random(103);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            char[] chars = text.toCharArray();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (int i = from; i < to; i++) {
                assertThat(Words.wordEnd(chars, i, to))
                        .as("%s at %d of [%d, %d)", Arrays.toString(text.chars().toArray()), i, from, to)
                        .isEqualTo(Words.wordEnd(text, i, to));
            }
        }
    }

    @Test
    void aWordEndsWhereWordsEndsIt() {
        Random random = new Random(107);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            char[] chars = text.toCharArray();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (int i = from; i < to; i++) {
                assertThat(HappeningTokens.wordEnd(chars, i, to))
                        .as("%s at %d of [%d, %d)", Arrays.toString(text.chars().toArray()), i, from, to)
                        .isEqualTo(Words.wordEnd(chars, i, to));
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[random.nextInt(random.nextBoolean() ? 4 : PIECES.length)]);
        }
        return b.toString();
    }
}

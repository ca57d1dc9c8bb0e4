package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotedWordsCountTest {

    /** How the scare-quote rule counted a quote's words before: a split by a pattern and a stream per piece. */
    private static int reference(String text, int start, int end) {
        int words = 0;
        for (String w : text.substring(start, end).split("[\\s\u00A0]+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    @Test
    void countsTheWordsTheSplitCounted() {
        String[] parts = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2009", "a", "B", "7", "-", "“", ",",
            "’", "\u0301", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "\uDC00", "é", "\u0663", "word"};
        Random random = new Random(20);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String s = b.toString();
            int start = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int end = start + random.nextInt(s.length() - start + 1);
            assertThat(ArticleQuotes.wordsOf(s, start, end))
                    .as("%s [%d, %d)", s.chars().mapToObj(Integer::toHexString).toList(), start, end)
                    .isEqualTo(reference(s, start, end));
        }
    }
}

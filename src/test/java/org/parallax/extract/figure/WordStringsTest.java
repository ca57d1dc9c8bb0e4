package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A word's string from the thread's {@link WordStrings} is the word's chars, one string per distinct word while the
 * table is kept, read from any text holding the word; past {@link WordStrings#KEPT} words the table is made anew and
 * every answer is still the word.
 */
class WordStringsTest {

    @Test
    void eachWordIsItsCharsAndOneStringWhereverItIsRead() {
        WordStrings words = WordStrings.ofThisThread();
        Random random = new Random(142);
        String alphabet = "abcxyzABC’é—ıİ😀-";
        Map<String, String> seen = new HashMap<>();
        int same = 0;
        for (int round = 0; round < 3 * WordStrings.KEPT; round++) {
            StringBuilder b = new StringBuilder();
            int pad = random.nextInt(4);
            for (int k = 0; k < pad; k++) {
                b.append(' ');
            }
            int from = b.length();
            for (int k = 1 + random.nextInt(round < WordStrings.KEPT / 2 ? 3 : 7); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int to = b.length();
            b.append(" tail");
            char[] chars = b.toString().toCharArray();
            String word = b.substring(from, to);
            String got = words.of(chars, from, to);
            assertThat(got).isEqualTo(word);
            String before = seen.put(word, got);
            if (before == got) {
                same++;
            }
        }
        // the short words come again and again and are the same string while the table is kept
        assertThat(same).isGreaterThan(WordStrings.KEPT / 4);
    }
}

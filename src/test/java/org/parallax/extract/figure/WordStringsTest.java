package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.WordFeatures;

/**
 * A word's string from the thread's {@link WordStrings} is the word's chars, one string per distinct word while the
 * table is kept, read from any text holding the word; past {@link WordStrings#KEPT} words the table is made anew and
 * every answer is still the word; the features kept with a word tag it as its string does.
 */
class WordStringsTest {

    @Test
    void eachWordIsItsCharsAndOneStringWhereverItIsRead() {
        WordStrings words = WordStrings.ofThisThread();
        Random random = new Random(142);
        String alphabet = "abcxyzABC’é—ıİ😀-";
        Map<String, String> seen = new HashMap<>();
        int same = 0;
        PartsOfSpeech tagger = PartsOfSpeech.ofThisThread();
        String[] run = new String[5];
        WordFeatures[] features = new WordFeatures[run.length];
        int tagged = 0;
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
            int number = words.number(chars, from, to);
            String got = words.string(number);
            assertThat(got).isEqualTo(word);
            run[round % run.length] = word;
            features[round % run.length] = words.features(number);
            if (round % 97 == 96) {
                // the features kept with the last words tag them as their strings do, past a renewal too
                assertThat(tagger.tag(features)).as(String.join(" ", run)).containsExactly(tagger.tag(run));
                tagged++;
            }
            String before = seen.put(word, got);
            if (before == got) {
                same++;
            }
        }
        // the short words come again and again and are the same string while the table is kept
        assertThat(same).isGreaterThan(WordStrings.KEPT / 4);
        assertThat(tagged).isGreaterThan(3 * WordStrings.KEPT / 100);
    }
}

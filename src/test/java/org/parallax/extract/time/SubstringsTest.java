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

    @Test
    void holdsWhatContainsHoldsInRandomTexts() {
        List<String> strings = List.of("ab", "bab", "aab", "b", "abba", "ba", "a’b");
        Substrings index = new Substrings(strings);
        Random random = new Random(7);
        String letters = "ab’ c";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            boolean[] held = index.held(text.toString());
            for (int i = 0; i < strings.size(); i++) {
                assertThat(held[i]).as(strings.get(i) + " in " + text).isEqualTo(text.toString().contains(strings.get(i)));
            }
        }
    }

    @Test
    void everyTextHoldsTheEmptyString() {
        assertThat(new Substrings(List.of("", "x")).held("abc")).containsExactly(true, false);
    }
}

package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {

    /** "Ab" and "BC", "Aa" and "BB": one hash each; non-ASCII, a surrogate pair and the empty word. */
    private static final String[] PIECES = {"said", "Said", "the", ",", "Ab", "BC", "Aa", "BB", "İstanbul", "Straße",
        "𝐀", "’s", "é", "x", ""};

    /** The reference: a map of strings, numbering each word in the order first met. */
    private static int reference(Map<String, Integer> numbers, String word) {
        return numbers.computeIfAbsent(word, w -> numbers.size());
    }

    @Test
    void numbersWordsAsAMapOfStringsWould() {
        Random random = new Random(20);
        for (int round = 0; round < 40; round++) {
            WordTable table = new WordTable(random.nextInt(20)); // small guesses: the table must grow
            Map<String, Integer> numbers = new HashMap<>();
            boolean chars = random.nextBoolean(); // each table asked one way or both ways
            boolean both = random.nextBoolean();
            for (int k = 0; k < 5000; k++) {
                String text = text(random);
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                String word = text.substring(from, to);
                int known = table.size();
                Integer before = numbers.get(word);
                assertThat(table.find(text.toCharArray(), from, to)).as(word).isEqualTo(before == null ? -1 : before);
                boolean asChars = both ? random.nextBoolean() : chars;
                int number = asChars ? table.number(text.toCharArray(), from, to) : table.number(text, from, to);
                assertThat(number).as(word).isEqualTo(reference(numbers, word));
                assertThat(number == known).as(word).isEqualTo(numbers.size() > known);
                assertThat(table.size()).isEqualTo(numbers.size());
            }
            assertThat(table.size()).isGreaterThan(64); // grown several times
        }
    }

    @Test
    void wordsOfOneHashAreTold() {
        WordTable table = new WordTable(1);
        assertThat("Ab".hashCode()).isEqualTo("BC".hashCode());
        assertThat(table.number("Ab", 0, 2)).isZero();
        assertThat(table.number("BC".toCharArray(), 0, 2)).isEqualTo(1);
        assertThat(table.number("xAb".toCharArray(), 1, 3)).isZero();
        assertThat(table.number("BCx", 0, 2)).isEqualTo(1);
        assertThat(table.find("xBC".toCharArray(), 1, 3)).isEqualTo(1);
        assertThat(table.find("xAb".toCharArray(), 1, 3)).isZero();
        assertThat(table.find("Aa".toCharArray(), 0, 2)).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(2);
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(6); n >= 0; n--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(4) == 0) {
                b.append((char) ('a' + random.nextInt(26))); // more distinct words, so the table grows
            }
        }
        return b.toString();
    }
}

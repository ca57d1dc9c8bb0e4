package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.text.WordTable;

/** The set of words met tells a new word as a set of their strings does, through growing and hash collisions. */
class SeenWordsTest {

    private static final String[] PIECES = {"a", "b", "Aa", "BB", "é", "’", "\uD801\uDC00", "x", "-", "1", " "};

    @Test
    void newWordsAreThoseASetOfStringsHasNotMet() {
        Random random = new Random(20261207);
        for (int round = 0; round < 50; round++) {
            SeenWords seen = new SeenWords(1 + random.nextInt(20)); // small: it grows many times
            Set<String> reference = new HashSet<>();
            String text = RandomTexts.of(random, PIECES, 4000);
            char[] chars = ("#" + text + "#").toCharArray(); // words read inside a larger array
            for (int n = 0; n < 3000 && !text.isEmpty(); n++) {
                int from = 1 + random.nextInt(text.length());
                int to = Math.min(text.length() + 1, from + 1 + random.nextInt(6));
                boolean added = seen.add(chars, from, to, WordTable.hash(chars, from, to));
                assertThat(added).as("round %d: '%s'", round, new String(chars, from, to - from))
                        .isEqualTo(reference.add(new String(chars, from, to - from)));
            }
            assertThat(seen.size()).isEqualTo(reference.size());
        }
    }

    /** A word's number is the count of words met before it, found again as a map of their strings keeps it. */
    @Test
    void aWordIsFoundAgainWithTheNumberItWasPutWith() {
        Random random = new Random(116);
        for (int round = 0; round < 50; round++) {
            SeenWords seen = new SeenWords(1 + random.nextInt(20));
            Map<String, Integer> reference = new HashMap<>();
            String text = RandomTexts.of(random, PIECES, 4000);
            char[] chars = ("#" + text + "#").toCharArray();
            for (int n = 0; n < 3000 && !text.isEmpty(); n++) {
                int from = 1 + random.nextInt(text.length());
                int to = Math.min(text.length() + 1, from + 1 + random.nextInt(6));
                String word = new String(chars, from, to - from);
                int hash = WordTable.hash(chars, from, to);
                int found = seen.find(chars, from, to, hash);
                Integer expected = reference.get(word);
                if (expected == null) {
                    assertThat(found).as("round %d: '%s'", round, word).isNegative();
                    reference.put(word, reference.size());
                    assertThat(seen.put(found, chars, from, to, hash)).isEqualTo(reference.size() - 1);
                } else {
                    assertThat(found).as("round %d: '%s'", round, word).isNotNegative();
                    assertThat(seen.number(found)).as("round %d: '%s'", round, word).isEqualTo(expected);
                }
            }
            assertThat(seen.size()).isEqualTo(reference.size());
        }
    }

    @Test
    void theHashIsTheStringsHash() {
        char[] chars = "xAa BB\uD801\uDC00é".toCharArray();
        assertThat(WordTable.hash(chars, 1, chars.length)).isEqualTo("Aa BB\uD801\uDC00é".hashCode());
        // "Aa" and "BB" share a hash: told apart by their chars
        SeenWords seen = new SeenWords(4);
        assertThat(seen.add(chars, 1, 3, WordTable.hash(chars, 1, 3))).isTrue();
        assertThat(seen.add(chars, 4, 6, WordTable.hash(chars, 4, 6))).isTrue();
        assertThat(seen.add("AaBB".toCharArray(), 2, 4, "BB".hashCode())).isFalse();
    }

    @Test
    void anEmptyWordIsRefused() {
        assertThatThrownBy(() -> new SeenWords(4).add(new char[3], 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

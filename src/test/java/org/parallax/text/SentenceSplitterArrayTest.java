package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.SentenceSplitter.Option;

/**
 * The splitter reading a text's chars from an array splits every text as it did reading them with
 * {@code String.charAt} ({@link SentenceSplitterBefore}, the reference): by the model and by punctuation with every
 * set of options, on random texts of news words, abbreviations, stops, quotation marks, digits, line and paragraph
 * breaks, white space of every kind, runs too long for the model and sentences too long to keep.
 */
class SentenceSplitterArrayTest {

    private static final String[] WORDS = {
        "He", "said", "the", "talks", "ended", "Mr.", "U.S.", "Sept.", "a.m.", "etc.", "Inc.", "Dr.", "John", "F.",
        "Kennedy", "9", "2,500", "1990s", "B.C.", "“We", "ready.”", "’", "\"", "'", "(", ")", "[", "«", "»", "„", "‹",
        ".", "!", "?", "...", "…", ",", ";", ":", "é", "İstanbul", "Ünal", "😀", "x.y", "—", "It", "rained.", "end.\"",
        "No.", "St.", "p.m.", "vs.", "12.", "A."};
    private static final String[] SPACES = {
        " ", " ", " ", " ", "  ", "\n", "\n\n", "\n \u00A0\n", "\t", "\r\n", "\u2003", "\u00A0", "\u001C", "\u000B",
        "\u2028", "\u202F", "\u3000", "\f"};

    @Test
    void whiteSpaceIsCharacterIsWhitespaceAtEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(SentenceSplitter.isSpace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void everyRuleSplitsRandomTextsAsItDidReadingCharByChar() {
        List<SentenceSplitter> ours = new ArrayList<>(List.of(SentenceSplitter.model()));
        List<SentenceSplitterBefore> before = new ArrayList<>(List.of(SentenceSplitterBefore.model()));
        for (int mask = 0; mask < 1 << Option.values().length; mask++) {
            EnumSet<Option> set = EnumSet.noneOf(Option.class);
            for (Option o : Option.values()) {
                if ((mask & 1 << o.ordinal()) != 0) {
                    set.add(o);
                }
            }
            ours.add(SentenceSplitter.punctuation(set.toArray(Option[]::new)));
            before.add(SentenceSplitterBefore.punctuation(set.toArray(Option[]::new)));
        }
        Random random = new Random(53);
        for (int trial = 0; trial < 1500; trial++) {
            String text = randomText(random);
            for (int k = 0; k < ours.size(); k++) {
                assertThat(ours.get(k).split(text)).as("rule %d of %s", k, text).isEqualTo(before.get(k).split(text));
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) == 0) {
            text.append(SPACES[random.nextInt(SPACES.length)]);
        }
        int words = random.nextInt(120);
        for (int w = 0; w < words; w++) {
            int kind = random.nextInt(200);
            if (kind == 0) {
                text.append("a.b?c!".repeat(40 + random.nextInt(40))); // a run the model must not read stops in
            } else if (kind == 1) {
                text.append("word ".repeat(700 + random.nextInt(200))); // a sentence too long to keep
            } else if (kind == 2) {
                text.append("x".repeat(3100 + random.nextInt(200))); // and one without white space to cut at
            } else {
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(random.nextInt(6) == 0 ? SPACES[random.nextInt(SPACES.length)] : " ");
        }
        return text.toString();
    }
}

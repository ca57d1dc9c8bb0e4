package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.SentenceSplitter.Option;

/**
 * The punctuation rule finds the paragraph breaks and the chars it may stop at in one pass, then reads only those
 * chars: it splits as the rule that found the breaks first and read every char of each paragraph
 * ({@link SentenceSplitterBefore}, the reference), with every set of options, on random texts crowded with what the
 * one pass must get right: stops and closing marks right before a line or paragraph break, breaks of blanks and
 * carriage returns, runs of line breaks, white space after the last stop of a paragraph, stray quotation marks after a
 * line break, ellipses, abbreviations and sentences too long to keep.
 */
class SentenceSplitterOnePassTest {

    private static final String[] PIECES = {
        "He", "said", "it", "Mr.", "U.S.", "F.", "9", "a.m.", "“We", "go.”", "’", "\"", "'", "(", ")", "»", "«", ".",
        "!", "?", "...", "…", "end.)", "No.", "x.y", "é", "😀", "Ünal", "rained.", "\n", "\n\n", "\n \n", "\r\n\r\n",
        "\n\u00A0\t\n", "\n\n\n", "\n \u2003\n", ".\n", "?\n\n", ".”\n", "\n”", "\u2028", " ", "\t", "\u00A0"};

    @Test
    void everySetOfOptionsSplitsAsFindingTheParagraphsFirst() {
        Random random = new Random(134);
        for (int trial = 0; trial < 6000; trial++) {
            String text = randomText(random);
            for (int mask = 0; mask < 1 << Option.values().length; mask++) {
                EnumSet<Option> set = EnumSet.noneOf(Option.class);
                for (Option o : Option.values()) {
                    if ((mask & 1 << o.ordinal()) != 0) {
                        set.add(o);
                    }
                }
                Option[] options = set.toArray(Option[]::new);
                assertThat(SentenceSplitter.punctuation(options).split(text)).as("%s of %s", set, text)
                        .isEqualTo(SentenceSplitterBefore.punctuation(options).split(text));
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int p = 0; p < pieces; p++) {
            int kind = random.nextInt(400);
            if (kind == 0) {
                text.append("word ".repeat(620 + random.nextInt(100))); // a sentence too long to keep
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}

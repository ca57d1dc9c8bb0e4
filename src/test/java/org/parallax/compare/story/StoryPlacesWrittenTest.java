package org.parallax.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The places written after "in", "to", "visit", ... are those {@link StoryBuilder}'s own pattern finds at every char
 * (the reference, read from main): on random statements of the pattern's words, parts of them, capitals, "the",
 * joiners, accents and word chars right before a word (where its {@code \b} refuses it).
 */
class StoryPlacesWrittenTest {

    private static final String[] PIECES = {"in", "to", "at", "from", "into", "of", "visit", "visited", "visiting",
        "near", "outside", "the", "The", "Moscow", "Sochi", "Le", "Élysée", "O'Neil", "Al-Assad", "Putin’s", "x", "_",
        "7", "i", "n", "v", "fr", "ou", "ne", "o", "ft", "ze", "é", "ÉN", "İ", " ", " ", " ", "\n", "\t", ",", ".", "-",
        "’", "\u00A0", "𝐀bc", "\uD835", "in ", "to ", "visited ", "of the "};

    @Test
    void thePlacesAreThoseThePatternFindsAtEveryChar() {
        Random random = new Random(509);
        int found = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = StoryBuilder.PLACE.matcher(text);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertThat(StoryBuilder.placesWritten(text)).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(2_000);
    }
}

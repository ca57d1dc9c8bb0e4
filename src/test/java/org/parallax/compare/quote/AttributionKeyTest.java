package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Speaker;
import org.parallax.text.Accents;

/**
 * A speaker's key read char by char ({@link Attribution#key}) is the key the pattern split made: the words of letters
 * and numbers joined by one space, on random names of letters, numbers and separators from ASCII and beyond.
 */
class AttributionKeyTest {

    /** The key as it was made before: split on a pattern of non-letters and non-numbers, joined, stripped. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String patternKey(Speaker s) {
        String n = Accents.strip(s.name());
        return String.join(" ", NOT_A_WORD.split(n.toLowerCase(Locale.ROOT))).strip();
    }

    /**
     * Pieces of names: ASCII letters, digits and punctuation, accented and other scripts' letters, letter numbers
     * (Ⅻ), other numbers (², ½), combining marks, spaces of several kinds, a letter and a symbol beyond the BMP, a lone
     * surrogate.
     */
    private static final String[] PIECES = {"a", "Z", "q", "7", "0", "-", "'", "’", ".", ",", " ", "  ", "\t",
        "\u00A0", "\u2009", "é", "É", "ß", "ø", "Ł", "ı", "İ", "ǅ", "ʰ", "日", "Д", "ж", "α", "Ω", "ي", "٣", "Ⅻ", "²",
        "½", "\u0301", "\u0308", "𝐀", "😀", "\uD800", "_", "(", ")", "&", "al-", "Mc", "O'", "Jr."};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void readByCharIsThePatternSplit(int seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 4000; k++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                name.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (name.toString().isBlank()) {
                continue; // a speaker has a name
            }
            Speaker s = new Speaker(name.toString());
            assertThat(Attribution.key(s)).as("key of \"%s\"", name).isEqualTo(patternKey(s));
        }
    }

    @Test
    void examples() {
        assertThat(Attribution.key(new Speaker("PETER Capaldi"))).isEqualTo("peter capaldi");
        assertThat(Attribution.key(new Speaker(" Bashar al-Assad, "))).isEqualTo("bashar al assad");
        assertThat(Attribution.key(new Speaker("--"))).isEmpty();
        assertThat(Attribution.key(null)).isNull();
    }
}

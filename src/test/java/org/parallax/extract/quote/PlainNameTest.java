package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.text.Accents;

/**
 * A name as speakers compare it, with its ASCII loop ({@link ArticleSpeakers#plain}), is what accent folding and the
 * pattern made of it: seeded names of ASCII letters, digits, punctuation and white space, some with accents,
 * ligatures and marks (those take the pattern).
 */
class PlainNameTest {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String CHARS = "aZq09 -'.,_\t\n\u00a0()/&@AbCdEfGhIjKlMnOpQrStUvWxYz";
    private static final String[] WIDE = {"é", "Ö", "ﬁ", "İ", "ß", "’", "\u0301", "Ǆ", "١", "—"};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void asTheAccentFoldingAndPatternMadeIt(int seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 5000; k++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                name.append(random.nextInt(12) == 0 ? WIDE[random.nextInt(WIDE.length)]
                        : String.valueOf(CHARS.charAt(random.nextInt(CHARS.length()))));
            }
            String s = name.toString();
            String old = NOT_WORD.matcher(Accents.strip(s).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            assertThat(ArticleSpeakers.plain(s)).as("[%s]", s).isEqualTo(old);
        }
    }
}

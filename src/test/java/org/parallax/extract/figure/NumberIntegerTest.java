package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A number is told an integer by a loop ({@link NumberReader#isInteger}) as the pattern it replaced told it (kept here
 * as the reference): on random strings of digits, separators, other scripts' digits and letters.
 */
class NumberIntegerTest {

    private static final Pattern REFERENCE = Pattern.compile("\\d+");
    private static final String[] PIECES = {"0", "1", "9", "45", "2015", ",", ".", ",000", "٣", "𝟏", "½", "x", " ", "/"};

    @Test
    void randomStringsAreIntegersAsThePatternSaid() {
        Random random = new Random(20261207);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            assertThat(NumberReader.isInteger(s)).as(s).isEqualTo(REFERENCE.matcher(s).matches());
        }
    }
}

package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Initials#acronym} by a loop answers as its two streams did. */
class AcronymTest {

    /** The test as it was. */
    private static boolean reference(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
                && !w.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
    }

    @Test
    void theLoopAnswersAsTheStreamsDid() {
        String chars = "GMUAWTIVXLC&aé ÉŁ1-.\uD835\uDC00";
        Random random = new Random(79);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            String w = b.toString();
            assertThat(Initials.acronym(w)).as(w).isEqualTo(reference(w));
        }
    }

    @Test
    void examples() {
        assertThat(Initials.acronym("GM")).isTrue();
        assertThat(Initials.acronym("AT&T")).isTrue();
        assertThat(Initials.acronym("XVI")).isFalse();
        assertThat(Initials.acronym("Gm")).isFalse();
        assertThat(Initials.acronym("G")).isFalse();
    }
}

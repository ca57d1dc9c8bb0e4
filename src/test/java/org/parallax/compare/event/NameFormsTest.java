package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The check before the particle-name pattern lets through every word the pattern matches. */
class NameFormsTest {

    private static final Pattern PARTICLE_NAME = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}.*");

    @Test
    void aParticleNameIsTheOnePatternSaysWhateverItsLettersTakeInChars() {
        // U+10428 and U+1D44E are lower-case letters of two chars each: three of them put the dash at char 6
        List<String> words = List.of("al-Assad", "bin-Salman", "van-Dyke", "d-Estaing", "abcd-Xy", "Al-Assad", "-Assad",
                "al-assad", "e-mail", "\uD801\uDC28-Smith", "\uD801\uDC28\uD801\uDC29\uD801\uDC2A-Smith",
                "\uD835\uDC4E\uD835\uDC4F-Smith", "\uD801\uDC28\uD801\uDC29\uD801\uDC2A\uD801\uDC2B-Smith", "al-");
        for (String w : words) {
            assertThat(NameForms.particleName(w)).as(w).isEqualTo(PARTICLE_NAME.matcher(w).matches());
        }
        assertThat(NameForms.particleName("\uD801\uDC28\uD801\uDC29\uD801\uDC2A-Smith")).isTrue();
    }

    @Test
    void aPossessiveEndIsCutAsThePatternCutIt() {
        Pattern possessiveEnd = Pattern.compile("['’]s$");
        List<String> words = List.of("Assad's", "Assad’s", "Assads", "Assad", "'s", "’s", "s", "", "Assad's'", "Assad`s",
                "Ross", "\uD801\uDC28's", "Assad'S", "James'");
        for (String w : words) {
            assertThat(NameForms.withoutPossessive(w)).as(w).isEqualTo(possessiveEnd.matcher(w).replaceAll(""));
        }
        assertThat(NameForms.withoutPossessive("Assad’s")).isEqualTo("Assad");
    }
}

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cue words found in one pass are those a search per word ({@code contains}) found. */
class ClauseDatesCuesTest {

    /** ClauseDates' own cues, so a word added there is tested here. */
    private static final List<ClauseDates.Cues> CUES =
            List.of(ClauseDates.EMBEDDED_CUES, ClauseDates.SINCE_CUES, ClauseDates.BASELINE_CUES);

    private static final String[] PIECES = {"similar", "simila", "akin", "aki", "compar", "compared", "like", "lik",
        "than", "tha", "since", "sinc", "after", "afte", "before", "befor", "following", "amid", "ami", "despite",
        "versus", "vs", "v", "s", "a", " ", ",", "é", "’", "ı", "\uD801\uDC00", "x", "e"};

    @Test
    void findsWhatASearchPerWordFinds() {
        Random random = new Random(20261207);
        int found = 0;
        for (int n = 0; n < 20000; n++) {
            String lower = RandomTexts.of(random, PIECES, 8);
            for (ClauseDates.Cues cues : CUES) {
                boolean expected = cues.words().stream().anyMatch(lower::contains);
                found += expected ? 1 : 0;
                assertThat(cues.in(lower.toCharArray())).as("'%s' %s", lower, cues.words()).isEqualTo(expected);
            }
        }
        assertThat(found).isGreaterThan(5000);
    }

    @Test
    void takesLowerCaseAsciiWordsOnly() {
        assertThatThrownBy(() -> new ClauseDates.Cues(List.of("Since"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClauseDates.Cues(List.of("élan"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClauseDates.Cues(List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClauseDates.Cues(List.of("café"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClauseDates.Cues(List.of("sinCe"))).isInstanceOf(IllegalArgumentException.class);
    }
}

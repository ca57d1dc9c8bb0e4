package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cue words found in one pass are those a search per word ({@code contains}) found. */
class ClauseDatesCuesTest {

    private static final List<List<String>> CUES = List.of(List.of("similar", "akin", "compar", "like", "than",
            "since", "after", "before", "following", "amid", "despite"), List.of("since"),
            List.of("compared", "than", "versus", "vs"));

    private static final String[] PIECES = {"similar", "simila", "akin", "aki", "compar", "compared", "like", "lik",
        "than", "tha", "since", "sinc", "after", "afte", "before", "befor", "following", "amid", "ami", "despite",
        "versus", "vs", "v", "s", "a", " ", ",", "é", "’", "ı", "\uD801\uDC00", "x", "e"};

    @Test
    void findsWhatASearchPerWordFinds() {
        Random random = new Random(20261207);
        int found = 0;
        for (int n = 0; n < 20000; n++) {
            String lower = RandomTexts.of(random, PIECES, 8);
            for (List<String> words : CUES) {
                boolean expected = words.stream().anyMatch(lower::contains);
                found += expected ? 1 : 0;
                assertThat(new ClauseDates.Cues(words).in(lower.toCharArray())).as("'%s' %s", lower, words).isEqualTo(expected);
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

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelPenaltyTest {

    private static final Set<String> FUNCTION_WORDS = Set.of("To", "For", "Of", "In", "On", "At", "And", "The", "A",
            "An", "With", "From", "By", "Since", "As", "Is", "Are", "Was", "After", "Over", "Into");

    /** The words read in place, as {@code split("\\s+")} gave them: a label opening with white space has no first word. */
    @ParameterizedTest
    @ValueSource(strings = {"Makes First Foreign Visit To Personally Thank Putin", "To Moscow", " To Moscow",
        "Visit\tTo Moscow", "Visit\u000BTo", "Visit  To  ", "Visit Tomorrow", "Visit To", "", " ", "\t\t", ",;:",
        "𝐀𝐁 To 𝐂", "Putin\u00a0To Moscow", "Officials said the visit In May", "Visit Over."})
    void readsTheWordsAsSplittingOnWhiteSpaceDid(String label) {
        assertThat(LabelPenalty.of(label)).isEqualTo(bySplitting(label));
    }

    /** Random labels of function words, names, lower case words and white space: as splitting read them. */
    @org.junit.jupiter.api.Test
    void randomLabelsAsSplittingReadThem() {
        String[] pieces = {"To", "to", "Tomorrow", "The", "THE", "Putin", "A", "An", "a", "Since", "In", "Into", "Über",
            "Ä", "Over.", "Was", "With", "Bashar", "visit", " ", " ", "\t", "\u00a0", "said", ",", "-", "x"};
        java.util.Random random = new java.util.Random(129);
        int penalised = 0;
        for (int n = 0; n < 20000; n++) {
            String label = RandomTexts.of(random, pieces, 7);
            double expected = bySplitting(label);
            penalised += expected >= 1 ? 1 : 0;
            assertThat(LabelPenalty.of(label)).as("'%s'", label).isEqualTo(expected);
        }
        assertThat(penalised).isBetween(300, 19000);
    }

    private static double bySplitting(String label) {
        double p = 0;
        String[] words = label.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (FUNCTION_WORDS.contains(words[i])) {
                p += 1;
                break;
            }
        }
        return p + (label.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(said|says|told|claim|claims|claimed|"
                + "according|stated|reported)\\b.*") ? 0.5 : 0);
    }

    /** The reporting test, tried only where a reporting word may open, finds what the pattern finds. */
    @org.junit.jupiter.api.Test
    void reportingWordsAsThePatternFindsThem() {
        java.util.regex.Pattern reporting = java.util.regex.Pattern.compile(
                "(?i)\\b(?:said|says|told|claim|claims|claimed|according|stated|reported)\\b");
        String[] pieces = {"said", "SAID", "Says", "told", "claim", "Claims", "claimed", "according", "stated",
            "reported", "sai", "s", "_", "1", "é", "ſaid", "\u212Aold", " ", "-", ".", "x", "ing", "ed", "’", "repo",
            "st", "ated", "acco", "rding", "\u0301", "A", "Z", "9", "0", "`", "{", "@", "[", "/", ":"};
        java.util.Random random = new java.util.Random(38);
        int found = 0;
        for (int n = 0; n < 20000; n++) {
            String label = RandomTexts.of(random, pieces, 6);
            boolean expected = reporting.matcher(label).find();
            found += expected ? 1 : 0;
            assertThat(LabelPenalty.reports(label)).as("'%s'", label).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(1000);
    }
}

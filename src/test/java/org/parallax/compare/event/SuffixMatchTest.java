package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern anchored at the end, looked for in the run of chars that ends the text, matches where it matches in all of it. */
class SuffixMatchTest {

    private static final List<String> WORDS = List.of("on", "as of", "the", "a");
    private static final String[] PIECES = {"on", "ON", "As of", "the", "a", " ", "  ", "\n", "\r\n", "\u2028", "x",
        "xon", "-", ",", ".", "é", "_"};

    @Test
    void findsWhatASearchOfTheWholeTextFinds() {
        Pattern words = Pattern.compile("(?i)(?:\\b(?:" + String.join("|", WORDS) + ")\\s+)+$");
        Pattern marksAndWords = Pattern.compile("(?i)(?:[\\s,.\\-]+|\\s+(?:" + String.join("|", WORDS) + ")\\b)+$");
        String wordChars = SuffixMatch.charsOf(WORDS, "");
        String markChars = SuffixMatch.charsOf(WORDS, ",.-");
        Random random = new Random(20);
        int matched = 0;
        for (int n = 0; n < 5000; n++) {
            String s = RandomTexts.of(random, PIECES, 9);
            matched += same(words, wordChars, s) + same(marksAndWords, markChars, s);
        }
        assertThat(matched).isGreaterThan(1000);
    }

    private static int same(Pattern p, String chars, String s) {
        Matcher whole = p.matcher(s);
        Matcher found = SuffixMatch.find(p, chars, s);
        if (!whole.find()) {
            assertThat(found).as("'%s'", s).isNull();
            return 0;
        }
        assertThat(found).as("'%s'", s).isNotNull();
        assertThat(List.of(found.start(), found.end())).as("'%s'", s).isEqualTo(List.of(whole.start(), whole.end()));
        return 1;
    }
}

package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern anchored at the end, looked for in the run of marks and words that ends the text, matches where it matches in all of it. */
class SuffixMatchTest {

    private static final List<String> WORDS = List.of("on", "as of", "the", "a", "since");
    private static final String[] PIECES = {"on", "ON", "As of", "as  of", "the", "a", " ", "  ", "\n", "\r\n", "\u2028",
        "\u0085", "x", "xon", "onx", "Since", "sin", "ce", "-", ",", ".", "é", "_", "5", "(", "\u00A0", "ſ", "K"};

    @Test
    void findsWhatASearchOfTheWholeTextFinds() {
        Pattern words = Pattern.compile("(?i)(?:\\b(?:" + String.join("|", WORDS) + ")\\s+)+$");
        Pattern marksAndWords = Pattern.compile("(?i)(?:[\\s,.\\-]+|\\s+(?:" + String.join("|", WORDS) + ")\\b)+$");
        SuffixMatch wordEnd = SuffixMatch.of(words, WORDS, "");
        SuffixMatch markEnd = SuffixMatch.of(marksAndWords, WORDS, ",.-");
        Random random = new Random(20);
        int matched = 0;
        for (int n = 0; n < 20000; n++) {
            String s = RandomTexts.of(random, PIECES, 12);
            matched += same(words, wordEnd, s) + same(marksAndWords, markEnd, s);
        }
        assertThat(matched).isGreaterThan(4000);
    }

    /** Labels' patterns and words (as Labels has them), over label-like texts. */
    @Test
    void labelsPatternsFindWhatASearchOfTheWholeTextFinds() {
        List<String> prepositions = List.of("on", "in", "at", "since", "by", "until", "till", "from", "for", "during",
                "of", "before", "after", "as of", "early", "late", "last", "this", "next");
        Pattern prepositionBefore = Pattern.compile("(?i)(?:\\b(?:" + String.join("|", prepositions) + ")\\s+)+$");
        List<String> trailingWords = List.of("on", "in", "at", "since", "by", "until", "and", "or", "but", "the", "a",
                "of", "to", "for");
        Pattern trailing = Pattern.compile(
                "(?i)(?:[\\s,;:–—\\-.]+|\\s+(?:" + String.join("|", trailingWords) + ")\\b)+$");
        SuffixMatch prepositionEnd = SuffixMatch.of(prepositionBefore, prepositions, "");
        SuffixMatch trailingEnd = SuffixMatch.of(trailing, trailingWords, ",;:–—-.");
        String[] pieces = {"The ", "minister ", "announced ", "on ", "in ", "as of ", "As Of ", "since ", "early ",
            "last ", "this ", "next ", "from ", "for ", "during ", "of ", "and ", "or ", "the ", "a ", "to ", ", ", "; ",
            "– ", "—", "-", ".", " ", "\n", "talks", "é", "x", "Mr. ", "(", "’", "Ontario", "bon "};
        Random random = new Random(84);
        int matched = 0;
        for (int n = 0; n < 20000; n++) {
            String s = RandomTexts.of(random, pieces, 12);
            matched += same(prepositionBefore, prepositionEnd, s) + same(trailing, trailingEnd, s);
        }
        assertThat(matched).isGreaterThan(4000);
    }

    @Test
    void takesWordsOfAsciiLettersAndMarksWithoutThem() {
        Pattern p = Pattern.compile("x$");
        assertThatThrownBy(() -> SuffixMatch.of(p, List.of("é"), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuffixMatch.of(p, List.of("a-b"), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuffixMatch.of(p, List.of("on"), ",x")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A text that no run of marks and words ends gives no match without a matcher: a pattern matching "" is refused. */
    @Test
    void refusesAPatternWhoseMatchMayBeEmpty() {
        Pattern empty = Pattern.compile("(?i)(?:\\s+on\\b)*$");
        assertThatThrownBy(() -> SuffixMatch.of(empty, List.of("on"), "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SuffixMatch.of(Pattern.compile("(?i)(?:\\s+on\\b)+$"), List.of("on"), "").find("gone")).isNull();
    }

    private static int same(Pattern p, SuffixMatch end, String s) {
        Matcher whole = p.matcher(s);
        Matcher found = end.find(s);
        if (!whole.find()) {
            assertThat(found).as("'%s'", s).isNull();
            return 0;
        }
        assertThat(found).as("'%s'", s).isNotNull();
        assertThat(List.of(found.start(), found.end())).as("'%s'", s).isEqualTo(List.of(whole.start(), whole.end()));
        return 1;
    }
}

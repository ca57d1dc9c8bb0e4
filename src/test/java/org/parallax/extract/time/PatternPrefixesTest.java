package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PatternPrefixesTest {

    /** The prefixes as strings, one char of each set (its lowest), "…" after an open one. */
    private static Set<String> shown(String regex, int depth) {
        return PatternPrefixes.read(regex, depth).prefixes().stream().map(p -> p.sets().stream()
                .map(PatternPrefixesTest::lowest).collect(Collectors.joining()).toLowerCase(Locale.ROOT)
                + (p.open() ? "…" : ""))
                .collect(Collectors.toSet());
    }

    private static String lowest(CharSet set) {
        for (char c = 0; c < 128; c++) {
            if (set.contains(c)) {
                return String.valueOf(c);
            }
        }
        return set.named().isEmpty() ? "¤" : set.named().substring(0, 1);
    }

    @Test
    void readsAlternativesOptionalPartsAndQuotedWords() {
        assertThat(shown("(?<![\\w-])(?:(?i:last|next)\\s+)?\\Qmay\\E(?!\\w)", 4))
                .containsExactlyInAnyOrder("last…", "next…", "may");
        assertThat(shown("(?:ab|c)d", 4)).containsExactlyInAnyOrder("abd", "cd");
        assertThat(shown("a+b", 3)).containsExactlyInAnyOrder("ab", "aa…");
        assertThat(shown("x{0,2}y", 4)).containsExactlyInAnyOrder("y", "xy", "xx…");
    }

    @Test
    void foldsCaseOnlyWhereAskedTo() {
        PatternPrefixes.Prefix p = PatternPrefixes.read("(?i:ab)C", 4).prefixes().iterator().next();
        assertThat(p.sets().get(0).contains('A')).isTrue();
        assertThat(p.sets().get(1).contains('b')).isTrue();
        assertThat(p.sets().get(2).contains('c')).isFalse();
        assertThat(p.sets().get(2).contains('C')).isTrue();
    }

    @Test
    void readsClassesRangesAndEscapes() {
        CharSet set = PatternPrefixes.read("[\\d.,$£-]", 4).prefixes().iterator().next().sets().get(0);
        for (char c : "0159.,$£-".toCharArray()) {
            assertThat(set.contains(c)).as(String.valueOf(c)).isTrue();
        }
        assertThat(set.contains('a')).isFalse();
        assertThat(set.contains('€')).isFalse();
        CharSet negated = PatternPrefixes.read("[^a-c]", 4).prefixes().iterator().next().sets().get(0);
        assertThat(negated.contains('b')).isFalse();
        assertThat(negated.contains('d')).isTrue();
        assertThat(negated.contains('é')).isTrue();
    }

    @Test
    void keepsTheLeadingLookBehindOnlyWhenItGuardsEveryMatch() {
        assertThat(PatternPrefixes.read("(?<![\\w'’-])ab", 4).notBefore().contains('’')).isTrue();
        assertThat(PatternPrefixes.read("(?<![\\w'’-])ab|cd", 4).notBefore()).isNull();
        assertThat(PatternPrefixes.read("(?<![^a])ab", 4).notBefore()).isNull(); // negated: not read exactly
        assertThat(PatternPrefixes.read("x(?<![\\w])ab", 4).notBefore()).isNull();
    }

    @Test
    void cutsPrefixesAtTheirDepth() {
        assertThat(shown("abcdef", 3)).containsExactly("abc…");
        assertThat(shown("ab", 3)).containsExactly("ab");
    }

    @Test
    void refusesWhatItDoesNotRead() {
        for (String regex : List.of("[a&&b]", "(?s:a)", "\\x41", "[[a]b]")) {
            assertThatThrownBy(() -> PatternPrefixes.read(regex, 4)).as(regex)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void caselessSetsHoldBothCasesOfEveryLetter() {
        CharSet set = CharSet.NONE.withRange('a', 'c').caseless();
        assertThat("abcABC".chars().allMatch(c -> set.contains((char) c))).isTrue();
        assertThat(set.contains('d')).isFalse();
    }
}

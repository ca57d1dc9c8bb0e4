package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    private static final Pattern TIMEX = Pattern.compile("\\[([^\\]]+)\\]");

    /** {@code [words]} marks a timex. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The mayor opened the new stadium in Leeds on [Saturday].|The mayor opened the new stadium in Leeds",
        "Since [March 3], rebels have shelled the port city of Hodeidah.|Rebels have shelled the port city of Hodeidah",
        "After the vote closed, officials said that Smith won by 300 votes on [Sunday].|Smith won by 300 votes",
        "The festival, which drew 40,000 people, ended on [Monday].|The festival ended",
        "Engineers at the Toulouse plant completed the first wing assembly of the new long-range aircraft for the "
                + "airline on [Friday] ahead of schedule.|Engineers at the Toulouse plant completed the first wing assembly of the new…"})
    void labels(String marked, String expected) {
        StringBuilder text = new StringBuilder();
        Matcher m = TIMEX.matcher(marked);
        int at = 0;
        java.util.ArrayList<int[]> timexes = new java.util.ArrayList<>();
        while (m.find()) {
            text.append(marked, at, m.start());
            int s = text.length();
            text.append(m.group(1));
            timexes.add(new int[] {s, text.length()});
            at = m.end();
        }
        text.append(marked.substring(at));
        String label = Labels.of(text.toString(), 0, text.length(), List.copyOf(timexes));
        assertThat(label).isEqualTo(expected).hasSizeLessThanOrEqualTo(EventRules.MAX_LABEL);
    }

    /** Labels' tidying and trimming give what their patterns, run over every label, gave. */
    @org.junit.jupiter.api.Test
    void tidyingAndTrimmingAsThePatternsAlone() {
        Pattern spaces = Pattern.compile("\\s+");
        Pattern spaceBeforeMark = Pattern.compile("\\s+([,;:.])");
        Pattern commaRun = Pattern.compile(",(\\s*,)+");
        Pattern trailing = Pattern.compile(
                "(?i)(?:[\\s,;:–—\\-.]+|\\s+(?:on|in|at|since|by|until|and|or|but|the|a|of|to|for)\\b)+$");
        String[] pieces = {"Acme", " ", "  ", "\t", "\n", ",", ", ,", " .", ";", "–", "-", "the", "The", "of", "for",
            "a", "x", "\u2028", "\u000B", "\f", "\r", ":", ",", ", , ,", "\u00A0"};
        java.util.Random random = new java.util.Random(20);
        for (int n = 0; n < 5000; n++) {
            String s = RandomTexts.of(random, pieces, 10);
            String tidied = commaRun.matcher(spaceBeforeMark.matcher(spaces.matcher(s).replaceAll(" "))
                    .replaceAll("$1")).replaceAll(",");
            assertThat(Labels.tidy(s)).as("'%s'", s).isEqualTo(tidied);
            String trimmed = s;
            String prev;
            do {
                prev = trimmed;
                trimmed = trailing.matcher(trimmed).replaceFirst("");
            } while (!trimmed.equals(prev));
            assertThat(Labels.trimEnd(s)).as("'%s'", s).isEqualTo(trimmed.strip());
            assertThat(Labels.mayEndWithTrailing(s) || !trailing.matcher(s).find()).as("'%s'", s).isTrue();
        }
    }

    /** Where a long label is cut: the last break the pattern, searched from every char, finds in reach. */
    @org.junit.jupiter.api.Test
    void aLongLabelIsCutWhereThePatternSearchedFindsItsBreak() {
        Pattern cut = Pattern.compile("(?i),\\s|;\\s|\\s(?:to|for|regarding|after|when|which|who|while|because|with|amid"
                + "|following|as|against)\\s");
        String[] pieces = {"Acme ", "x", " ", "  ", "\t", ",", ", ", "; ", ";", " to ", " TO ", " for", "for ",
            " with with ", " as ", "against ", " amid\n", "station ", "the council ", "é", "\u00A0", "Until ",
            " ſo ", " \u212Aa", " WHICH ", " Because\t", " Regarding ", " following ", " who", " while ", ",\n"};
        java.util.Random random = new java.util.Random(52);
        for (int n = 0; n < 5000; n++) {
            String s = RandomTexts.of(random, pieces, 40);
            java.util.regex.Matcher m = cut.matcher(s);
            int best = -1;
            while (m.find() && m.start() <= EventRules.MAX_LABEL) {
                if (m.start() >= 25) {
                    best = m.start();
                }
            }
            assertThat(Labels.lastCutBefore(s)).as("'%s'", s).isEqualTo(best);
        }
    }

    /** The letters a cut word opens with, now made from the word list, are those written out by hand before. */
    @org.junit.jupiter.api.Test
    void theCutWordsFirstLettersAreThoseWrittenOutBefore() {
        assertThat(Labels.CUT_WORD_FIRSTS.chars().sorted().toArray())
                .isEqualTo("tfrawbTFRAWB".chars().sorted().toArray());
    }

    /** A label's trailing small words are told without a search exactly when the pattern finds none. */
    @org.junit.jupiter.api.Test
    void aLabelEndsWithoutTrailingWordsAsThePatternSays() {
        Pattern trailing = Pattern.compile(
                "(?i)(?:[\\s,;:–—\\-.]+|\\s+(?:on|in|at|since|by|until|and|or|but|the|a|of|to|for)\\b)+$");
        String[] pieces = {"Acme", " ", "\t", "on", "ON", "On", "xon", " since", "Since", "until", "a", "A", " the",
            "station", "é", "\u2028", ".", "-", "for", "For", "or", "x", "\u00A0", "Of"};
        java.util.Random random = new java.util.Random(53);
        for (int n = 0; n < 20_000; n++) {
            String s = RandomTexts.of(random, pieces, 6);
            if (!Labels.mayEndWithTrailing(s)) {
                assertThat(trailing.matcher(s).find()).as("'%s'", s).isFalse();
            }
        }
        assertThat(Labels.mayEndWithTrailing("The visit to Moscow")).isFalse();
        assertThat(Labels.mayEndWithTrailing("The visit to Moscow on")).isTrue();
    }

    /** An opening told by its first char is the opening the pattern finds, with no matcher made for most labels. */
    @org.junit.jupiter.api.Test
    void anOpeningToldByItsFirstCharIsThePatterns() {
        String[] pieces = {"after ", "After", "AFTER ", "before", "when ", "While ", "although ", "though ", "as ",
            "once ", "since ", "following ", "but ", "and ", "so ", "then ", "also ", "until ", "x", "Q", "İ", "\u212A",
            "ı", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028", ",", ";", ":", "–", "—", "-", ", ",
            "the talks ", "Assad met Putin", "é", "7", "\uD835\uDC00"};
        java.util.Random random = new java.util.Random(60);
        int cut = 0;
        for (int n = 0; n < 40_000; n++) {
            String s = RandomTexts.of(random, pieces, 8);
            String sub = Labels.afterOpening(Labels.SUBORDINATE, Labels.SUBORDINATE_FIRST, s);
            String lead = Labels.afterOpening(Labels.LEADING, Labels.LEADING_FIRST, s);
            assertThat(sub).as(s).isEqualTo(openingCutAsBefore(Labels.SUBORDINATE, s));
            assertThat(lead).as(s).isEqualTo(openingCutAsBefore(Labels.LEADING, s));
            cut += sub.equals(s) ? 0 : 1;
            cut += lead.equals(s) ? 0 : 1;
        }
        assertThat(cut).isGreaterThan(5000);
    }

    /** The reference: the pattern tried at the start of every label. */
    private static String openingCutAsBefore(Pattern opening, String s) {
        Matcher m = opening.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchStarts} must find what {@link Matcher#find(int)} finds, from every position: the tagger's candidates and
 * so the model depend on it. Checked for every rule over the texts {@link RuleCuesTest} reads and edge cases.
 */
class MatchStartsTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());

    /** Dates at a sentence's start and end, overlapping expressions, text beyond the BMP, upper case. */
    private static final List<String> EDGES = List.of(
            "March 3, 2015",
            "2015-10-20 was a Tuesday; the vote is on 2015-10-20",
            "Three days ago the talks began on Monday, October 19, 2015",
            "the third quarter of fiscal 2009, Q3 2009, three weeks later than planned, 18:00 UTC today",
            "The day before the vote, two days after the election, at the time of the attack, the same day.",
            "\uD83D\uDE00 On March 3, 2015, at 6 pm \uD83D\uDE00 last Friday \uD83D\uDE00",
            "\uD83D\uDE002015 and 2016\uD83D\uDE00, \uD801\uDC00May 5\uD801\uDC00",
            "ON MONDAY, OCT. 19, THE 1990S AND MID-2011, TWELVE MONTHS AGO",
            "in '82 and ’95, 1957–58, 12 to 18 months, between\n12 and\t18 days");

    @Test
    void everyRulesPatternIsReadSoItIsNotTriedEverywhere() {
        for (Rules.Rule rule : RULES.all()) {
            assertThat(rule.starts().everywhere()).as(rule.name()).isFalse();
        }
    }

    @Test
    void findsWhatFindFindsForEveryRuleAndText() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(RuleCuesTest.texts());
        texts.addAll(EDGES);
        int found = 0;
        for (Rules.Rule rule : RULES.all()) {
            for (String text : texts) {
                found += assertSameMatches(rule.pattern(), rule.starts(), text);
            }
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void findsWhatFindFindsFromEveryPositionOfTheEdgeCases() {
        for (Rules.Rule rule : RULES.all()) {
            for (String text : EDGES) {
                for (int from = 0; from <= text.length(); from++) {
                    Matcher expected = rule.pattern().matcher(text);
                    Matcher actual = rule.pattern().matcher(text);
                    boolean found = expected.find(from);
                    assertThat(rule.starts().find(actual, MatchStarts.Text.of(text), from))
                            .as(rule.name() + " from " + from + " in " + text).isEqualTo(found);
                    if (found) {
                        assertThat(actual.start()).isEqualTo(expected.start());
                        assertThat(actual.end()).isEqualTo(expected.end());
                    }
                }
            }
        }
    }

    @Test
    void aDateAtTheStartAndTheEndOfASentenceIsFound() {
        String s = "March 3, 2015 came before April 4, 2016";
        assertThat(found("date-mdy", s, 0).group()).isEqualTo("March 3, 2015");
        Matcher last = found("date-mdy", s, 1);
        assertThat(last.group()).isEqualTo("April 4, 2016");
        assertThat(last.end()).isEqualTo(s.length());
        assertThat(found("date-mdy", s, last.start() + 1)).isNull();
    }

    @Test
    void theLeadingLookBehindStillSeesTheCharBeforeTheStart() {
        String s = "Version2015 and $2015 but 2015";
        assertThat(found("year", s, 0).start()).isEqualTo(s.lastIndexOf("2015"));
        // the look-behind reads before the position it starts from: "1" before "2015" of "12015" refuses it
        assertThat(found("year", "12015", 1)).isNull();
    }

    /** The matcher left on the match of rule {@code name} in {@code s} from {@code from} on, or null. */
    private static Matcher found(String name, String s, int from) {
        Rules.Rule rule = rule(name);
        Matcher m = rule.pattern().matcher(s);
        return rule.starts().find(m, MatchStarts.Text.of(s), from) ? m : null;
    }

    /**
     * A start is tested for the prefixes its first two chars can open, not for every prefix of its first char: for each
     * rule and each pair of ASCII chars, the prefixes read from its pattern whose first set holds the first char and
     * whose second (if any) holds the second.
     */
    @Test
    void aStartIsTestedForThePrefixesItsFirstTwoCharsOpen() {
        int narrowed = 0;
        for (Rules.Rule rule : RULES.all()) {
            var prefixes = PatternPrefixes.read(rule.pattern().pattern(), MatchStarts.DEPTH).prefixes();
            for (char first = 0; first < 128; first++) {
                int ofFirst = 0;
                for (var p : prefixes) {
                    ofFirst += p.sets().get(0).contains(first) ? 1 : 0;
                }
                for (char second = 0; second < 128; second++) {
                    int expected = 0;
                    for (var p : prefixes) {
                        expected += p.sets().get(0).contains(first)
                                && (p.sets().size() == 1 || p.sets().get(1).contains(second)) ? 1 : 0;
                    }
                    assertThat(rule.starts().prefixesTried(first, second))
                            .as(rule.name() + " at " + first + second).isEqualTo(expected);
                    narrowed += expected < ofFirst ? 1 : 0;
                }
            }
        }
        assertThat(narrowed).isGreaterThan(10000);
        Rules.Rule duration = RULES.all().stream().filter(r -> r.name().equals("duration")).findFirst().orElseThrow();
        assertThat(duration.starts().prefixesTried('a', 'q')).isZero();
        assertThat(duration.starts().prefixesTried('a', 'b')).isLessThan(duration.starts().prefixesTried('a', ' '));
    }

    @Test
    void aTextBeyondTheBmpIsSearchedAsFindSearchesIt() {
        Pattern p = Pattern.compile("[^a]x");
        MatchStarts starts = MatchStarts.of(p);
        String s = "\uD83D\uDE00x";
        assertThat(MatchStarts.Text.of(s).plain()).isFalse();
        Matcher m = p.matcher(s);
        assertThat(starts.find(m, MatchStarts.Text.of(s), 0)).isTrue();
        assertThat(m.group()).isEqualTo(s); // the class took the pair as one char
    }

    /**
     * A text read in the one pass ({@link Rules#read}) from chars already copied out is the text of its string,
     * surrogates told as a scan of each char tells.
     */
    @Test
    void aTextOfCopiedCharsIsTheTextOfItsString() {
        String[] pieces = {"a", " ", "’", "\u00E9", "\uD7FF", "\uD83D\uDE00", "\uDC00", "\uD800", "\uE000", "\uFFFF",
            "\u0130", "1"};
        java.util.Random random = new java.util.Random(107);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder("«");
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String article = text.append('»').toString();
            String s = article.substring(1, article.length() - 1);
            MatchStarts.Text copied = RULES.read(s, java.util.Arrays.copyOfRange(article.toCharArray(), 1,
                    article.length() - 1)).text();
            assertThat(copied.chars()).isEqualTo(s.toCharArray());
            assertThat(copied.plain()).as(s).isEqualTo(s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
            assertThat(MatchStarts.Text.of(s).plain()).isEqualTo(copied.plain());
        }
    }

    @Test
    void caretIsTheTextsStartNotTheTriedPosition() {
        Pattern p = Pattern.compile("(?<=\\s|^)ab");
        MatchStarts starts = MatchStarts.of(p);
        assertThat(starts.everywhere()).isFalse();
        String s = "xab ab";
        Matcher m = p.matcher(s);
        assertThat(starts.find(m, MatchStarts.Text.of(s), 0)).isTrue();
        assertThat(m.start()).isEqualTo(4);
    }

    @Test
    void aPatternItCannotReadIsTriedEverywhere() {
        for (String regex : List.of("[a-z&&[^b]]x", "(?s:a.)b", "\\x41b", "a*", "(?:ab)?", "\\k<x>",
                "\\Qab\\E?c", "(?<![\\w])[a-\\u00ff]b")) {
            assertThat(MatchStarts.of(Pattern.compile(regex.equals("\\k<x>") ? "(?<x>a)?\\k<x>" : regex))
                    .everywhere()).as(regex).isTrue();
        }
        assertThat(MatchStarts.of(Pattern.compile("ab", Pattern.CASE_INSENSITIVE)).everywhere()).isTrue();
    }

    @Test
    void aOneLetterPropertyIsReadAsOneChar() {
        Pattern pattern = Pattern.compile("\\pLx");
        assertThat(assertSameMatches(pattern, MatchStarts.of(pattern), "bx, éx and 1x")).isEqualTo(2);
    }

    private static Rules.Rule rule(String name) {
        return RULES.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every match start of {@code pattern} in {@code text}, each found both ways, compared; the number found. */
    private static int assertSameMatches(Pattern pattern, MatchStarts starts, String text) {
        Matcher expected = pattern.matcher(text);
        Matcher actual = pattern.matcher(text);
        MatchStarts.Text plain = MatchStarts.Text.of(text);
        int from = 0;
        int n = 0;
        while (from <= text.length()) {
            boolean found = expected.find(from);
            assertThat(starts.find(actual, plain, from)).as(pattern + " from " + from).isEqualTo(found);
            if (!found) {
                break;
            }
            assertThat(actual.start()).isEqualTo(expected.start());
            assertThat(actual.end()).isEqualTo(expected.end());
            n++;
            from = expected.start() + 1;
        }
        return n;
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CueHitsTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());

    @Test
    void sharedLookUpsDecideAsEachRuleAlone() throws IOException, URISyntaxException {
        int kept = 0;
        for (String text : RuleCuesTest.texts()) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                String shape = RuleCues.shape(lower);
                boolean digits = sentence.chars().anyMatch(Character::isDigit);
                CueHits hits = RULES.hits(lower, shape, digits);
                for (int i = 0; i < RULES.all().size(); i++) {
                    Rules.Rule rule = RULES.all().get(i);
                    boolean alone = rule.mayMatch(lower, shape, digits);
                    assertThat((hits.rules() >>> i & 1) != 0).as(rule.name() + " in " + sentence).isEqualTo(alone);
                    kept += alone ? 0 : 1;
                }
            }
        }
        assertThat(kept).isGreaterThan(1000);
    }

    /**
     * {@link CueHits.Reader#read} (one pass, each char lower-cased and folded as it is read, each state's rules ORed)
     * against each rule alone on the sentence's lower case and {@link RuleCues#shape} ({@code String.contains} per cue,
     * as the tagger asked before it shared the look-ups): the same rules, in random text of cue fragments in either
     * case, digits, every kind of white space, "İ" and "Σ", surrogates.
     */
    @Test
    void readingInOnePassHoldsWhatTheLowerCaseAndItsShapeHold() throws IOException, URISyntaxException {
        String[] pieces = {"a", "The ", "DAY", "Year", "day 1", "0", "7", "12:30", "2015-10-20", "3/4/15", "per week",
            " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "’", "'", "–", "-long", "FY", "Q3", "SEP",
            "september", "İ", "Σ", "σ", "ς", "\uD83D\uDE00", "\uD801\uDC00", "\u0660", "AM", "p.", "now", "İs", "I", "tİme", "mİdnİght"};
        Random random = new Random(20);
        int kept = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            kept += assertReadAsBefore(text.toString());
        }
        for (String text : RuleCuesTest.texts()) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                kept += assertReadAsBefore(sentence);
            }
        }
        assertThat(kept).isGreaterThan(10000);
    }

    /** Compares every rule's decision; returns how many rules the sentence leaves out. */
    private static int assertReadAsBefore(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String shape = RuleCues.shape(lower);
        boolean digits = sentence.chars().anyMatch(Character::isDigit);
        // the pass that also tells the text's surrogates: its string and chars, no surrogate exactly when plain
        char[] chars = sentence.toCharArray();
        CueHits.SentenceCues both = RULES.read(sentence, chars);
        assertThat(both.text().string()).isSameAs(sentence);
        assertThat(both.text().chars()).isSameAs(chars);
        assertThat(both.text().plain()).as(sentence)
                .isEqualTo(sentence.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        CueHits read = both.hits();
        int lacking = 0;
        for (int i = 0; i < RULES.all().size(); i++) {
            Rules.Rule rule = RULES.all().get(i);
            boolean alone = rule.mayMatch(lower, shape, digits);
            assertThat((read.rules() >>> i & 1) != 0).as(rule.name() + " in " + sentence).isEqualTo(alone);
            lacking += alone ? 0 : 1;
        }
        return lacking;
    }

    /** What {@link CueHits.Reader#read} stands on: lower-casing a string is lower-casing its chars but for "İ", "Σ" and surrogates. */
    @Test
    void aStringIsLowerCasedCharByCharButForDottedIAndSigma() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
                continue;
            }
            String alone = String.valueOf(c);
            String between = "a" + c + "b";
            assertThat(alone.toLowerCase(Locale.ROOT)).as("U+%04X", (int) c)
                    .isEqualTo(String.valueOf(Character.toLowerCase(c)));
            assertThat(between.toLowerCase(Locale.ROOT)).as("U+%04X", (int) c)
                    .isEqualTo("a" + Character.toLowerCase(c) + "b");
        }
        assertThat("İ".toLowerCase(Locale.ROOT)).hasSize(2);
        assertThat("ΑΣ".toLowerCase(Locale.ROOT)).isEqualTo("ας");
    }

    /**
     * What {@link CueHits.Reader#read} stands on when it tells a run of white space by the char read rather than by its
     * lower case: lower-casing makes no char white space nor takes it away.
     */
    @Test
    void aCharIsWhiteSpaceExactlyWhenItsLowerCaseIs() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(org.parallax.text.PatternSpace.is(c)).as("U+%04X", (int) c)
                    .isEqualTo(org.parallax.text.PatternSpace.is(Character.toLowerCase(c)));
        }
    }

    /** What {@link CueHits.Reader#read} stands on when it looks for a digit past ASCII only from its first on. */
    @Test
    void noCharPastAsciiBeforeTheFirstDigitPastAsciiIsADigit() {
        for (char c = 128; c < CueHits.Reader.FIRST_DIGIT_PAST_ASCII; c++) {
            assertThat(Character.isDigit(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(Character.isDigit(CueHits.Reader.FIRST_DIGIT_PAST_ASCII)).isTrue();
    }

    @Test
    void aRuleMayMatchWhenOneOfItsCuesAndShapesAndADigitWhereNeededAreHeld() {
        List<String> names = RULES.all().stream().map(Rules.Rule::name).toList();
        CueHits hits = hits("Talks ended three weeks ago, in 2015.");
        assertThat(mayMatch(hits, names.indexOf("ago"))).isTrue();
        assertThat(mayMatch(hits, names.indexOf("year"))).isTrue(); // a digit and the shape 0000
        assertThat(mayMatch(hits, names.indexOf("clock"))).isFalse(); // a digit, but no 0:00
        assertThat(mayMatch(hits, names.indexOf("weekend"))).isFalse();
        CueHits noDigit = hits("Talks ended three weeks ago.");
        assertThat(mayMatch(noDigit, names.indexOf("year"))).isFalse();
    }

    private static CueHits hits(String sentence) {
        return RULES.read(sentence, sentence.toCharArray()).hits();
    }

    private static boolean mayMatch(CueHits hits, int rule) {
        return (hits.rules() >>> rule & 1) != 0;
    }

    @Test
    void moreRulesThanTheBitsOfALongAreRefused() {
        List<Rules.Rule> many = new ArrayList<>();
        while (many.size() <= Long.SIZE) {
            many.addAll(RULES.all());
        }
        Substrings none = new Substrings(List.of());
        assertThatThrownBy(() -> new CueHits.Reader(many, none, none, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

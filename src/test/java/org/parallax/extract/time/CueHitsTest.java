package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
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
                for (Rules.Rule rule : RULES.all()) {
                    boolean alone = rule.mayMatch(lower, shape, digits);
                    assertThat(rule.mayMatch(hits)).as(rule.name() + " in " + sentence).isEqualTo(alone);
                    kept += alone ? 0 : 1;
                }
            }
        }
        assertThat(kept).isGreaterThan(1000);
    }

    /**
     * {@link CueHits#read} (one pass, each char lower-cased and folded as it is read) against the look-ups of the
     * sentence's lower case and {@link RuleCues#shape}, as the tagger made them before: the same cues, shapes and digit
     * test, in random text of cue fragments in either case, digits, every kind of white space, "İ" and "Σ", surrogates.
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

    /** Compares every cue and shape of every rule; returns how many of them the sentence lacks. */
    private static int assertReadAsBefore(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        CueHits before = RULES.hits(lower, RuleCues.shape(lower), sentence.chars().anyMatch(Character::isDigit));
        CueHits read = RULES.hits(MatchStarts.Text.of(sentence));
        assertThat(read.digits()).as(sentence).isEqualTo(before.digits());
        int lacking = 0;
        for (Rules.Rule rule : RULES.all()) {
            for (int id : rule.cueIds()) {
                boolean held = before.holdsCue(new int[] {id});
                assertThat(read.holdsCue(new int[] {id})).as(rule.name() + " cue " + id + " in " + sentence).isEqualTo(held);
                lacking += held ? 0 : 1;
            }
            for (int id : rule.shapeIds()) {
                assertThat(read.holdsShape(new int[] {id})).as(rule.name() + " shape " + id + " in " + sentence)
                        .isEqualTo(before.holdsShape(new int[] {id}));
            }
        }
        return lacking;
    }

    /** What {@link CueHits#read} stands on: lower-casing a string is lower-casing its chars but for "İ", "Σ" and surrogates. */
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

    @Test
    void aRuleHoldsWhenOneOfItsCuesIsHeld() {
        CueHits hits = new CueHits(false, new boolean[] {false, true, false}, new boolean[] {false});
        assertThat(hits.holdsCue(new int[] {0, 1})).isTrue();
        assertThat(hits.holdsCue(new int[] {0, 2})).isFalse();
        assertThat(hits.holdsCue(new int[] {})).isTrue();
        assertThat(hits.holdsShape(new int[] {0})).isFalse();
        assertThat(hits.digits()).isFalse();
    }
}

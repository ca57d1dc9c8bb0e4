package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/** A date inside a noun phrase is told as when both windows were cut and searched for every timex. */
class ClauseDatesNounPhraseTest {

    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?:^|\\s)(?:the|a|an|this|that|its|his|her|their|our|whose)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}[\\p{L}'’-]*)");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\s+\\p{L}");
    private static final String[] PIECES = {"the ", "The ", "THE", "a", "A ", "an", "this", "its ", "Their", "whose",
        "our", " ", "  ", "\t", "\n", "\u2028", "\u0085", "x", "ſ", "é", "theirs ", "'s ", "’s", "s", "election",
        "of ", "vote", "2016", ", ", "on ", "in"};

    @Test
    void insideANounPhraseAsThePatternsSearchedOverBothWindows() {
        Random random = new Random(52);
        int inside = 0;
        for (int n = 0; n < 50_000; n++) {
            String before = RandomTexts.of(random, PIECES, 14);
            String after = RandomTexts.of(random, PIECES, 6);
            String text = before + "2016" + after;
            TimeMention t = new TimeMention(new Span("a", before.length(), before.length() + 4), "2016",
                    TimexType.DATE, "2016");
            boolean expected = insideAsBefore(text, t);
            inside += expected ? 1 : 0;
            assertThat(ClauseDates.insideNounPhrase(text, t)).as("'%s'", text).isEqualTo(expected);
            int from = Math.max(0, before.length() - 40);
            if (DETERMINER_BEFORE.matcher(text.substring(from, before.length())).find()) {
                assertThat(ClauseDates.mayFollowDeterminer(text, from, before.length())).as("'%s'", text).isTrue();
            }
        }
        assertThat(inside).isGreaterThan(1000);
    }

    /** The reference: both windows cut, the possessive and the determiner searched from their every char. */
    private static boolean insideAsBefore(String text, TimeMention t) {
        String before = text.substring(Math.max(0, t.span().start() - 40), t.span().start());
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 40));
        if (POSSESSIVE_AFTER.matcher(after).find()) {
            return true;
        }
        if (!DETERMINER_BEFORE.matcher(before).find()) {
            return false;
        }
        Matcher w = WORD_AFTER.matcher(after);
        return w.find() && !Words.isStopWord(w.group(1));
    }
}

package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleStarts} reads every rule's starts in one pass; each rule must still find exactly what
 * {@link Matcher#find(int)} finds (the reference: the rule's own {@link MatchStarts} is checked against it too), from
 * every position, whichever rules the sentence's cues leave.
 */
class RuleStartsTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());

    private static final List<String> PIECES = List.of("March", "Sept.", "3", "2015", "1990s", "'82", "’95", ",", ".",
            " ", "  ", "\n", "\t", "\u00a0", "the", "The", "day", "before", "after", "ago", "three", "weeks", "a",
            "few", "years", "-", "–", "’", "'", "é", "Q3", "FY", "fiscal", "18:00", "6", "p.m.", "UTC", "now", "next",
            "Monday", "morning", "every", "year", "per", "$", "%", "/", "12/10/2015", "2015-10-20", "vote", "at",
            "time", "of", "\uD83D\uDE00", "İ", "x",
            // words that open a rule's prefix four chars deep and leave it at the fifth or sixth
            "Marchers", "Mayday", "Mond", "yesterdays", "yester", "fewest", "dayside", "weekends", "weeke", "thirty-",
            "twenty-one", "agony", "Septe", "Sunday's", "1990-", "20151", "early", "earlier", "late", "latest", "this",
            "these", "month", "months", "summer", "quarters", "evening", "tonight", "decades", "centur", "same",
            "following", "previous", "recent", "’s", "–2016", "hour-", "minutes");

    @Test
    void everyRuleFindsWhatFindFindsInTheTestTexts() throws IOException, URISyntaxException {
        long all = -1L;
        int found = 0;
        for (String text : RuleCuesTest.texts()) {
            found += assertSameMatches(text, all);
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void everyRuleFindsWhatFindFindsFromEveryPositionOfRandomTexts() {
        Random random = new Random(20261207);
        for (int n = 0; n < 60; n++) {
            String text = randomText(random);
            long active = random.nextBoolean() ? -1L : random.nextLong();
            RuleStarts.Found starts = RULES.starts().find(MatchStarts.Text.of(text), active);
            for (int i = 0; i < RULES.all().size(); i++) {
                Rules.Rule rule = RULES.all().get(i);
                for (int from = 0; from <= text.length(); from++) {
                    assertSame(rule, i, starts, text, from);
                }
            }
        }
    }

    /**
     * A rule the one pass lists no start for is not searched at all ({@link RuleStarts.Found#mayStart}): it must have no
     * match, {@code find} being the reference; and over random texts most rules have none.
     */
    @Test
    void aRuleWithNoStartListedHasNoMatch() {
        Random random = new Random(107);
        int skipped = 0;
        int searched = 0;
        for (int n = 0; n < 400; n++) {
            String text = randomText(random);
            long active = random.nextBoolean() ? -1L : random.nextLong();
            RuleStarts.Found starts = RULES.starts().find(MatchStarts.Text.of(text), active);
            for (int i = 0; i < RULES.all().size(); i++) {
                Rules.Rule rule = RULES.all().get(i);
                if ((starts.mayStart() >>> i & 1) != 0) {
                    searched++;
                    continue;
                }
                skipped++;
                assertThat(rule.pattern().matcher(text).find()).as(rule.name() + " in " + text).isFalse();
            }
        }
        assertThat(skipped).isGreaterThan(searched);
    }

    /**
     * The rules that may start, read at once ({@link RuleStarts.Found#mayStart()}, which the tagger walks bit by bit), are
     * those the loop over the listed starts of before told one by one, kept here as the reference.
     */
    @Test
    void theRulesThatMayStartReadAtOnceAreThoseTheStartsOpen() {
        Random random = new Random(109);
        for (int n = 0; n < 400; n++) {
            String text = randomText(random);
            long active = random.nextBoolean() ? -1L : random.nextLong();
            RuleStarts.Found starts = RULES.starts().find(MatchStarts.Text.of(text), active);
            for (int i = 0; i < RULES.all().size(); i++) {
                boolean before = (starts.read() & 1L << i) == 0;
                for (int k = 0; k < starts.count() && !before; k++) {
                    before = (starts.open()[k] & 1L << i) != 0;
                }
                assertThat((starts.mayStart() >>> i & 1) != 0).as(RULES.all().get(i).name() + " in " + text)
                        .isEqualTo(before);
            }
        }
    }

    @Test
    void aRuleBeyondTheTablesBitsIsSearchedByItsOwnStarts() {
        List<Rules.Rule> many = new ArrayList<>();
        while (many.size() <= RuleStarts.MAX_RULES) {
            many.addAll(RULES.all());
        }
        RuleStarts wide = new RuleStarts(many);
        String text = "On Monday, March 3, 2015, three weeks ago, at 18:00 UTC the day before the vote";
        RuleStarts.Found starts = wide.find(MatchStarts.Text.of(text), -1L);
        for (int i = 0; i < many.size(); i++) {
            for (int from = 0; from <= text.length(); from++) {
                assertSame(many.get(i), i, starts, text, from);
            }
        }
    }

    @Test
    void onlyTheFewPositionsWhereARuleMayStartAreListed() {
        String text = "The talks, which went on for hours in the capital, opened on March 3, 2015.";
        RuleStarts.Found starts = RULES.starts().find(MatchStarts.Text.of(text), -1L);
        assertThat(starts.count()).isLessThan(text.length() / 4);
        assertThat(starts.at()).contains(text.indexOf("March"), text.indexOf("2015"));
    }

    /**
     * The starts the one pass lists are those where the rule's prefixes read {@value RuleStarts#DEPTH} chars deep fit:
     * a subset of those where its {@link MatchStarts#DEPTH}-char prefixes fit (where each rule's pattern was tried
     * before), and fewer over the test texts, so fewer regex tries fail.
     */
    @Test
    void theStartsAreFewerThanWhereTheShorterPrefixesFit() throws IOException, URISyntaxException {
        int before = 0;
        int after = 0;
        for (String text : RuleCuesTest.texts()) {
            MatchStarts.Text chars = MatchStarts.Text.of(text);
            if (!chars.plain()) {
                continue;
            }
            RuleStarts.Found starts = RULES.starts().find(chars, -1L);
            for (int i = 0; i < RULES.all().size(); i++) {
                MatchStarts own = RULES.all().get(i).starts();
                int k = 0;
                for (int p = 0; p < text.length(); p++) {
                    boolean here = k < starts.count() && starts.at()[k] == p;
                    boolean listed = here && (starts.open()[k] & 1L << i) != 0;
                    k += here ? 1 : 0;
                    boolean shorter = own.startsAt(chars.chars(), p);
                    assertThat(!listed || shorter).as(RULES.all().get(i).name() + " at " + p + " of " + text).isTrue();
                    before += shorter ? 1 : 0;
                    after += listed ? 1 : 0;
                }
            }
        }
        assertThat(after).isLessThan(before * 2 / 3);
    }

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(24);
        for (int k = 0; k < pieces; k++) {
            String piece = PIECES.get(random.nextInt(PIECES.size()));
            out.append(random.nextInt(6) == 0 ? piece.toUpperCase(Locale.ROOT) : piece);
            if (random.nextInt(3) > 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Every match of every rule in {@code text}, found as the tagger searches, compared with find; the number found. */
    private static int assertSameMatches(String text, long active) {
        RuleStarts.Found starts = RULES.starts().find(MatchStarts.Text.of(text), active);
        int n = 0;
        for (int i = 0; i < RULES.all().size(); i++) {
            Rules.Rule rule = RULES.all().get(i);
            int from = 0;
            while (from <= text.length() && assertSame(rule, i, starts, text, from)) {
                n++;
                Matcher m = rule.pattern().matcher(text);
                m.find(from);
                from = m.start() + 1;
            }
        }
        return n;
    }

    private static boolean assertSame(Rules.Rule rule, int index, RuleStarts.Found starts, String text, int from) {
        Matcher expected = rule.pattern().matcher(text);
        Matcher actual = rule.pattern().matcher(text);
        boolean found = expected.find(from);
        assertThat(starts.find(rule, index, actual, from)).as(rule.name() + " from " + from + " in " + text)
                .isEqualTo(found);
        if (found) {
            assertThat(actual.start()).as(rule.name() + " in " + text).isEqualTo(expected.start());
            assertThat(actual.end()).as(rule.name() + " in " + text).isEqualTo(expected.end());
        }
        return found;
    }
}

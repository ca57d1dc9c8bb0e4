package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link EventAnchors#read} searches its nouns only where one may start ({@link MatchStarts}), where it ran
 * {@link Matcher#find()} from every char of every dated sentence: it must find the nouns {@code find} finds.
 */
class EventAnchorsTest {

    private static final TimeWords WORDS = TimeWords.bundled();
    private static final EventAnchors EVENTS = new EventAnchors(WORDS, new Durations(WORDS));
    /** The nouns' pattern as {@link EventAnchors} builds it. */
    private static final Pattern NOUN = Pattern.compile("(?<![\\w'’-])" + EVENTS.nouns() + "(?![\\w'’-])");

    private static final List<String> PIECES = List.of("vote", "Votes", "ELECTION", "the", "attack", "attacks",
            "summit", "poll", "polls", "primary", "-", "'", "’", " ", "  ", "\n", ",", ".", "on", "March 3", "x",
            "é", "\uD83D\uDE00", "pre", "ing", "s", "bombing", "referenda");

    @Test
    void theNounsPatternIsSearchedOnlyWhereANounMayStart() {
        assertThat(MatchStarts.of(NOUN).everywhere()).isFalse(); // the pattern EventAnchors searches, as it builds it
    }

    @Test
    void theNounsFoundAreThoseFindFinds() throws IOException, URISyntaxException {
        MatchStarts starts = MatchStarts.of(NOUN);
        int found = 0;
        for (String text : RuleCuesTest.texts()) {
            found += assertSameNouns(starts, text);
        }
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            found += assertSameNouns(starts, text.toString());
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void aNounTakesTheDayOfADateInItsClause() {
        String s = "The vote was held on March 3 and the attack came later.";
        Map<String, LocalDate> days = new HashMap<>();
        int at = s.indexOf("March 3");
        boolean recorded = EVENTS.read(MatchStarts.Text.of(s),
                List.of(new EventAnchors.Dated(at, at + 7, LocalDate.of(2020, 3, 3))), days);
        assertThat(days).containsEntry(WORDS.key("event", "vote"), LocalDate.of(2020, 3, 3));
        assertThat(recorded).isTrue();
    }

    /**
     * A sentence that gives no noun a day says so, and leaves the days as they were: the tagger then keeps its copy of
     * them for the scenes rather than copying them again for the next sentence.
     */
    @Test
    void aSentenceThatDatesNoNounSaysSo() {
        Map<String, LocalDate> days = new HashMap<>(Map.of(WORDS.key("event", "vote"), LocalDate.of(2020, 3, 3)));
        Map<String, LocalDate> before = Map.copyOf(days);
        String undated = "The attack came later, after the vote.";
        assertThat(EVENTS.read(MatchStarts.Text.of(undated), List.of(), days)).isFalse();
        String far = "On March 3 the minister spoke at length about many things before a vote.";
        assertThat(EVENTS.read(MatchStarts.Text.of(far), List.of(new EventAnchors.Dated(3, 10, null)), days)).isFalse();
        assertThat(days).isEqualTo(before);
    }

    /** The nouns of {@code text} found both ways, one after another as {@link EventAnchors#read} goes on; how many. */
    private static int assertSameNouns(MatchStarts starts, String text) {
        Matcher expected = NOUN.matcher(text);
        List<String> want = new ArrayList<>();
        while (expected.find()) {
            want.add(expected.start() + ":" + expected.end());
        }
        Matcher actual = NOUN.matcher(text);
        List<String> got = new ArrayList<>();
        int from = 0;
        while (from <= text.length() && starts.find(actual, MatchStarts.Text.of(text), from)) {
            got.add(actual.start() + ":" + actual.end());
            from = actual.end() > actual.start() ? actual.end() : actual.start() + 1;
        }
        assertThat(got).as(text.toLowerCase(Locale.ROOT)).isEqualTo(want);
        return got.size();
    }
}

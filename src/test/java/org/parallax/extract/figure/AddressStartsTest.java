package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The address pattern is tried only where {@link AddressStarts} says an address may start: on random texts made of
 * address parts, address chars and what breaks a run, every position where the pattern matches is one of them; and on
 * news text the words before an address are not tried.
 */
class AddressStartsTest {

    private static final String[] PIECES = {"www.", "ww", "w", "http", "https", "://", ":/", ":", "/", "@", "@@", ".",
        "..", ".co", ".com", ".c", ".org", ".news", ".ne", ".uk", ".io", "co", "uk", "x", "Ab", "9", "_", "+", "-", " ",
        "\n", "\t", "\u00A0", "é", "’", "\"", "<", "“", ",", "a.b", "x@y.z", "bbc.co.uk", "mail@news.org", "/path"};

    @Test
    void everyPositionWhereThePatternMatchesIsOneItMayStartAt() {
        Random random = new Random(20261207);
        int matched = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            List<Integer> matches = matchStarts(text);
            matched += matches.size();
            AddressStarts starts = AddressStarts.of(text);
            if (matches.isEmpty()) {
                continue;
            }
            assertThat(starts).as(text).isNotNull();
            for (int at = 0, m = 0; at < text.length(); at++) {
                boolean may = starts.mayStartAt(at);
                if (m < matches.size() && matches.get(m) == at) {
                    assertThat(may).as(text + " at " + at).isTrue();
                    m++;
                }
            }
        }
        assertThat(matched).as("the generator makes addresses").isGreaterThan(5_000);
    }

    @Test
    void aTextWithoutPartsHasNoPlaceAndWordsBeforeAnAddressAreNotTried() {
        assertThat(AddressStarts.of("Officials said 4,000 troops arrived on Tuesday.")).isNull();
        String text = "See the report at news.bbc.co.uk and write to desk@example.org today.";
        AddressStarts starts = AddressStarts.of(text);
        assertThat(starts).isNotNull();
        List<Integer> tried = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (starts.mayStartAt(at)) {
                tried.add(at);
            }
        }
        int bbc = text.indexOf("news.bbc");
        int desk = text.indexOf("desk@");
        assertThat(tried).contains(bbc, desk).allMatch(at -> at >= bbc && at < bbc + "news.bbc.co.uk".length()
                || at >= desk && at < desk + "desk@example.org".length());
    }

    private static List<Integer> matchStarts(String text) {
        Matcher m = FigureTokens.ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Integer> out = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (m.region(at, text.length()).lookingAt()) {
                out.add(at);
            }
        }
        return out;
    }
}

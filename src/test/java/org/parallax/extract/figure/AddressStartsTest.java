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
            AddressStarts starts = AddressStarts.of(text.toCharArray());
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

    /**
     * One scan of the chars finds the places the scan per part found (that scan kept here as the reference): the
     * same answer at every position of random texts of parts and address chars.
     */
    @Test
    void oneScanFindsThePlacesTheScanPerPartFound() {
        Random random = new Random(20261208);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            AddressStarts starts = AddressStarts.of(text.toCharArray());
            int[] reference = referenceStarts(text);
            assertThat(starts == null).as(text).isEqualTo(reference == null);
            for (int at = 0; starts != null && at <= text.length(); at++) {
                assertThat(starts.mayStartAt(at)).as(text + " at " + at).isEqualTo(mayStartAt(reference, text, at));
            }
        }
    }

    /** The parts' places by a scan of the text per part, sorted, or null for none: the way they were found. */
    private static int[] referenceStarts(String text) {
        List<Integer> found = new ArrayList<>();
        for (String part : AddressStarts.PARTS) {
            for (int q = text.indexOf(part); q >= 0; q = text.indexOf(part, q + 1)) {
                found.add(q);
            }
        }
        return found.isEmpty() ? null : found.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** Whether the first part at or after {@code at} is reached from it over address chars alone. */
    private static boolean mayStartAt(int[] parts, String text, int at) {
        for (int part : parts) {
            if (part >= at) {
                for (int p = at; p < part; p++) {
                    char c = text.charAt(p);
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.+-".indexOf(c) >= 0)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    @Test
    void aTextWithoutPartsHasNoPlaceAndWordsBeforeAnAddressAreNotTried() {
        assertThat(AddressStarts.of("Officials said 4,000 troops arrived on Tuesday.".toCharArray())).isNull();
        String text = "See the report at news.bbc.co.uk and write to desk@example.org today.";
        AddressStarts starts = AddressStarts.of(text.toCharArray());
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

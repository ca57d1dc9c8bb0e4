package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches as {@link Matcher#find(int)} does, trying it only where a match can start: where the text
 * begins with one of the prefixes {@link PatternPrefixes} reads from the pattern ("las", "the ", a digit) and the char
 * before is not one the pattern's leading look-behind refuses. A rule's pattern is long (month and number names,
 * optional words before them), and trying it at every char of a sentence was most of the tagger's matching time.
 *
 * <p>A match is tried with {@link Matcher#lookingAt()} over a region from the start to the text's end, with transparent
 * bounds (look-behinds see the text before the region) and without anchoring bounds ({@code ^} is the text's start),
 * so each try reads what {@code find} reads at that position, and the first start that matches is the one
 * {@code find} returns. A text with a surrogate char is searched with {@code find} itself: a class may take a pair as
 * one char there, which the prefixes (one set per char) do not follow.
 */
final class MatchStarts {

    /** How many chars of each match start the prefixes hold. */
    static final int DEPTH = 4;

    private static final CharSet[][] NONE = new CharSet[0][];

    /** Per ASCII first char, the rest of each prefix starting with it; null: the pattern is tried everywhere. */
    private final CharSet[][][] byFirst;
    /** The rest of each prefix whose first set holds non-ASCII chars. */
    private final CharSet[][] nonAscii;
    /** The chars the leading look-behind refuses before a start, or null. */
    private final CharSet notBefore;
    /**
     * Per ASCII first and ASCII second char, the rests of {@link #byFirst} that the second char can begin (an empty
     * rest, a one-char prefix, begins with anything); null: none. Where a first char opens many prefixes (a rule's
     * optional "a", "the", its number words, 55 for "a" in the duration rule) most of them are refused by the char
     * after it, and testing each prefix at every such start was the largest part of the search.
     */
    private final CharSet[][][][] bySecond;

    private MatchStarts(CharSet[][][] byFirst, CharSet[][] nonAscii, CharSet notBefore) {
        this.byFirst = byFirst;
        this.nonAscii = nonAscii;
        this.notBefore = notBefore;
        this.bySecond = new CharSet[128][][][];
        for (int c = 0; byFirst != null && c < 128; c++) {
            bySecond[c] = byFirst[c] == null ? null : bySecond(byFirst[c]);
        }
    }

    /** Per ASCII second char, those of {@code rests} it can begin: all of them shared when it begins each, null: none. */
    private static CharSet[][][] bySecond(CharSet[][] rests) {
        CharSet[][][] out = new CharSet[128][][];
        for (char second = 0; second < 128; second++) {
            List<CharSet[]> fitting = new ArrayList<>();
            for (CharSet[] rest : rests) {
                if (rest.length == 0 || rest[0].contains(second)) {
                    fitting.add(rest);
                }
            }
            out[second] = fitting.isEmpty() ? null
                    : fitting.size() == rests.length ? rests : fitting.toArray(new CharSet[0][]);
        }
        return out;
    }

    /** How many prefixes a start whose first two chars are {@code first} and {@code second} (both ASCII) is tested for. */
    int prefixesTried(char first, char second) {
        CharSet[][] rests = bySecond[first] == null ? null : bySecond[first][second];
        return rests == null ? 0 : rests.length;
    }

    /** The starts of {@code pattern}'s matches; where its source cannot be read, every position. */
    static MatchStarts of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return new MatchStarts(null, NONE, null);
        }
        PatternPrefixes.Reading reading;
        try {
            reading = PatternPrefixes.read(pattern.pattern(), DEPTH);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new MatchStarts(null, NONE, null);
        }
        List<List<CharSet[]>> ascii = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            ascii.add(new ArrayList<>());
        }
        List<CharSet[]> other = new ArrayList<>();
        for (PatternPrefixes.Prefix p : reading.prefixes()) {
            if (p.sets().isEmpty()) {
                return new MatchStarts(null, NONE, null); // an empty match, or one we cannot read
            }
            CharSet first = p.sets().get(0);
            CharSet[] rest = p.sets().subList(1, p.sets().size()).toArray(new CharSet[0]);
            for (char c = 0; c < 128; c++) {
                if (first.contains(c)) {
                    ascii.get(c).add(rest);
                }
            }
            if (first.anyNonAscii() || !first.named().isEmpty()) {
                other.add(rest);
            }
        }
        CharSet[][][] byFirst = new CharSet[128][][];
        for (int c = 0; c < 128; c++) {
            byFirst[c] = ascii.get(c).isEmpty() ? null : ascii.get(c).toArray(new CharSet[0][]);
        }
        return new MatchStarts(byFirst, other.toArray(new CharSet[0][]), reading.notBefore());
    }

    /** Whether {@code pattern}'s matches are searched everywhere (its source could not be read). */
    boolean everywhere() {
        return byFirst == null;
    }

    /** A sentence as the search reads it: its chars, and whether none is a surrogate (then chars are code points). */
    record Text(String string, char[] chars, boolean plain) {

        static Text of(String s) {
            char[] chars = s.toCharArray();
            int anyBits = 0;
            for (char c : chars) {
                anyBits |= c;
            }
            return new Text(s, chars, plain(chars, anyBits));
        }

        /** Whether none of {@code chars} is a surrogate, {@code anyBits} being all of them ORed (below U+D800: none is). */
        static boolean plain(char[] chars, int anyBits) {
            boolean plain = true;
            for (int k = 0; anyBits >= Character.MIN_SURROGATE && k < chars.length; k++) {
                plain &= !Character.isSurrogate(chars[k]);
            }
            return plain;
        }
    }

    /**
     * Finds the next match in {@code text} from {@code from} on, leaving {@code m} (a matcher of the pattern over the
     * text's string) on it as {@code m.find(from)} would; false when there is none.
     */
    boolean find(Matcher m, Text text, int from) {
        if (byFirst == null || !text.plain()) {
            return m.find(from);
        }
        char[] s = text.chars();
        for (int p = from; p < s.length; p++) {
            if (startsAt(s, p) && tryAt(m, p, s.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} matches at {@code p}, read as {@code find} reads that position: over a region from {@code p} to
     * the end ({@code len}) with transparent bounds and without anchoring bounds; {@code m} is left on the match.
     */
    static boolean tryAt(Matcher m, int p, int len) {
        return m.useTransparentBounds(true).useAnchoringBounds(false).region(p, len).lookingAt();
    }

    /**
     * Whether a match may start at {@code p} of the surrogate-free {@code s}: the char before is not one the leading
     * look-behind refuses and the text there begins with one of the pattern's prefixes. Not to be asked of a pattern
     * searched {@link #everywhere()}.
     */
    boolean startsAt(char[] s, int p) {
        CharSet[][] rests = restsAt(s, p);
        return rests != null && rests.length > 0 && (p == 0 || notBefore == null || !notBefore.contains(s[p - 1]))
                && anyFits(rests, s, p + 1);
    }

    /**
     * Whether a start whose first char is {@code first} may open a prefix: false tells {@link #startsAt} false for
     * every such start (a necessary condition, for {@link RuleStarts}' tables).
     */
    boolean mayOpen(char first) {
        if (first >= 128) {
            return nonAscii.length > 0;
        }
        return byFirst[first] != null;
    }

    /** Whether the leading look-behind refuses a start right after {@code before}. */
    boolean refusesAfter(char before) {
        return notBefore != null && notBefore.contains(before);
    }

    /** The rests of the prefixes a start at {@code p} may open, read by its first char and, both being ASCII, its second. */
    private CharSet[][] restsAt(char[] s, int p) {
        char c = s[p];
        if (c >= 128) {
            return nonAscii;
        }
        if (p + 1 < s.length && s[p + 1] < 128) {
            return bySecond[c] == null ? null : bySecond[c][s[p + 1]];
        }
        return byFirst[c];
    }

    private static boolean anyFits(CharSet[][] rests, char[] s, int at) {
        for (CharSet[] rest : rests) {
            if (fits(rest, s, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(CharSet[] rest, char[] s, int at) {
        if (at + rest.length > s.length) {
            return false;
        }
        for (int k = 0; k < rest.length; k++) {
            if (!rest[k].contains(s[at + k])) {
                return false;
            }
        }
        return true;
    }
}

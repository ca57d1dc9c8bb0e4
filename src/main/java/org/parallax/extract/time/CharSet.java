package org.parallax.extract.time;

/**
 * A set of chars one position of a match may hold, as {@link PatternPrefixes} reads it from a pattern: the ASCII chars
 * exactly, non-ASCII ones as a few named chars ("’", "–") or all of them (a negated class, {@code .}, {@code \p{..}}).
 * It may hold more than the pattern allows, never less.
 *
 * @param low         ASCII chars 0–63, one bit each
 * @param high        ASCII chars 64–127
 * @param anyNonAscii whether every char from 128 on is in the set
 * @param named       the non-ASCII chars in the set besides (when {@code anyNonAscii} is false), in order: a string,
 *                    so that a look-up neither boxes nor hashes
 */
record CharSet(long low, long high, boolean anyNonAscii, String named) {

    static final CharSet NONE = new CharSet(0, 0, false, "");
    static final CharSet ANY = new CharSet(-1L, -1L, true, "");
    /** {@code \s} as Java reads it without UNICODE_CHARACTER_CLASS: space, tab, the line breaks, vertical tab, form feed. */
    static final CharSet SPACE = NONE.withAll(org.parallax.text.PatternSpace.CHARS);
    static final CharSet DIGIT = NONE.withRange('0', '9');
    static final CharSet WORD = DIGIT.withRange('a', 'z').withRange('A', 'Z').with('_');

    boolean contains(char c) {
        if (c < 64) {
            return (low & (1L << c)) != 0;
        }
        if (c < 128) {
            return (high & (1L << (c - 64))) != 0;
        }
        return anyNonAscii || named.indexOf(c) >= 0;
    }

    CharSet withAll(String chars) {
        CharSet out = this;
        for (int i = 0; i < chars.length(); i++) {
            out = out.with(chars.charAt(i));
        }
        return out;
    }

    CharSet with(char c) {
        if (c < 64) {
            return new CharSet(low | (1L << c), high, anyNonAscii, named);
        }
        if (c < 128) {
            return new CharSet(low, high | (1L << (c - 64)), anyNonAscii, named);
        }
        if (anyNonAscii || named.indexOf(c) >= 0) {
            return this;
        }
        int at = 0;
        while (at < named.length() && named.charAt(at) < c) {
            at++;
        }
        return new CharSet(low, high, false, named.substring(0, at) + c + named.substring(at));
    }

    /** The set with {@code from..to}: ASCII exactly, a range reaching past ASCII as every non-ASCII char. */
    CharSet withRange(char from, char to) {
        CharSet out = this;
        for (char c = from; c <= to && c < 128; c++) {
            out = out.with(c);
        }
        if (to >= 128 && from != to) {
            return new CharSet(out.low, out.high, true, "");
        }
        return to >= 128 ? out.with(to) : out;
    }

    CharSet union(CharSet o) {
        if (anyNonAscii || o.anyNonAscii) {
            return new CharSet(low | o.low, high | o.high, true, "");
        }
        CharSet out = new CharSet(low | o.low, high | o.high, false, named);
        for (char c : o.named.toCharArray()) {
            out = out.with(c);
        }
        return out;
    }

    /**
     * The set's complement, as a negated class reads it: exact over ASCII, every non-ASCII char in it (a negated class
     * takes all but a few of them, and a set may hold more than the pattern allows).
     */
    CharSet negated() {
        return new CharSet(~low, ~high, true, "");
    }

    /** The set with the other case of each ASCII letter, as {@code (?i)} matches without UNICODE_CASE. */
    CharSet caseless() {
        CharSet out = this;
        for (char c = 'a'; c <= 'z'; c++) {
            char upper = Character.toUpperCase(c);
            if (contains(c) || contains(upper)) {
                out = out.with(c).with(upper);
            }
        }
        for (char c : named.toCharArray()) {
            out = out.with(Character.toLowerCase(c)).with(Character.toUpperCase(c)); // more than Java folds: harmless
        }
        return out;
    }
}

package org.parallax.extract.quote;

import java.util.Locale;

/**
 * A word or a punctuation character of an article, by its offsets into the article text.
 *
 * @param lower the text in lower case, made once: every rule compares words in lower case, many times over
 * @param facts the token's facts as bits, tested once ({@link #quoted()}, {@link #word()}, {@link #capitalised()},
 *              {@link #possessive()}, {@link #kinds()}, whether it is ASCII, its one char if it has one): one int, so
 *              that a token (every token of the corpus is live until its quotes are found) takes no more room than it
 *              did with four booleans
 */
record MaskedToken(int start, int end, String text, String lower, int facts) {

    /** {@link #kinds()}'s bits ({@link WordKinds}) are the low byte; the word tests' lie above it. */
    private static final int KINDS = 0xFF;
    private static final int QUOTED = 1 << 8;
    private static final int WORD = 1 << 9;
    private static final int CAPITALISED = 1 << 10;
    private static final int POSSESSIVE = 1 << 11;
    private static final int ASCII = 1 << 12;
    private static final int LOWER_WORD = 1 << 13;
    /** A text of one char, which the high half of the facts holds ({@link #isPunct}). */
    private static final int ONE_CHAR = 1 << 14;
    private static final int CHAR_SHIFT = 16;

    /** The token every quoted word becomes, its facts made once: an article's quoted words are many. */
    private static final MaskedToken QUOTED_WORD = new MaskedToken(0, 1, "x", true);

    /** The quoted word {@code [start, end)}, masked as "x": a speaker is never read from inside a quote. */
    static MaskedToken quotedWord(int start, int end) {
        return new MaskedToken(start, end, QUOTED_WORD.text, QUOTED_WORD.lower, QUOTED_WORD.facts);
    }

    MaskedToken(int start, int end, String text, boolean quoted) {
        this(start, end, text, quoted, text.toLowerCase(Locale.ROOT));
    }

    private MaskedToken(int start, int end, String text, boolean quoted, String lower) {
        this(start, end, text, lower, facts(text, quoted, lower));
    }

    private static int facts(String text, boolean quoted, String lower) {
        boolean word = Character.isLetterOrDigit(text.codePointAt(0));
        boolean capitalised = capitalised(text, quoted, word);
        boolean possessive = possessive(text);
        boolean lowerWord = word && !quoted && Character.isLowerCase(text.charAt(0));
        return (quoted ? QUOTED : 0) | (word ? WORD : 0) | (capitalised ? CAPITALISED : 0)
                | (possessive ? POSSESSIVE : 0) | (ascii(text) ? ASCII : 0) | (lowerWord ? LOWER_WORD : 0)
                | (text.length() == 1 ? ONE_CHAR | text.charAt(0) << CHAR_SHIFT : 0)
                | WordKinds.of(SpeechWords.standard(), text, quoted, lower,
                        lowerBare(text, lower, possessive), word, capitalised);
    }

    /** Whether the token is quoted words (masked out when looking for speakers). */
    boolean quoted() {
        return (facts & QUOTED) != 0;
    }

    /** Whether the text starts with a letter or digit: the name-run rules ask for every token. */
    boolean word() {
        return (facts & WORD) != 0;
    }

    /**
     * Whether it starts with a capital letter, or with a lower-case surname particle before one ("al-Assad"), and is
     * an unquoted word: the capitals pass and both name-run passes ask it of every token, the run rules again of its
     * neighbours.
     */
    boolean capitalised() {
        return (facts & CAPITALISED) != 0;
    }

    /** Whether it ends in a possessive "’s" or "'s" ({@link #bare()} is shorter). */
    boolean possessive() {
        return (facts & POSSESSIVE) != 0;
    }

    /** What the standard word lists say of the word ({@link WordKinds}): the name-run and cue rules ask every token. */
    int kinds() {
        return facts & KINDS;
    }

    /**
     * Whether it is an unquoted word whose first char is a lower-case letter (the first pass counts these as seen in
     * lower case: it asks of every token).
     */
    boolean lowerWord() {
        return (facts & LOWER_WORD) != 0;
    }

    boolean isWord() {
        return word();
    }

    /**
     * Whether the text is {@code s} but for case; {@code s} is a word in ASCII lower case, as every caller's is. An
     * ASCII text is that word exactly when its lower case is: the rules ask this of most tokens, and comparing case by
     * case a char at a time cost more than the string's equality.
     */
    boolean is(String s) {
        return (facts & ASCII) != 0 ? lower.equals(s) : text.equalsIgnoreCase(s);
    }

    /** Whether the text is the one char {@code c}: asked of most tokens by most rules, so read from the facts. */
    boolean isPunct(char c) {
        return (facts & (ONE_CHAR | -1 << CHAR_SHIFT)) == (ONE_CHAR | c << CHAR_SHIFT);
    }

    /** The word without a possessive ending ("Putin’s" → "Putin"). */
    String bare() {
        return bare(text, possessive());
    }

    /** {@link #bare()} in lower case; without a possessive ending that is {@link #lower()}, made once. */
    String lowerBare() {
        return lowerBare(text, lower, possessive());
    }

    /** The one home of what a possessive ending is cut to: the word-list facts ask it before the token is made. */
    private static String bare(String text, boolean possessive) {
        return possessive ? text.substring(0, text.length() - 2) : text;
    }

    private static String lowerBare(String text, String lower, boolean possessive) {
        return possessive ? bare(text, true).toLowerCase(Locale.ROOT) : lower;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(String t) {
        return t.length() > 2 && (t.endsWith("’s") || t.endsWith("'s"));
    }

    private static boolean capitalised(String text, boolean quoted, boolean word) {
        if (quoted || !word) {
            return false;
        }
        if (Character.isUpperCase(text.codePointAt(0))) {
            return true;
        }
        int dash = text.indexOf('-');
        return dash > 0 && dash < 4 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1));
    }
}

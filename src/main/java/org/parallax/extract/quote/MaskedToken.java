package org.parallax.extract.quote;

import java.util.Locale;

/**
 * The text of a word or punctuation character of an article, with the quoted words masked, and what the rules ask of
 * it: made once per distinct word ({@link ArticleWords}, {@link CorpusWords}), shared by every token of the same
 * chars. Where a token stands is its article's {@link Tokens}: the corpus's tokens are live until its quotes are
 * found, several million at once, and an object per token (its offsets and its word) was most of the objects the
 * collector copied in that phase.
 *
 * @param lower     the text in lower case: every rule compares words in lower case, many times over
 * @param lowerBare the text in lower case without a possessive ending ({@link #lowerBare()}), {@code lower} itself
 *                  when it has none
 * @param facts     the word's facts as bits, tested once ({@link #quoted()}, {@link #isWord()},
 *                  {@link #capitalised()}, {@link #possessive()}, {@link #kinds()}, whether it is ASCII, its one char
 *                  if it has one)
 */
record MaskedToken(String text, String lower, String lowerBare, int facts) {

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
    /** The text is "of" or "for" but for case ({@link #ofOrFor()}). */
    private static final int OF_OR_FOR = 1 << 15;
    private static final int CHAR_SHIFT = 16;

    /**
     * The word every quoted word becomes, masked as "x" (a speaker is never read from inside a quote), its facts made
     * once: an article's quoted words are many.
     */
    static final MaskedToken QUOTED_WORD = of("x", true);

    /** The word whose text is {@code text}, with its lower case and facts. */
    static MaskedToken of(String text, boolean quoted) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean word = Character.isLetterOrDigit(text.codePointAt(0));
        boolean capitalised = capitalised(text, quoted, word);
        boolean possessive = possessive(text);
        String lowerBare = possessive ? bare(text, true).toLowerCase(Locale.ROOT) : lower;
        boolean lowerWord = word && !quoted && Character.isLowerCase(text.charAt(0));
        boolean ascii = ascii(text);
        int facts = (quoted ? QUOTED : 0) | (word ? WORD : 0) | (capitalised ? CAPITALISED : 0)
                | (possessive ? POSSESSIVE : 0) | (ascii ? ASCII : 0) | (lowerWord ? LOWER_WORD : 0)
                | (text.length() == 1 ? ONE_CHAR | text.charAt(0) << CHAR_SHIFT : 0)
                | (!quoted && (text.equalsIgnoreCase("of") || text.equalsIgnoreCase("for")) ? OF_OR_FOR : 0)
                | WordKinds.of(SpeechWords.standard(), text, quoted, lower, lowerBare, word, capitalised, ascii);
        return new MaskedToken(text, lower, lowerBare, facts);
    }

    /** Whether the token is quoted words (masked out when looking for speakers). */
    boolean quoted() {
        return (facts & QUOTED) != 0;
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

    /** Whether the text starts with a letter or digit: the name-run rules ask for every token. */
    boolean isWord() {
        return (facts & WORD) != 0;
    }

    /**
     * Whether the text is {@code s} but for case; {@code s} is a word in ASCII lower case, as every caller's is. An
     * ASCII text is that word exactly when its lower case is: the rules ask this of most tokens, and comparing case by
     * case a char at a time cost more than the string's equality.
     */
    boolean is(String s) {
        // the tests run with assertions: a caller passing "U.S." would be told there, not miss ASCII tokens silently
        assert asciiLowerCase(s) : "not ASCII lower case: " + s;
        // lengths first: most tokens asked are another word, and under C1 equals is two calls that are not inlined
        return (facts & ASCII) != 0 ? lower.length() == s.length() && lower.equals(s)
                : text.equalsIgnoreCase(s);
    }

    private static boolean asciiLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 128 || ch >= 'A' && ch <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code is("of") || is("for")}, read from the facts: the name-run rules ask it of every token that is no name's
     * word (a body's "Bank of America"), and two string compares per token cost more than the rest of the ask.
     */
    boolean ofOrFor() {
        return (facts & OF_OR_FOR) != 0;
    }

    /** Whether the text is the one char {@code c}: asked of most tokens by most rules, so read from the facts. */
    boolean isPunct(char c) {
        return (facts & (ONE_CHAR | -1 << CHAR_SHIFT)) == (ONE_CHAR | c << CHAR_SHIFT);
    }

    /** The word without a possessive ending ("Putin’s" → "Putin"). */
    String bare() {
        return bare(text, possessive());
    }

    /** The one home of what a possessive ending is cut to: the word-list facts ask it before the token is made. */
    private static String bare(String text, boolean possessive) {
        return possessive ? text.substring(0, text.length() - 2) : text;
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

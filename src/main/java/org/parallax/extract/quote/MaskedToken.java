package org.parallax.extract.quote;

import java.util.Locale;

/**
 * A word or a punctuation character of an article, by its offsets into the article text.
 *
 * @param quoted      whether the token is quoted words (masked out when looking for speakers)
 * @param lower       the text in lower case, made once: every rule compares words in lower case, many times over
 * @param word        whether the text starts with a letter or digit, tested once: the name-run rules ask for every
 *                    token
 * @param capitalised whether it starts with a capital letter, or with a lower-case surname particle before one
 *                    ("al-Assad"), and is an unquoted word; tested once: the capitals pass and both name-run passes
 *                    ask it of every token, and the run rules again of its neighbours
 * @param possessive  whether it ends in a possessive "’s" or "'s" ({@link #bare()} is shorter), tested once: the
 *                    name-run test asks it of every token
 * @param kinds       what the standard word lists say of the word ({@link WordKinds}), found once: the name-run and
 *                    cue rules ask it of every token in both passes
 */
record MaskedToken(int start, int end, String text, boolean quoted, String lower, boolean word, boolean capitalised,
        boolean possessive, int kinds) {

    MaskedToken(int start, int end, String text, boolean quoted) {
        this(start, end, text, quoted, text.toLowerCase(Locale.ROOT), Character.isLetterOrDigit(text.codePointAt(0)));
    }

    private MaskedToken(int start, int end, String text, boolean quoted, String lower, boolean word) {
        this(start, end, text, quoted, lower, word, capitalised(text, quoted, word), possessive(text));
    }

    private MaskedToken(int start, int end, String text, boolean quoted, String lower, boolean word,
            boolean capitalised, boolean possessive) {
        this(start, end, text, quoted, lower, word, capitalised, possessive,
                WordKinds.of(SpeechWords.standard(), text, quoted, lower, word, capitalised, possessive));
    }

    boolean isWord() {
        return word;
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean isPunct(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }

    /** The word without a possessive ending ("Putin’s" → "Putin"). */
    String bare() {
        return possessive ? text.substring(0, text.length() - 2) : text;
    }

    /** {@link #bare()} in lower case; without a possessive ending that is {@link #lower()}, made once. */
    String lowerBare() {
        return possessive ? bare().toLowerCase(Locale.ROOT) : lower;
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

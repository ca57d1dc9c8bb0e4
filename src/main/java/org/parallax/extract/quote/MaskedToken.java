package org.parallax.extract.quote;

import java.util.Locale;

/**
 * A word or a punctuation character of an article, by its offsets into the article text.
 *
 * @param quoted whether the token is quoted words (masked out when looking for speakers)
 * @param lower  the text in lower case, made once: every rule compares words in lower case, many times over
 * @param word   whether the text starts with a letter or digit, tested once: the name-run rules ask for every token
 */
record MaskedToken(int start, int end, String text, boolean quoted, String lower, boolean word) {

    MaskedToken(int start, int end, String text, boolean quoted) {
        this(start, end, text, quoted, text.toLowerCase(Locale.ROOT), Character.isLetterOrDigit(text.codePointAt(0)));
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
        String t = text;
        if (t.length() > 2 && (t.endsWith("’s") || t.endsWith("'s"))) {
            return t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** {@link #bare()} in lower case; without a possessive ending that is {@link #lower()}, made once. */
    String lowerBare() {
        String b = bare();
        return b.length() == text.length() ? lower : b.toLowerCase(Locale.ROOT);
    }

    boolean possessive() {
        return !bare().equals(text);
    }

    /** Starts with a capital letter, or with a lower-case surname particle before one ("al-Assad"). */
    boolean capitalised() {
        if (quoted || !isWord()) {
            return false;
        }
        if (Character.isUpperCase(text.codePointAt(0))) {
            return true;
        }
        int dash = text.indexOf('-');
        return dash > 0 && dash < 4 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1));
    }
}

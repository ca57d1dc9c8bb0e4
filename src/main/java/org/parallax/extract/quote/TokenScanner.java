package org.parallax.extract.quote;

/**
 * The tokens of a text as the pattern
 * {@code (?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]++(?:[-'’‐][\p{L}\p{M}\p{N}]++)*+|\S} finds them, by a char loop:
 * initials ("U.S."), a word with its inner hyphens and apostrophes ("al-Assad", "Putin’s"), else any one code point
 * that is not white space. Matching the pattern was a third of building an {@link ArticleText}; the loop reads the
 * masked chars without a string made of them and gives the same tokens (the pattern's character classes are general
 * categories, its white space the six ASCII spaces; a surrogate pair is one code point, a lone surrogate one char), as
 * {@code TokenScannerTest} checks against the pattern.
 */
final class TokenScanner {

    /** {@code [\p{L}\p{M}\p{N}]}: the general categories of letters, marks and numbers. */
    private static final int WORD = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private TokenScanner() {
    }

    /** {@code \s} of a pattern without Unicode classes: space, tab, line feed, vertical tab, form feed, return. */
    static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The end of the token that starts at {@code i}, whose char is no {@link #space}. */
    static int end(char[] s, int i) {
        int initials = initialsEnd(s, i);
        if (initials > i) {
            return initials;
        }
        int cp = Character.codePointAt(s, i);
        if (!wordChar(cp)) {
            return i + Character.charCount(cp);
        }
        int j = runEnd(s, i);
        while (j + 1 < s.length && separator(s[j]) && wordChar(Character.codePointAt(s, j + 1))) {
            j = runEnd(s, j + 1);
        }
        return j;
    }

    /** {@code (?:\p{Lu}\.){2,}}: the end of two or more capitals, each with a full stop, from {@code i}; else i. */
    private static int initialsEnd(char[] s, int i) {
        int j = i;
        int count = 0;
        while (j < s.length) {
            int cp = Character.codePointAt(s, j);
            int dot = j + Character.charCount(cp);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER || dot >= s.length || s[dot] != '.') {
                break;
            }
            j = dot + 1;
            count++;
        }
        return count >= 2 ? j : i;
    }

    /** The end of the letters, marks and numbers from {@code i}. */
    private static int runEnd(char[] s, int i) {
        int j = i;
        while (j < s.length) {
            int cp = Character.codePointAt(s, j);
            if (!wordChar(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean wordChar(int cp) {
        return (WORD >> Character.getType(cp) & 1) != 0;
    }

    /** {@code [-'’‐]}: a hyphen, an apostrophe, a right single quotation mark, a Unicode hyphen. */
    private static boolean separator(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‐';
    }
}

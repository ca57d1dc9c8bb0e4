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

    /**
     * Per Latin-1 char: {@link #WORD_CHAR} if it is one of {@code [\p{L}\p{M}\p{N}]}, {@link #UPPER} too if it is an
     * upper-case letter. Nearly every char of a text is Latin-1: under C1 each {@link Character#getType} was a call
     * through the char's {@code CharacterData} (a sixth of building an {@link ArticleText}), this is an array read.
     */
    private static final byte[] LATIN1 = new byte[256];
    static final byte WORD_CHAR = 1;
    static final byte UPPER = 2;

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = (byte) ((wordChar(c) ? WORD_CHAR : 0)
                    | (Character.getType(c) == Character.UPPERCASE_LETTER ? UPPER : 0));
        }
    }

    private TokenScanner() {
    }

    /** What {@link #LATIN1} says of the Latin-1 char {@code c} (for the test that checks it). */
    static byte latin1(char c) {
        return LATIN1[c];
    }

    /** {@code \s} of a pattern without Unicode classes: space, tab, line feed, vertical tab, form feed, return. */
    static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The end of the token that starts at {@code i}, whose char is no {@link #space}. */
    static int end(char[] s, int i) {
        char c = s[i];
        if (c < LATIN1.length) { // no surrogate: one char is the code point
            byte kind = LATIN1[c];
            if ((kind & WORD_CHAR) == 0) {
                return i + 1;
            }
            if ((kind & UPPER) == 0 || i + 1 >= s.length || s[i + 1] != '.') {
                return wordEnd(s, i); // no initials start here: they need a capital and its full stop
            }
        }
        return slowEnd(s, i);
    }

    /** {@link #end} from a char the Latin-1 fast path leaves to the general one. */
    private static int slowEnd(char[] s, int i) {
        int initials = initialsEnd(s, i);
        if (initials > i) {
            return initials;
        }
        int cp = Character.codePointAt(s, i);
        if (!wordChar(cp)) {
            return i + Character.charCount(cp);
        }
        return wordEnd(s, i);
    }

    /** The end of the word (letters, marks and numbers with inner separators) that starts at {@code i}. */
    private static int wordEnd(char[] s, int i) {
        int j = runEnd(s, i);
        while (j + 1 < s.length && separator(s[j]) && wordAt(s, j + 1)) {
            j = runEnd(s, j + 1);
        }
        return j;
    }

    /** Whether the code point at {@code j} is a letter, mark or number. */
    private static boolean wordAt(char[] s, int j) {
        char c = s[j];
        return c < LATIN1.length ? (LATIN1[c] & WORD_CHAR) != 0 : wordChar(Character.codePointAt(s, j));
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
            char c = s[j];
            if (c < LATIN1.length) {
                if ((LATIN1[c] & WORD_CHAR) == 0) {
                    break;
                }
                j++;
                continue;
            }
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

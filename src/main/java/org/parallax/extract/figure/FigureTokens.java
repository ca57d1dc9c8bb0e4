package org.parallax.extract.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.PatternSpace;

/**
 * The figure extractor's own tokenizer: words, numbers and symbols with their offsets in the article text.
 *
 * <p>Its own rather than a general word splitter's because numbers need exact handling: "4,000" and "1.2" stay one token, a
 * number glued to letters ("G20", "Su-24", "MH17", "20th", "$3bn") stays one token so names and ordinals never
 * look like counts, and addresses (URLs, e-mail) are one opaque token whose digits are never read.
 */
final class FigureTokens {

    enum Kind {
        /** Digits, with thousands commas and a decimal point: "4,000", "1.2", "2015". */
        NUMBER,
        /** Digits glued to letters: "20th", "1980s", "3bn", "10km", "3pm". */
        NUMBER_WORD,
        /** Letters, possibly with digits, apostrophes and inner hyphens: "Russia’s", "three-hour", "G20", "Su-24". */
        WORD,
        /** A currency sign, with its country prefix: "$", "US$", "€". */
        CURRENCY,
        /** A URL or an e-mail address. */
        ADDRESS,
        /** Any other single character: punctuation, "%", "/". */
        SYMBOL
    }

    /** An ASCII char in lower case (a letter) or itself. */
    static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * An address: a URL, an e-mail address, or a domain with one of the usual endings. Linear on any input: every
     * loop is possessive or bounded (an e-mail's local part is at most 64 characters, a domain label 63), so no
     * alternative scans further than its own token before failing. Tried only where {@link AddressStarts} says one may
     * start.
     */
    static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s\"“”<>]++"
            + "|[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+"
            + "|\\b(?:[\\w-]{1,63}+\\.){1,8}(?:com|org|net|gov|edu|info|co|uk|au|ru|de|fr|io|news)(?:/[^\\s\"“”<>]*+)?"
            + "(?!\\w)(?!\\.\\w)");
    /** Currency signs with a country's letters before them, tried in this order before the bare signs. */
    private static final List<String> PREFIXED_DOLLARS = List.of("US$", "AU$", "NZ$", "HK$", "CA$", "A$", "C$", "S$");
    private static final String SIGNS = "$€£¥₽₹";
    /**
     * The ASCII chars a currency token may start with: the first letters of {@link #PREFIXED_DOLLARS} and the ASCII
     * {@link #SIGNS}. No other ASCII char is tried as one (a table, where a string's {@code indexOf} was asked at every
     * token).
     */
    private static final boolean[] CURRENCY_FIRSTS = new boolean[128];
    /**
     * Each ASCII char as a one-char token's text, and its lower case: punctuation is most of the symbols, and a
     * token's text made anew for each was a string per comma and full stop.
     */
    private static final String[] ASCII_TOKENS = new String[128];
    private static final String[] ASCII_LOWER = new String[128];

    static {
        for (char c = 0; c < ASCII_TOKENS.length; c++) {
            ASCII_TOKENS[c] = String.valueOf(c);
        }
        for (char c = 0; c < ASCII_TOKENS.length; c++) {
            ASCII_LOWER[c] = ASCII_TOKENS[ASCII_TOKENS[c].toLowerCase(Locale.ROOT).charAt(0)];
        }
        for (String sign : PREFIXED_DOLLARS) {
            CURRENCY_FIRSTS[sign.charAt(0)] = true;
        }
        for (char c : SIGNS.toCharArray()) {
            if (c < 128) {
                CURRENCY_FIRSTS[c] = true;
            }
        }
    }
    /** Digits and groups read at most, as the pattern this scanner replaced bounded them (see {@link #numberWord}). */
    private static final int DIGITS = 64;
    private static final int GROUPS = 8;
    private static final int ABBREVIATION_LETTERS = 12;

    private FigureTokens() {
    }

    /**
     * The tokens of {@code text}, one pass over its characters. At each character that is not white space (space,
     * tab, line breaks, form feed) the first of these that reads there is the token: an address, a currency sign, a
     * number glued to letters, a number, a word, else the single character. Linear on any input: no kind reads past
     * its own token before failing. The chars are read from an array: a string's {@code charAt} checks its index in a
     * call of its own on a text with any non-Latin-1 char (a curly quote), which most news texts hold.
     */
    static List<FigureToken> of(String text) {
        return scan(text, text.toCharArray()).all();
    }

    /**
     * {@link #of(String)} as arrays, its chars {@code c} given (a copy the caller keeps and never changes): a token is
     * made only when asked for ({@link ScannedTokens#token}).
     */
    static ScannedTokens scan(String text, char[] c) {
        int capacity = c.length / 5 + 4; // about a token per five chars in news text
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        byte[] kinds = new byte[capacity]; // ordinals: a reference stored per token costs G1's write barrier under C1
        boolean[] spaceBefore = new boolean[capacity];
        boolean[] ascii = new boolean[capacity];
        int count = 0;
        AddressStarts addresses = AddressStarts.of(c);
        Matcher address = addresses == null ? null
                : ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int last = 0;
        int at = 0;
        int length = c.length;
        while (at < length) {
            char first = c[at];
            if (PatternSpace.is(first)) {
                at++;
                continue;
            }
            Kind kind;
            int end;
            // a number, glued to letters or not, starts with an ASCII digit; no other kind of token does
            if (address != null && addresses.mayStartAt(at) && address.region(at, length).lookingAt()) {
                kind = Kind.ADDRESS;
                end = address.end();
            } else if (first >= 'a' && first <= 'z') {
                // no currency sign nor number starts with one: a word, read here (half the tokens), not in word()
                kind = Kind.WORD;
                end = wordFrom(c, at + 1);
            } else if ((end = currency(text, c, at)) > at) {
                kind = Kind.CURRENCY;
            } else if (isDigit(first) && (end = numberWord(c, at)) > at) {
                kind = Kind.NUMBER_WORD;
            } else if (isDigit(first)) {
                kind = Kind.NUMBER;
                end = number(c, at);
            } else if ((end = word(c, at)) > at) {
                kind = Kind.WORD;
            } else {
                kind = Kind.SYMBOL;
                end = at + codePointLength(c, at);
            }
            if (count == starts.length) {
                int more = count * 2;
                starts = Arrays.copyOf(starts, more);
                ends = Arrays.copyOf(ends, more);
                kinds = Arrays.copyOf(kinds, more);
                spaceBefore = Arrays.copyOf(spaceBefore, more);
                ascii = Arrays.copyOf(ascii, more);
            }
            starts[count] = at;
            ends[count] = end;
            kinds[count] = (byte) kind.ordinal();
            spaceBefore[count] = at > last;
            ascii[count] = kind == Kind.NUMBER || (end == at + 1 ? first < 128 : isAscii(c, at, end));
            count++;
            last = end;
            at = end;
        }
        return new ScannedTokens(text, c, count, starts, ends, kinds, spaceBefore, ascii);
    }

    /** An ASCII char as a one-char token's text: one string each, shared by every such token. */
    static String oneCharText(char c) {
        return ASCII_TOKENS[c];
    }

    /** The lower case of {@link #oneCharText}. */
    static String oneCharLower(char c) {
        return ASCII_LOWER[c];
    }

    /** The chars of the code point at {@code at}: 2 for a surrogate pair, else 1 (as {@link Character#charCount}). */
    private static int codePointLength(char[] c, int at) {
        return Character.isHighSurrogate(c[at]) && at + 1 < c.length && Character.isLowSurrogate(c[at + 1]) ? 2 : 1;
    }

    private static boolean isAscii(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * "US$", "€": the end of the currency sign at {@code at}, or {@code at}. Asked at every token: a capital starts a
     * prefixed dollar only with "$" one or two chars on (every one is a capital or two and "$"), so the eight are
     * tried only then; a non-ASCII sign is told by a switch, where a string's {@code indexOf} was a call per curly quote.
     */
    private static int currency(String text, char[] c, int at) {
        char first = c[at];
        if (first >= 128) {
            return isSign(first) ? at + 1 : at;
        }
        if (!CURRENCY_FIRSTS[first]) {
            return at;
        }
        if (first == '$') {
            return at + 1;
        }
        if (!(at + 1 < c.length && c[at + 1] == '$') && !(at + 2 < c.length && c[at + 2] == '$')) {
            return at;
        }
        for (String sign : PREFIXED_DOLLARS) {
            if (sign.charAt(0) == first && text.startsWith(sign, at)) {
                return at + sign.length();
            }
        }
        return at;
    }

    /** One of {@link #SIGNS}. */
    private static boolean isSign(char c) {
        switch (c) {
            case '$', '€', '£', '¥', '₽', '₹':
                return true;
            default:
                return false;
        }
    }

    /**
     * "20th", "3bn", "1.5km", "1980s": digits (at most {@link #DIGITS}), at most
     * {@link #GROUPS} groups of a point or comma and digits, then a letter and letters or slashes; the end, or
     * {@code at}. Runs are taken whole up to their bound and never given back, so a longer run is no number word.
     */
    private static int numberWord(char[] c, int at) {
        int p = digits(c, at, DIGITS);
        if (p == at) {
            return at;
        }
        for (int g = 0; g < GROUPS && p + 1 < c.length && (c[p] == '.' || c[p] == ',') && isDigit(c[p + 1]); g++) {
            p = digits(c, p + 1, DIGITS);
        }
        if (p >= c.length || !isLetter(c, p)) {
            return at;
        }
        p += codePointLength(c, p);
        while (p < c.length && (c[p] == '/' || isLetter(c, p))) {
            p += codePointLength(c, p);
        }
        return p;
    }

    /**
     * "4,000", "1,234.5", "2015", "1.2": one to three digits and groups of a comma and three digits, or digits; then
     * a point and digits if they follow. The end, or {@code at}.
     */
    private static int number(char[] c, int at) {
        int p = digits(c, at, Integer.MAX_VALUE);
        if (p == at) {
            return at;
        }
        if (p - at <= 3) {
            int grouped = p;
            while (grouped + 3 < c.length && c[grouped] == ',' && isDigit(c[grouped + 1]) && isDigit(c[grouped + 2])
                    && isDigit(c[grouped + 3])) {
                grouped += 4;
            }
            p = grouped;
        }
        if (p + 1 < c.length && c[p] == '.' && isDigit(c[p + 1])) {
            p = digits(c, p + 1, Integer.MAX_VALUE);
        }
        return p;
    }

    /**
     * "U.S.": two to {@link #ABBREVIATION_LETTERS} capitals each with a point, no letter after; else "Russia’s",
     * "three-hour", "G20", "Su-24": a letter, letters, marks and digits, parts after an apostrophe (letters) and
     * after a hyphen (letters and digits, then their own apostrophe parts). The end, or {@code at}.
     */
    private static int word(char[] c, int at) {
        char first = c[at];
        if (first < 128 && !(first >= 'A' && first <= 'Z')) { // no ASCII letter: scan reads a lower-case word itself
            return at;
        }
        int p = at;
        int letters = 0;
        while (letters < ABBREVIATION_LETTERS && p < c.length && isUppercaseLetter(c, p)) {
            int next = p + codePointLength(c, p);
            if (next >= c.length || c[next] != '.') {
                break;
            }
            p = next + 1;
            letters++;
        }
        if (letters >= 2 && (p >= c.length || !isLetter(c, p))) {
            return p;
        }
        if (!isLetter(c, at)) {
            return at;
        }
        return wordFrom(c, at + codePointLength(c, at));
    }

    /** The end of a word whose first letter ends at {@code afterFirst}: see {@link #word}. */
    private static int wordFrom(char[] c, int afterFirst) {
        int p = skip(c, afterFirst, true, FigureTokens::isWordPart);
        p = apostropheParts(c, p);
        while (p + 1 < c.length && isHyphen(c[p]) && isLetterOrNumber(Character.codePointAt(c, p + 1))) {
            p = apostropheParts(c, skip(c, p + 1, true, FigureTokens::isLetterOrNumber));
        }
        return p;
    }

    /** The hyphens a word goes on after: "-", "‐", "‑". */
    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    /** "’s", "'n'roll": an apostrophe and letters, as often as they follow. */
    private static int apostropheParts(char[] c, int at) {
        int p = at;
        while (p + 1 < c.length && (c[p] == '\'' || c[p] == '’') && isLetter(c, p + 1)) {
            p = skip(c, p + 1, false, Character::isLetter);
        }
        return p;
    }

    /**
     * The end of the code points from {@code at} that {@code holds}; {@code holds} holds for ASCII letters, for ASCII
     * digits if {@code digits}, and for no other ASCII char, so those are read without a code point's properties.
     */
    private static int skip(char[] c, int at, boolean digits, java.util.function.IntPredicate holds) {
        int p = at;
        int length = c.length;
        while (p < length) {
            char ch = c[p];
            if (ch < 128) {
                if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || digits && ch >= '0' && ch <= '9')) {
                    return p;
                }
                p++;
            } else {
                int cp = Character.codePointAt(c, p);
                if (!holds.test(cp)) {
                    return p;
                }
                p += Character.charCount(cp);
            }
        }
        return p;
    }

    /** A letter at {@code p}; ASCII without a code point's properties. */
    private static boolean isLetter(char[] c, int p) {
        char ch = c[p];
        return ch < 128 ? ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' : Character.isLetter(Character.codePointAt(c, p));
    }

    /** A capital ({@link Character#UPPERCASE_LETTER}) at {@code p}; ASCII without a code point's properties. */
    private static boolean isUppercaseLetter(char[] c, int p) {
        char ch = c[p];
        return ch < 128 ? ch >= 'A' && ch <= 'Z' : Character.getType(Character.codePointAt(c, p)) == Character.UPPERCASE_LETTER;
    }

    /** The end of at most {@code most} ASCII digits from {@code at}. */
    private static int digits(char[] c, int at, int most) {
        int p = at;
        while (p < c.length && p - at < most && isDigit(c[p])) {
            p++;
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetter(cp) || isMark(cp) || isNumber(cp);
    }

    private static boolean isLetterOrNumber(int cp) {
        return Character.isLetter(cp) || isNumber(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}

package org.parallax.extract.figure;

import java.util.ArrayList;
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

    /** A token as figures read it: its text (and lower case), offsets, kind, and whether space stands before it. */
    record FigureToken(String text, String lower, int start, int end, Kind kind, boolean spaceBefore) {

        /** Whether this is {@code s}, case aside; the lengths first, where most tokens differ, small enough to inline. */
        boolean is(String s) {
            return text.length() == s.length() && text.equalsIgnoreCase(s);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isCapitalised() {
            return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        }
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
    /** The first letters of {@link #PREFIXED_DOLLARS}: no other char is tried against the list. */
    private static final String PREFIXED_DOLLAR_FIRSTS = PREFIXED_DOLLARS.stream().map(d -> d.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
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
    }
    private static final String SIGNS = "$€£¥₽₹";
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
     * its own token before failing.
     */
    static List<FigureToken> of(String text) {
        List<FigureToken> out = new ArrayList<>(text.length() / 5 + 4); // about a token per five chars in news text
        AddressStarts addresses = AddressStarts.of(text);
        Matcher address = addresses == null ? null
                : ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int last = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            char first = text.charAt(at);
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
            } else if ((end = currency(text, at)) > at) {
                kind = Kind.CURRENCY;
            } else if (isDigit(first) && (end = numberWord(text, at)) > at) {
                kind = Kind.NUMBER_WORD;
            } else if (isDigit(first)) {
                kind = Kind.NUMBER;
                end = number(text, at);
            } else if ((end = word(text, at)) > at) {
                kind = Kind.WORD;
            } else {
                kind = Kind.SYMBOL;
                end = at + Character.charCount(text.codePointAt(at));
            }
            if (end == at + 1 && first < ASCII_TOKENS.length) {
                out.add(new FigureToken(ASCII_TOKENS[first], ASCII_LOWER[first], at, end, kind, at > last));
            } else {
                String token = text.substring(at, end);
                out.add(new FigureToken(token, token.toLowerCase(Locale.ROOT), at, end, kind, at > last));
            }
            last = end;
            at = end;
        }
        return out;
    }

    /** "US$", "€": the end of the currency sign at {@code at}, or {@code at}. */
    private static int currency(String text, int at) {
        char c = text.charAt(at);
        if (PREFIXED_DOLLAR_FIRSTS.indexOf(c) >= 0) {
            for (String sign : PREFIXED_DOLLARS) {
                if (text.startsWith(sign, at)) {
                    return at + sign.length();
                }
            }
        }
        return SIGNS.indexOf(c) >= 0 ? at + 1 : at;
    }

    /**
     * "20th", "3bn", "1.5km", "1980s": digits (at most {@link #DIGITS}), at most
     * {@link #GROUPS} groups of a point or comma and digits, then a letter and letters or slashes; the end, or
     * {@code at}. Runs are taken whole up to their bound and never given back, so a longer run is no number word.
     */
    private static int numberWord(String text, int at) {
        int p = digits(text, at, DIGITS);
        if (p == at) {
            return at;
        }
        for (int g = 0; g < GROUPS && p + 1 < text.length() && (text.charAt(p) == '.' || text.charAt(p) == ',')
                && isDigit(text.charAt(p + 1)); g++) {
            p = digits(text, p + 1, DIGITS);
        }
        if (p >= text.length() || !Character.isLetter(text.codePointAt(p))) {
            return at;
        }
        p += Character.charCount(text.codePointAt(p));
        while (p < text.length() && (text.charAt(p) == '/' || Character.isLetter(text.codePointAt(p)))) {
            p += Character.charCount(text.codePointAt(p));
        }
        return p;
    }

    /**
     * "4,000", "1,234.5", "2015", "1.2": one to three digits and groups of a comma and three digits, or digits; then
     * a point and digits if they follow. The end, or {@code at}.
     */
    private static int number(String text, int at) {
        int p = digits(text, at, Integer.MAX_VALUE);
        if (p == at) {
            return at;
        }
        if (p - at <= 3) {
            int grouped = p;
            while (grouped + 3 < text.length() && text.charAt(grouped) == ',' && isDigit(text.charAt(grouped + 1))
                    && isDigit(text.charAt(grouped + 2)) && isDigit(text.charAt(grouped + 3))) {
                grouped += 4;
            }
            p = grouped;
        }
        if (p + 1 < text.length() && text.charAt(p) == '.' && isDigit(text.charAt(p + 1))) {
            p = digits(text, p + 1, Integer.MAX_VALUE);
        }
        return p;
    }

    /**
     * "U.S.": two to {@link #ABBREVIATION_LETTERS} capitals each with a point, no letter after; else "Russia’s",
     * "three-hour", "G20", "Su-24": a letter, letters, marks and digits, parts after an apostrophe (letters) and
     * after a hyphen (letters and digits, then their own apostrophe parts). The end, or {@code at}.
     */
    private static int word(String text, int at) {
        char c = text.charAt(at);
        if (c < 128 && !(c >= 'A' && c <= 'Z')) { // no capital, so no abbreviation: a lower-case word or none
            return c >= 'a' && c <= 'z' ? wordFrom(text, at + 1) : at;
        }
        int p = at;
        int letters = 0;
        while (letters < ABBREVIATION_LETTERS && p < text.length() && isUppercaseLetter(text, p)) {
            int next = p + Character.charCount(text.codePointAt(p));
            if (next >= text.length() || text.charAt(next) != '.') {
                break;
            }
            p = next + 1;
            letters++;
        }
        if (letters >= 2 && (p >= text.length() || !Character.isLetter(text.codePointAt(p)))) {
            return p;
        }
        if (!Character.isLetter(text.codePointAt(at))) {
            return at;
        }
        return wordFrom(text, at + Character.charCount(text.codePointAt(at)));
    }

    /** The end of a word whose first letter ends at {@code afterFirst}: see {@link #word}. */
    private static int wordFrom(String text, int afterFirst) {
        int p = skip(text, afterFirst, true, FigureTokens::isWordPart);
        p = apostropheParts(text, p);
        while (p + 1 < text.length() && "-‐‑".indexOf(text.charAt(p)) >= 0 && isLetterOrNumber(text.codePointAt(p + 1))) {
            p = apostropheParts(text, skip(text, p + 1, true, FigureTokens::isLetterOrNumber));
        }
        return p;
    }

    /** "’s", "'n'roll": an apostrophe and letters, as often as they follow. */
    private static int apostropheParts(String text, int at) {
        int p = at;
        while (p + 1 < text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '’')
                && Character.isLetter(text.codePointAt(p + 1))) {
            p = skip(text, p + 1, false, Character::isLetter);
        }
        return p;
    }

    /**
     * The end of the code points from {@code at} that {@code holds}; {@code holds} holds for ASCII letters, for ASCII
     * digits if {@code digits}, and for no other ASCII char, so those are read without a code point's properties.
     */
    private static int skip(String text, int at, boolean digits, java.util.function.IntPredicate holds) {
        int p = at;
        int length = text.length();
        while (p < length) {
            char c = text.charAt(p);
            if (c < 128) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digits && c >= '0' && c <= '9')) {
                    return p;
                }
                p++;
            } else {
                int cp = text.codePointAt(p);
                if (!holds.test(cp)) {
                    return p;
                }
                p += Character.charCount(cp);
            }
        }
        return p;
    }

    /** A capital ({@link Character#UPPERCASE_LETTER}) at {@code p}; ASCII without a code point's properties. */
    private static boolean isUppercaseLetter(String text, int p) {
        char c = text.charAt(p);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.getType(text.codePointAt(p)) == Character.UPPERCASE_LETTER;
    }

    /** The end of at most {@code most} ASCII digits from {@code at}. */
    private static int digits(String text, int at, int most) {
        int p = at;
        while (p < text.length() && p - at < most && isDigit(text.charAt(p))) {
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

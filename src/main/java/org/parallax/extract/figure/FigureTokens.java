package org.parallax.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isCapitalised() {
            return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        }
    }

    /*
     * Linear on any input: every loop is possessive or bounded (an e-mail's local part is at most 64 characters, a
     * domain label 63, an abbreviation's letters 12), so no alternative scans further than its own token before failing, and no repeated group
     * recurses once per repetition (a thousands-grouped number of a megabyte overflowed the stack).
     */
    private static final String ADDRESS = "(?<address>(?:https?://|www\\.)[^\\s\"“”<>]++|[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+"
            + "|\\b(?:[\\w-]{1,63}+\\.){1,8}(?:com|org|net|gov|edu|info|co|uk|au|ru|de|fr|io|news)(?:/[^\\s\"“”<>]*+)?(?!\\w)(?!\\.\\w))";
    private static final String OTHERS = "(?<currency>(?:US|AU|NZ|HK|CA|A|C|S)\\$|[$€£¥₽₹])"
            + "|(?<numword>\\d{1,64}+(?:[.,]\\d{1,64}+){0,8}+\\p{L}[\\p{L}/]*+)"
            + "|(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d++)?|\\d++(?:\\.\\d++)?)"
            + "|(?<word>(?:\\p{Lu}\\.){2,12}+(?!\\p{L})|[\\p{L}][\\p{L}\\p{M}\\p{N}]*+(?:['’][\\p{L}]++)*+(?:[-‐‑][\\p{L}\\p{N}]++(?:['’][\\p{L}]++)*+)*+)"
            + "|(?<symbol>\\S)";
    private static final Pattern TOKEN = Pattern.compile(ADDRESS + "|" + OTHERS);
    /**
     * The same without addresses, for a text that holds none of what every address holds ("://", "www.", "@", a dot
     * before one of the address's endings): the address alternative, tried first at every token, then never matches.
     */
    private static final Pattern TOKEN_NO_ADDRESS = Pattern.compile(OTHERS);
    private static final List<String> ADDRESS_PARTS = List.of("://", "www.", "@", ".co", ".org", ".net", ".gov",
            ".edu", ".info", ".uk", ".au", ".ru", ".de", ".fr", ".io", ".news");

    private FigureTokens() {
    }

    static List<FigureToken> of(String text) {
        List<FigureToken> out = new ArrayList<>();
        boolean addresses = ADDRESS_PARTS.stream().anyMatch(text::contains);
        Matcher m = (addresses ? TOKEN : TOKEN_NO_ADDRESS).matcher(text);
        int last = 0;
        while (m.find()) {
            Kind kind; // by where a group starts: asking a group's text would copy it
            if (addresses && m.start("address") >= 0) {
                kind = Kind.ADDRESS;
            } else if (m.start("currency") >= 0) {
                kind = Kind.CURRENCY;
            } else if (m.start("numword") >= 0) {
                kind = Kind.NUMBER_WORD;
            } else if (m.start("number") >= 0) {
                kind = Kind.NUMBER;
            } else if (m.start("word") >= 0) {
                kind = Kind.WORD;
            } else {
                kind = Kind.SYMBOL;
            }
            String word = m.group();
            out.add(new FigureToken(word, word.toLowerCase(Locale.ROOT), m.start(), m.end(), kind, m.start() > last));
            last = m.end();
        }
        return out;
    }
}

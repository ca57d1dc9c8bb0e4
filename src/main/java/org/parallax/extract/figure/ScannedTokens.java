package org.parallax.extract.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.extract.figure.FigureTokens.Kind;

/**
 * The tokens of one text as {@link FigureTokens} scanned them, in arrays: offsets, kind, space before, all ASCII.
 * What the figures ask of every token (its kind, its first char, whether it is "a" or may be a number word) is read
 * here; a {@link FigureToken} is made for a token only when one is asked for ({@link #token}), which the figures do
 * for the tokens around a number and the clauses they tag. An object per token of every article (nine fields, most
 * of them never read) was a tenth of the stage's samples at 16,000 articles (decision 0086). Not for sharing between
 * threads: tokens are made and kept without a lock, as a token's strings are.
 */
final class ScannedTokens {

    /** The kinds by ordinal, one array shared (an enum's {@code values()} copies its own each call). */
    private static final Kind[] KINDS = Kind.values();

    private final String text;
    private final char[] chars;
    private final int count;
    private final int[] starts;
    private final int[] ends;
    /** Each token's {@link Kind} by its ordinal ({@link #KINDS}). */
    private final byte[] kinds;
    private final boolean[] spaceBefore;
    private final boolean[] ascii;
    /** The tokens made so far, by index; null where none was asked for. */
    private final FigureToken[] made;
    /**
     * The texts asked for ({@link #text}) of tokens not made then, by index; made with the first. A token made later
     * takes its text from here, so it is made once.
     */
    private String[] texts;

    /** The arrays are the scanner's own (the first {@code count} entries hold), kept and never changed. */
    ScannedTokens(String text, char[] chars, int count, int[] starts, int[] ends, byte[] kinds, boolean[] spaceBefore,
                  boolean[] ascii) {
        this.text = text;
        this.chars = chars;
        this.count = count;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.spaceBefore = spaceBefore;
        this.ascii = ascii;
        this.made = new FigureToken[count];
    }

    int count() {
        return count;
    }

    /** Token i, made on first ask and kept, so it answers as one token made for every token would. */
    FigureToken token(int i) {
        FigureToken token = made[i];
        return token != null ? token : make(i);
    }

    private FigureToken make(int i) {
        int start = starts[i];
        char first = chars[start];
        boolean asciiChar = ends[i] == start + 1 && first < 128; // one-char ASCII tokens share their strings
        String known = asciiChar ? FigureTokens.oneCharText(first) : texts != null ? texts[i] : null;
        FigureToken token = FigureToken.scanned(text, chars, start, ends[i], KINDS[kinds[i]], spaceBefore[i], ascii[i],
                known, asciiChar ? FigureTokens.oneCharLower(first) : null);
        made[i] = token;
        return token;
    }

    /**
     * Token i's text ({@link FigureToken#text}), without making the token: the tagger reads the text of every word of
     * the clauses it tags, and the finder asks little else of most of them. Kept for the token if it is made later.
     */
    String text(int i) {
        FigureToken token = made[i];
        if (token != null) {
            return token.text();
        }
        if (texts == null) {
            texts = new String[count];
        }
        String s = texts[i];
        if (s == null) {
            int start = starts[i];
            char first = chars[start];
            s = ends[i] == start + 1 && first < 128 ? FigureTokens.oneCharText(first) : text.substring(start, ends[i]);
            texts[i] = s;
        }
        return s;
    }

    /** Every token, made: for a reader of the whole list (the lexicon's phrases, tests). */
    List<FigureToken> all() {
        List<FigureToken> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(token(i));
        }
        return out;
    }

    Kind kind(int i) {
        return KINDS[kinds[i]];
    }

    /** The start of every token, in order: a new array (for tests). */
    int[] starts() {
        return Arrays.copyOf(starts, count);
    }

    /** The offset token i starts at. */
    int start(int i) {
        return starts[i];
    }

    /** The first char of token i. */
    char firstChar(int i) {
        return chars[starts[i]];
    }

    /**
     * Whether token i is "a" or "an", case aside ({@link FigureToken#is} of both): an ASCII token told from its chars;
     * a longer token is neither (as {@code is} compares lengths first).
     */
    boolean isAOrAn(int i) {
        int start = starts[i];
        int length = ends[i] - start;
        if (length > 2) {
            return false;
        }
        if (!ascii[i]) {
            FigureToken token = token(i);
            return token.is("a") || token.is("an");
        }
        return FigureTokens.asciiLower(chars[start]) == 'a'
                && (length == 1 || FigureTokens.asciiLower(chars[start + 1]) == 'n');
    }

    /**
     * False where no figure starts at token i, told from the arrays alone: a figure starts at a number, a number glued
     * to letters, a currency sign, "a" or "an", or a word shaped like a number word ({@link FigureFinder}'s
     * {@code at} returns none anywhere else). Asked of every token, in one call where the finder asked its kind three
     * times and the word's tests through two objects each.
     */
    boolean mayStartFigure(int i, FigureWords lexicon) {
        Kind kind = KINDS[kinds[i]];
        if (kind != Kind.WORD) {
            return kind == Kind.NUMBER || kind == Kind.NUMBER_WORD || kind == Kind.CURRENCY;
        }
        if (!ascii[i]) {
            return isAOrAn(i) || mayBeNumberWord(i, lexicon);
        }
        int start = starts[i];
        int length = ends[i] - start;
        char first = FigureTokens.asciiLower(chars[start]);
        if (first == 'a' && (length == 1 || length == 2 && FigureTokens.asciiLower(chars[start + 1]) == 'n')) {
            return true;
        }
        return length > 0 && lexicon.mayBeNumberWord(first, FigureTokens.asciiLower(chars[start + length - 1]), length);
    }

    /**
     * False where word i is certainly no number word ({@link FigureWords#mayBeNumberWord(FigureToken)}): an ASCII
     * token's shape read from its chars, without making the token.
     */
    boolean mayBeNumberWord(int i, FigureWords lexicon) {
        if (!ascii[i]) {
            return lexicon.mayBeNumberWord(token(i));
        }
        int start = starts[i];
        int length = ends[i] - start;
        return length > 0 && lexicon.mayBeNumberWord(FigureTokens.asciiLower(chars[start]),
                FigureTokens.asciiLower(chars[start + length - 1]), length);
    }
}

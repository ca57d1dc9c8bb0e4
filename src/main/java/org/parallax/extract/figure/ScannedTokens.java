package org.parallax.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.Sentence;

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
        String shared = sharedText(start, ends[i]);
        String known = shared != null ? shared : texts != null ? texts[i] : null;
        FigureToken token = FigureToken.scanned(text, chars, start, ends[i], KINDS[kinds[i]], spaceBefore[i], ascii[i],
                known, shared != null ? FigureTokens.oneCharLower(chars[start]) : null);
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
            s = sharedText(starts[i], ends[i]);
            if (s == null) {
                s = text.substring(starts[i], ends[i]);
            }
            texts[i] = s;
        }
        return s;
    }

    /** The string a one-char ASCII token {@code [start, end)} shares with every such token; null for any other. */
    private String sharedText(int start, int end) {
        char first = chars[start];
        return end == start + 1 && first < 128 ? FigureTokens.oneCharText(first) : null;
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

    /**
     * The first token of each sentence of {@code sentences} that holds a token, written to {@code first}, and how many
     * ({@link Sentence#tokenStarts}, read from the starts in place).
     */
    int sentenceStarts(List<Sentence> sentences, int[] first) {
        return Sentence.tokenStarts(sentences, starts, count, first);
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
        return asciiAOrAn(start, length);
    }

    /** Whether the ASCII token of {@code length} chars from {@code start} is "a" or "an", case aside. */
    private boolean asciiAOrAn(int start, int length) {
        return length <= 2 && FigureTokens.asciiLower(chars[start]) == 'a'
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
        return asciiAOrAn(start, length) || asciiMayBeNumberWord(start, length, lexicon);
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
        return asciiMayBeNumberWord(start, ends[i] - start, lexicon);
    }

    /** {@link #mayBeNumberWord} of the ASCII token of {@code length} chars from {@code start}, read from its chars. */
    private boolean asciiMayBeNumberWord(int start, int length, FigureWords lexicon) {
        return length > 0 && lexicon.mayBeNumberWord(FigureTokens.asciiLower(chars[start]),
                FigureTokens.asciiLower(chars[start + length - 1]), length);
    }
}

package org.parallax.extract.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.Sentence;
import org.parallax.text.WordFeatures;

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
    private static final int WORD = Kind.WORD.ordinal();
    private static final int NUMBER = Kind.NUMBER.ordinal();
    private static final int NUMBER_WORD = Kind.NUMBER_WORD.ordinal();
    private static final int CURRENCY = Kind.CURRENCY.ordinal();
    private static final int SYMBOL = Kind.SYMBOL.ordinal();

    /**
     * The clauses of the tokens, the unit of tagging ({@link FigureText}): the end of each in order (the first
     * {@code count}; a clause starts where the one before ends, the first at token 0), and the most tokens one holds.
     */
    record Clauses(int[] ends, int count, int longest) {
    }

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
     * The texts of tokens whose features were asked for ({@link #features}) before they were made, by index; made with
     * the first. A token made later takes its text from here, so it is made once.
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
     * What the tagger reads of token i ({@link org.parallax.text.PartsOfSpeech#features} of its text), without making
     * the token: the tagger reads every word of the clauses it tags, and the finder asks little else of most of them.
     * Taken from the thread's {@code words}, which keep it with the word's string (no substring per word, no look-up in
     * the tagger's map of strings); the string is kept for the token if it is made later.
     */
    WordFeatures features(int i, WordStrings words) {
        int start = starts[i];
        if (ends[i] == start + 1 && chars[start] < 128) {
            return words.oneCharFeatures(chars[start]);
        }
        // a made token's text is these chars too: its features are found by them as well
        int number = words.number(chars, start, ends[i]);
        if (made[i] == null) {
            if (texts == null) {
                texts = new String[count];
            }
            if (texts[i] == null) {
                texts[i] = words.string(number);
            }
        }
        return words.features(number);
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

    /**
     * The {@link Clauses}, {@code sentence} holding each token's sentence: a clause ends where a sentence does and after
     * , ; : ( ) and the quotation marks and dashes ({@link FigureText#isClauseMark}); a symbol where a clause ends is
     * its last token, any symbol, not only a mark. Read from the arrays in locals: a call per token read its kind and
     * first char from the fields (a tenth of the figures' set-up).
     */
    Clauses clauses(int[] sentence) {
        byte[] kinds = this.kinds;
        int[] starts = this.starts;
        char[] chars = this.chars;
        int n = count;
        // at most n + 1 clauses (each holds a token, but for an empty one at the end); news has a mark every few words
        int[] ends = new int[Math.min(n + 1, 16 + n / 4)];
        int found = 0;
        int from = 0;
        int longest = 0;
        for (int i = 0; i < n; i++) {
            boolean symbol = kinds[i] == SYMBOL;
            if ((i > from && sentence[i] != sentence[i - 1]) || symbol && FigureText.isClauseMark(chars[starts[i]])) {
                int to = symbol ? i + 1 : i;
                longest = Math.max(longest, to - from);
                if (found == ends.length) {
                    ends = Arrays.copyOf(ends, Math.min(n + 1, found * 2));
                }
                ends[found++] = to;
                from = to;
            }
        }
        if (found == ends.length) {
            ends = Arrays.copyOf(ends, Math.min(n + 1, found * 2));
        }
        ends[found++] = n; // the last clause, empty if a mark ended the one before
        return new Clauses(ends, found, Math.max(longest, n - from));
    }

    boolean spaceBefore(int i) {
        return spaceBefore[i];
    }

    /**
     * Whether token i is {@code s}, case aside ({@link FigureToken#is}): the lengths first, then an ASCII token's chars
     * while {@code s} is ASCII too, without making it; else the token, made, answers.
     */
    boolean is(int i, String s) {
        int start = starts[i];
        int length = s.length();
        if (ends[i] - start != length) {
            return false;
        }
        if (!ascii[i]) {
            return token(i).is(s);
        }
        for (int k = 0; k < length; k++) {
            char b = s.charAt(k);
            if (b >= 128) {
                if (Character.toUpperCase(b) == b && Character.toLowerCase(b) == b) {
                    return false; // no ASCII char equals a char without case ("–"), case aside
                }
                return token(i).is(s);
            }
            if (FigureTokens.asciiLower(chars[start + k]) != FigureTokens.asciiLower(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token i's lower case is certainly longer than {@code most} chars: an ASCII token's is as long as it is (a
     * non-ASCII one is not told).
     */
    boolean lowerLongerThan(int i, int most) {
        return ascii[i] && ends[i] - starts[i] > most;
    }

    /**
     * Whether token i differs from its lower case ({@link FigureToken#lower}): an ASCII token holds a capital, told
     * from its chars; a non-ASCII one is made and asked.
     */
    boolean notLowerCase(int i) {
        if (!ascii[i]) {
            FigureToken token = token(i);
            return !token.text().equals(token.lower());
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            if (chars[k] >= 'A' && chars[k] <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** The chars of token i: its text's length. */
    int length(int i) {
        return ends[i] - starts[i];
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

    /**
     * Token i's lower case written into {@code into}, its length returned, when the token is ASCII (its lower case is
     * its chars with A-Z folded, as {@link FigureToken#lower} makes it), holds no '-' and fits; else -1.
     */
    int asciiLowerWithoutDash(int i, char[] into) {
        int start = starts[i];
        int length = ends[i] - start;
        if (!ascii[i] || length > into.length) {
            return -1;
        }
        for (int k = 0; k < length; k++) {
            char c = chars[start + k];
            if (c == '-') {
                return -1;
            }
            into[k] = FigureTokens.asciiLower(c);
        }
        return length;
    }

    /** Whether the ASCII token of {@code length} chars from {@code start} is "a" or "an", case aside. */
    private boolean asciiAOrAn(int start, int length) {
        return length <= 2 && FigureTokens.asciiLower(chars[start]) == 'a'
                && (length == 1 || FigureTokens.asciiLower(chars[start + 1]) == 'n');
    }

    /**
     * The first token from {@code from} on where a figure may start, or the count if none, told from the arrays alone:
     * a figure starts at a number, a number glued to letters, a currency sign, "a" or "an", or a word shaped like a
     * number word ({@link FigureFinder}'s {@code at} returns none anywhere else). The finder's walk over every token
     * (nine in ten start none) in one call with the arrays in locals, where a call per token read its kind and shape
     * from the fields again.
     */
    int nextMayStartFigure(int from, FigureWords lexicon) {
        byte[] kinds = this.kinds;
        boolean[] ascii = this.ascii;
        int[] starts = this.starts;
        int[] ends = this.ends;
        for (int i = from; i < count; i++) {
            int kind = kinds[i];
            if (kind != WORD) {
                if (kind == NUMBER || kind == NUMBER_WORD || kind == CURRENCY) {
                    return i;
                }
            } else if (ascii[i]) {
                int start = starts[i];
                int length = ends[i] - start;
                if (asciiAOrAn(start, length) || asciiMayBeNumberWord(start, length, lexicon)) {
                    return i;
                }
            } else if (isAOrAn(i) || mayBeNumberWord(i, lexicon)) {
                return i;
            }
        }
        return count;
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

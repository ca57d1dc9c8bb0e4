package org.parallax.extract.figure;

import java.util.Locale;
import org.parallax.extract.figure.FigureTokens.Kind;

/**
 * A token as figures read it: its offsets, kind, whether space stands before it, and its text and lower case. The
 * two strings are made on first read, not by the scanner: most tokens are only ever asked their kind and shape
 * (figures read the words around a number, the tagger those of the clauses it tags), and the scanner's substring
 * and lower case for every token were half of its time. Once read they are kept, so a token answers as a record
 * of the six values would. Not for sharing between threads: a token stays with the extraction that scanned it
 * (decision 0069).
 */
final class FigureToken {

    /** The text scanned, as a string and as chars (shared by its tokens), or null for a token made from its text. */
    private final String source;
    private final char[] chars;
    private final int start;
    private final int end;
    private final Kind kind;
    private final boolean spaceBefore;
    /** Every char is ASCII, so its lower case has the same length and is told char by char. */
    private final boolean ascii;
    private String text;
    private String lower;

    private FigureToken(String source, char[] chars, int start, int end, Kind kind, boolean spaceBefore,
                        boolean ascii) {
        this.source = source;
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.spaceBefore = spaceBefore;
        this.ascii = ascii;
    }

    /**
     * A token of {@code source} (its chars {@code chars}, shared, never changed), its strings made when asked unless
     * given ({@code text} and {@code lower}, or nulls).
     */
    static FigureToken scanned(String source, char[] chars, int start, int end, Kind kind, boolean spaceBefore,
                               boolean ascii, String text, String lower) {
        FigureToken token = new FigureToken(source, chars, start, end, kind, spaceBefore, ascii);
        token.text = text;
        token.lower = lower;
        return token;
    }

    /** A token with its text and lower case given ({@code text} is the text's chars from start to end). */
    FigureToken(String text, String lower, int start, int end, Kind kind, boolean spaceBefore) {
        this(null, null, start, end, kind, spaceBefore, text.chars().allMatch(c -> c < 128));
        this.text = text;
        this.lower = lower;
    }

    String text() {
        String s = text;
        if (s == null) {
            s = source.substring(start, end);
            text = s;
        }
        return s;
    }

    String lower() {
        String s = lower;
        if (s == null) {
            s = text().toLowerCase(Locale.ROOT);
            lower = s;
        }
        return s;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Kind kind() {
        return kind;
    }

    boolean spaceBefore() {
        return spaceBefore;
    }

    /** Whether every char is ASCII. */
    boolean ascii() {
        return ascii;
    }

    /** The text's length (its lower case's too when {@link #ascii}). */
    int length() {
        return text != null ? text.length() : end - start;
    }

    /** The text's char at {@code i}, read without making the text. */
    char charAt(int i) {
        return chars != null ? chars[start + i] : text.charAt(i);
    }

    /**
     * Whether this is {@code s}, case aside ({@link String#equalsIgnoreCase}); the lengths first, where most tokens
     * differ. An ASCII token is compared char by char without its text while {@code s} is ASCII too: a non-ASCII
     * char may equal an ASCII one case aside ("ı" and "I"), so from one on the two are compared as strings.
     */
    boolean is(String s) {
        int length = s.length();
        if (length() != length) {
            return false;
        }
        if (text == null && ascii) {
            for (int i = 0; i < length; i++) {
                char b = s.charAt(i);
                if (b >= 128) {
                    return text().equalsIgnoreCase(s);
                }
                if (FigureTokens.asciiLower(chars[start + i]) != FigureTokens.asciiLower(b)) {
                    return false;
                }
            }
            return true;
        }
        return text().equalsIgnoreCase(s);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(charAt(0));
    }

    @Override
    public String toString() {
        return kind + ":" + start + "-" + end + ":" + text();
    }
}

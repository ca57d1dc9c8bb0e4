package org.parallax.text;

/**
 * White space as a regular expression's {@code \s} reads it without {@code UNICODE_CHARACTER_CLASS}: space, tab, line
 * feed, vertical tab, form feed, carriage return (a no-break space is not one). The home of that test for the char
 * loops that stand in for patterns, so they split where the patterns did.
 */
public final class PatternSpace {

    /** The six chars, for building a set or a class. */
    public static final String CHARS = " \t\n\u000B\f\r";
    /** Line ends outside {@code \s} before which {@code $} also matches at the end of a text. */
    public static final String OTHER_LINE_ENDS = "\u0085\u2028\u2029";

    private PatternSpace() {
    }

    public static boolean is(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}

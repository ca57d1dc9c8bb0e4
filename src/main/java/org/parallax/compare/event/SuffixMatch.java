package org.parallax.compare.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.PatternSpace;

/**
 * The match of a pattern anchored at the end ({@code (?:...)+$}) of a text, looked for only in the run of chars at
 * the end that a match can hold: a search for the leftmost match otherwise tries the pattern at every position of the
 * text, and labels run it over every statement.
 */
final class SuffixMatch {

    /** ASCII white space, as {@code \s} matches it. */
    /** Line breaks outside {@code \s} before which {@code $} also matches at the end of a text. */
    private static final String OTHER_LINE_ENDS = "\u0085\u2028\u2029";

    private SuffixMatch() {
    }

    /**
     * The chars a match of a pattern of these words (ASCII case-insensitive, {@code (?i)}), white space and these
     * marks can hold.
     */
    static String charsOf(List<String> words, String marks) {
        StringBuilder b = new StringBuilder(PatternSpace.CHARS).append(marks);
        for (String w : words) {
            b.append(w.toLowerCase(Locale.ROOT)).append(w.toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    /**
     * The leftmost match of {@code endAnchored} in {@code s}, or null; {@code chars} are all the chars a match can
     * hold ({@link #charsOf}). The search starts where the run of such chars that ends {@code s} starts, no match
     * starting before; the bounds are transparent, so the pattern still sees the char before that run.
     */
    static Matcher find(Pattern endAnchored, String chars, String s) {
        Matcher m = endAnchored.matcher(s);
        int n = s.length();
        if (n == 0 || OTHER_LINE_ENDS.indexOf(s.charAt(n - 1)) < 0) { // else $ may match before it: search it all
            int from = n;
            while (from > 0 && chars.indexOf(s.charAt(from - 1)) >= 0) {
                from--;
            }
            m.region(from, n).useTransparentBounds(true);
        }
        return m.find() ? m : null;
    }
}

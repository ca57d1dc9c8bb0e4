package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.PatternSpace;

/**
 * The match of a pattern anchored at the end ({@code (?:...)+$}) of a text, looked for only in the run at the end that
 * a match can hold: a search for the leftmost match otherwise tries the pattern at every position of the text, and
 * labels run it over every statement. The pattern's matches are made of white space, a few marks and a few ASCII
 * words (in any ASCII case, as {@code (?i)} reads them), each word a whole run of ASCII letters (white space or a char
 * no word holds before it, white space or a char no word holds after it: {@code \b} or {@code \s} on both sides). So
 * the run is read back from the end as marks and whole words: it stops at the first run of letters that is none of
 * the words. Taking every letter of the words as a char the run may hold, as before, let it run back over most of a
 * label's words (their letters are most of the alphabet) and the pattern was tried after each.
 */
final class SuffixMatch {

    private final Pattern endAnchored;
    /** The words' parts ("as of": "as", "of"), lower-case. */
    private final List<String> words;
    /** White space ({@code \s}) and the marks: the chars a match holds besides the words' letters. */
    private final String marks;

    private SuffixMatch(Pattern endAnchored, List<String> words, String marks) {
        this.endAnchored = endAnchored;
        this.words = words;
        this.marks = marks;
    }

    /**
     * For {@code endAnchored}, whose matches hold nothing but white space, {@code marks} (none an ASCII letter) and
     * {@code words} (ASCII letters, a word of several split at single spaces), each a whole run of ASCII letters.
     * Precondition, the caller's: no match of the pattern is empty ({@code (?:...)+$}, as those of {@link Labels}).
     * Only a pattern that matches the empty text is refused here; one that matches empty only after some text
     * ({@code \b(?:on\s+)*$} at the end of "word") passes, and {@link #find} would miss that empty match.
     */
    static SuffixMatch of(Pattern endAnchored, List<String> words, String marks) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            for (String part : w.split(" ")) {
                if (part.isEmpty() || !part.chars().allMatch(SuffixMatch::isAsciiLetter)) {
                    throw new IllegalArgumentException("not a word of ASCII letters: '" + part + "'");
                }
                parts.add(part.toLowerCase(Locale.ROOT));
            }
        }
        if (marks.chars().anyMatch(SuffixMatch::isAsciiLetter)) {
            throw new IllegalArgumentException("a letter among the marks: '" + marks + "'");
        }
        if (endAnchored.matcher("").find()) {
            throw new IllegalArgumentException("a pattern that matches the empty text: " + endAnchored);
        }
        return new SuffixMatch(endAnchored, List.copyOf(parts), PatternSpace.CHARS + marks);
    }

    /**
     * The leftmost match of the pattern in {@code s}, or null. The search starts where the run of marks and words that
     * ends {@code s} starts, no match starting before; the bounds are transparent, so the pattern still sees the char
     * before that run.
     */
    Matcher find(String s) {
        int n = s.length();
        // after another line end $ may match before it: there the whole text is searched
        if (n > 0 && PatternSpace.OTHER_LINE_ENDS.indexOf(s.charAt(n - 1)) >= 0) {
            Matcher m = endAnchored.matcher(s);
            return m.find() ? m : null;
        }
        int from = runStart(s);
        if (from == n) {
            return null; // no run of marks and words ends the text, and no match is empty (of's precondition)
        }
        Matcher m = endAnchored.matcher(s);
        m.region(from, n).useTransparentBounds(true);
        return m.find() ? m : null;
    }

    /**
     * Where the run of marks and whole words that ends {@code s} starts. A run of letters met there is a whole one:
     * the char after it is the end, a mark or white space, or a word's first letter's neighbour that ended a run.
     */
    private int runStart(String s) {
        int from = s.length();
        while (from > 0) {
            char c = s.charAt(from - 1);
            if (isAsciiLetter(c)) {
                int start = from - 1;
                while (start > 0 && isAsciiLetter(s.charAt(start - 1))) {
                    start--;
                }
                if (!isWord(s, start, from)) {
                    return from;
                }
                from = start;
            } else if (marks.indexOf(c) >= 0) {
                from--;
            } else {
                return from;
            }
        }
        return from;
    }

    /** Whether {@code s[start, end)} is one of the words in any ASCII case. */
    private boolean isWord(String s, int start, int end) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() == end - start && s.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A letter {@code (?i)} folds without {@code UNICODE_CASE}: the one test of the package's end-anchored readers. */
    static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

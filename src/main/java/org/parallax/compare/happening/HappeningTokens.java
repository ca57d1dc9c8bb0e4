package org.parallax.compare.happening;

import java.util.Arrays;
import org.parallax.text.PatternSpace;

/**
 * The tokens of a stretch of text as the pattern {@code [\p{L}\p{N}]++(?:['’\-.][\p{L}\p{N}]++)*+|[^\s\p{L}\p{N}]}
 * finds them (words with their inner apostrophes, hyphens and dots, and each other character that is not white
 * space), read char by char from the text's chars: the pattern was a tenth of the coverages' work, when every sentence
 * was read twice (for the classes its words may hold, then for tagging; now once, {@link HappeningText}), and reading
 * the text's {@code String} char by char checked every index of a text with curly quotes (UTF-16) in a call C1 does
 * not inline. {@code HappeningTokensTest} holds it to the pattern.
 */
final class HappeningTokens {

    int[] starts = new int[32];
    int[] ends = new int[32];
    int count;

    /**
     * The tokens of {@code [from, to)} of the text whose chars are {@code text} (all of them: a pair of surrogates is
     * read across {@code to}, as {@code String.codePointAt} reads it), as the pattern's {@code find} gives them in that
     * region.
     */
    static HappeningTokens of(char[] text, int from, int to) {
        HappeningTokens out = new HappeningTokens();
        int i = from;
        while (i < to) {
            char c = text[i];
            if (PatternSpace.is(c)) {
                i++;
                continue;
            }
            int end = run(text, i, to);
            if (end < 0) {
                end = i + Character.charCount(Character.codePointAt(text, i)); // one character, a pair whole
                if (end > to) {
                    break; // a pair the region's end cuts: the pattern finds nothing more
                }
            } else {
                while (end < to) {
                    char j = text[end];
                    int next = j == '\'' || j == '’' || j == '-' || j == '.' ? run(text, end + 1, to) : -1;
                    if (next < 0) {
                        break;
                    }
                    end = next;
                }
            }
            out.add(i, end);
            i = end;
        }
        return out;
    }

    /**
     * The end of the word starting at {@code i} as {@link org.parallax.compare.event.Words#wordEnd} finds it in the
     * text's string (runs of letters and digits joined by single apostrophes or hyphens, no dots), or -1 when none
     * starts there.
     */
    static int wordEnd(char[] text, int i, int to) {
        int end = run(text, i, to);
        if (end < 0) {
            return -1;
        }
        while (end < to) {
            char c = text[end];
            int next = c == '\'' || c == '’' || c == '-' ? run(text, end + 1, to) : -1;
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The end of the run of letters and digits ({@code [\p{L}\p{N}]++}) starting at {@code i}, or -1 when none. */
    private static int run(char[] text, int i, int to) {
        int at = i;
        while (at < to) {
            char c = text[at];
            if (c < 128) { // ASCII, most of any text: no code point to read
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    break;
                }
                at++;
                continue;
            }
            int cp = Character.isSurrogate(c) ? Character.codePointAt(text, at) : c;
            int next = at + Character.charCount(cp);
            if (next > to || !letterOrNumber(cp)) {
                break;
            }
            at = next;
        }
        return at > i ? at : -1;
    }

    /** The general categories of {@code \p{L}} ({@link Character#isLetter}'s five) and {@code \p{N}}, as bits. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any of the three kinds (one category look-up). */
    private static boolean letterOrNumber(int cp) {
        return (LETTER_OR_NUMBER >> Character.getType(cp) & 1) != 0;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count++] = end;
    }
}

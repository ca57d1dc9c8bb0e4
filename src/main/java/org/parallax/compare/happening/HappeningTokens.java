package org.parallax.compare.happening;

import java.util.Arrays;
import org.parallax.compare.event.Words;
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
            int ascii = asciiRun(text, i, to);
            if (ascii == to || ascii < to && text[ascii] < 128 && text[ascii] != '\'' && text[ascii] != '-'
                    && text[ascii] != '.') {
                // ASCII letters and digits up to a char that neither goes on a word nor joins one, or a mark alone
                int end = ascii > i ? ascii : i + 1;
                out.add(i, end);
                i = end;
                continue;
            }
            int end = Words.run(text, i, to);
            if (end < 0) {
                end = i + Character.charCount(Character.codePointAt(text, i)); // one character, a pair whole
                if (end > to) {
                    break; // a pair the region's end cuts: the pattern finds nothing more
                }
            } else {
                while (end < to) {
                    char j = text[end];
                    int next = j == '\'' || j == '’' || j == '-' || j == '.' ? Words.run(text, end + 1, to) : -1;
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
     * {@link Words#wordEnd(char[], int, int)}, {@code i < to}: its commonest cases (a word of ASCII letters and digits
     * ended by an ASCII char that joins no word, and an ASCII char that starts none) told here without a call, where
     * the coverages' names ask it at every word and every char between words of every article.
     */
    static int wordEnd(char[] chars, int i, int to) {
        int at = asciiRun(chars, i, to);
        char c = at < to ? chars[at] : 0;
        if (at > i ? at == to || c < 128 && c != '\'' && c != '-' : chars[i] < 128) {
            return at > i ? at : -1;
        }
        return Words.wordEnd(chars, i, to);
    }

    /** The end of the run of ASCII letters and digits at {@code i} (before {@code to}); {@code i} when none. */
    private static int asciiRun(char[] chars, int i, int to) {
        int at = i;
        while (at < to && Words.asciiWord(chars[at])) {
            at++;
        }
        return at;
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

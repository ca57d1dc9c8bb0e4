package org.parallax.compare.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small sentence splitter for the comparison, which may not use the extraction's OpenNLP models: a sentence ends
 * at a paragraph break, or at {@code . ! ?} (and any closing quote marks after it) followed by white space and a
 * capital letter, digit or opening quote, unless the word before the full stop is an abbreviation ("Sep.", "Mr.",
 * "U.S.", a single initial). Offsets are those of the text, so spans stay exact.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "rev", "col", "lt", "sgt",
            "capt", "cmdr", "adm", "maj", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
            "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ", "mt", "ft");

    private Sentences() {
    }

    /** The {@code [start, end)} of each sentence of {@code text}, trimmed of surrounding white space. */
    public static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                add(out, text, start, i);
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                start = i;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end < n && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end)
                        && !(c == '.' && abbreviationBefore(text, i))) {
                    add(out, text, start, end);
                    i = end;
                    while (i < n && Character.isWhitespace(text.charAt(i)) && !(text.charAt(i) == '\n'
                            && i + 1 < n && text.charAt(i + 1) == '\n')) {
                        i++;
                    }
                    start = i;
                    continue;
                }
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»';
    }

    private static boolean startsSentence(String text, int ws) {
        int j = ws;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char d = text.charAt(j);
        return Character.isUpperCase(d) || Character.isDigit(d) || d == '"' || d == '“' || d == '‘' || d == '\''
                || d == '«' || d == '(' || d == '[';
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        String word = text.substring(j, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.contains(".")) {
            return true; // "U.S.", "a.m."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}

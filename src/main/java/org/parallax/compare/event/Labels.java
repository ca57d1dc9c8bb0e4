package org.parallax.compare.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.PatternSpace;

/**
 * A statement's label, read from its text: the sentence or clause with its timexes taken out (with the preposition
 * before them: "on Tuesday", "since 2011"), leading conjunctions and punctuation dropped, a leading subordinate
 * clause ("After Assad met X, ...") and a reporting frame before a name ("Moscow announced that Lavrov ...")
 * dropped, the first letter
 * capitalised, and anything longer than {@link EventRules#MAX_LABEL} characters cut at the last clause boundary
 * (a comma, or "to", "for", "regarding", "after", "when", "which", "who", "while", "because", "with", "amid") that
 * leaves at least 25 characters, else at the last space, with an ellipsis.
 */
public final class Labels {

    private static final List<String> PREPOSITIONS = List.of("on", "in", "at", "since", "by", "until", "till", "from",
            "for", "during", "of", "before", "after", "as of", "early", "late", "last", "this", "next");
    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:" + String.join("|", PREPOSITIONS) + ")\\s+)+$");
    private static final SuffixMatch PREPOSITION_END = SuffixMatch.of(PREPOSITION_BEFORE, PREPOSITIONS, "");
    static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:[\\s,;:–—\\-]+|(?:though|although|but|and|when|while|so|then|also|as|until|after)\\b\\s*)+");
    private static final List<String> TRAILING_WORDS = List.of("on", "in", "at", "since", "by", "until", "and", "or",
            "but", "the", "a", "of", "to", "for");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:[\\s,;:–—\\-.]+|\\s+(?:" + String.join("|", TRAILING_WORDS) + ")\\b)+$");
    private static final SuffixMatch TRAILING_END = SuffixMatch.of(TRAILING, TRAILING_WORDS, ",;:–—-.");
    /** The words a label is cut before, after white space ({@link #CUT}). */
    private static final List<String> CUT_WORDS = List.of("to", "for", "regarding", "after", "when", "which", "who",
            "while", "because", "with", "amid", "following", "as", "against");
    private static final Pattern CUT =
            Pattern.compile("(?i),\\s|;\\s|\\s(?:" + String.join("|", CUT_WORDS) + ")\\s");
    private static final int MIN_CUT = 25;
    /** A leading subordinate clause: "After Assad met with his Russian counterpart, Moscow announced ...". */
    static final Pattern SUBORDINATE = Pattern.compile(
            "^(?i:after|before|when|while|although|though|as|once|since|following)\\b[^,]{3,60},\\s+(?=\\p{L})");
    /** The chars a match of {@link #SUBORDINATE} opens with: its words' first letters in either ASCII case. */
    static final String SUBORDINATE_FIRST = "abwtosfABWTOSF";
    /**
     * The chars a match of {@link #LEADING} opens with: white space as {@code \s} is, its marks, its words' first
     * letters in either ASCII case.
     */
    static final String LEADING_FIRST = " \t\n\u000B\f\r,;:–—-tabwsuTABWSU";
    /** A relative clause between commas: "The conference, which will include X, was due ...". */
    private static final Pattern RELATIVE = Pattern.compile(",\\s(?:which|who|whom|whose)\\b(?:[^,]|,(?=\\d)){3,80},(?=\\s)");
    /** A reporting frame before a name: "Moscow announced that Foreign Minister Sergei Lavrov would ...". */
    private static final Pattern FRAME = Pattern.compile(
            "^[^,]{2,40}?\\b(?:announced|said|stated|reported|claimed|confirmed|told reporters|revealed)\\s+that\\s+(?=\\p{Lu})");

    private Labels() {
    }

    /** The label of {@code text[from, to)} with the timex ranges in {@code timexes} removed. */
    public static String of(String text, int from, int to, List<int[]> timexes) {
        StringBuilder b = new StringBuilder();
        int at = from;
        for (int[] t : timexes) {
            if (t[1] <= from || t[0] >= to) {
                continue;
            }
            int s = Math.max(t[0], from);
            String before = text.substring(at, Math.max(at, s));
            Matcher m = PREPOSITION_END.find(before);
            if (m != null) {
                before = before.substring(0, m.start());
            }
            b.append(before);
            at = Math.max(at, Math.min(t[1], to));
        }
        b.append(text, at, to);
        String s = tidy(b.toString());
        s = afterOpening(SUBORDINATE, SUBORDINATE_FIRST, s.strip());
        s = afterOpening(LEADING, LEADING_FIRST, s);
        if (s.contains(", wh")) { // which, who, whom, whose after a comma and, tidied, one space
            s = RELATIVE.matcher(s).replaceAll("");
        }
        if (s.contains("that")) {
            s = afterOpening(FRAME, null, s);
        }
        s = trimEnd(s);
        if (s.length() > EventRules.MAX_LABEL) {
            s = cut(s);
        }
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        char upper = Character.toUpperCase(first);
        // most labels open with a capital already: the same chars, not two copies of them
        return upper == first ? s : upper + s.substring(1);
    }

    /**
     * White space as single spaces, none before a mark, runs of commas as one: {@code s.replaceAll("\\s+", " ")},
     * then {@code replaceAll("\\s+([,;:.])", "$1")}, then {@code replaceAll(",(\\s*,)+", ",")}, in one pass. A run
     * of white space is left out before a mark, else one space; a comma right after a comma (white space between is
     * left out already, being before a mark) is left out. The label is copied only from its first change: three
     * tests and up to three copies of every label were a third of labelling (most labels with a timex taken out
     * before a full stop need a change).
     */
    static String tidy(String s) {
        StringBuilder b = null; // the tidied label up to i, made at the first change
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (PatternSpace.is(c)) {
                int end = i + 1;
                while (end < n && PatternSpace.is(s.charAt(end))) {
                    end++;
                }
                boolean beforeMark = end < n && ",;:.".indexOf(s.charAt(end)) >= 0;
                if (b == null && (beforeMark || c != ' ' || end > i + 1)) {
                    b = new StringBuilder(n).append(s, 0, i);
                }
                if (b != null && !beforeMark) {
                    b.append(' ');
                }
                i = end;
                continue;
            }
            boolean repeatedComma = c == ',' && (b != null ? b.length() > 0 && b.charAt(b.length() - 1) == ','
                    : i > 0 && s.charAt(i - 1) == ',');
            if (repeatedComma && b == null) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null && !repeatedComma) {
                b.append(c);
            }
            i++;
        }
        return b == null ? s : b.toString();
    }

    /**
     * {@code s} without what {@code opening}, a pattern anchored at the start, matches there; {@code firsts} are the
     * chars a match can open with ({@code null}: any), so most labels are told without a matcher made for them.
     */
    static String afterOpening(Pattern opening, String firsts, String s) {
        if (firsts != null && (s.isEmpty() || firsts.indexOf(s.charAt(0)) < 0)) {
            return s;
        }
        Matcher m = opening.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** {@code s} without its trailing marks and small words ({@link #TRAILING}, until none is left), stripped. */
    static String trimEnd(String s) {
        String prev;
        do {
            prev = s;
            Matcher m = mayEndWithTrailing(s) ? TRAILING_END.find(s) : null;
            // a match ends the label but before a last line end ($ matches there too): then that is kept
            s = m == null ? s : m.end() == s.length() ? s.substring(0, m.start())
                    : s.substring(0, m.start()) + s.substring(m.end());
        } while (!s.equals(prev));
        return s.strip();
    }

    /**
     * Whether {@link #TRAILING} may match at the end of {@code s}: it ends with one of the pattern's marks or white
     * space (or a line end before which {@code $} matches too), else with one of {@link #TRAILING_WORDS} in any ASCII
     * case after white space, the only way a match can end otherwise. Most labels end in a word that is none of
     * them, told here without a search.
     */
    static boolean mayEndWithTrailing(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        if (!SuffixMatch.isAsciiLetter(s.charAt(n - 1))) {
            return true; // a mark, white space, a line end, or a char no match ends with: the search tells
        }
        int start = n - 1;
        while (start > 0 && SuffixMatch.isAsciiLetter(s.charAt(start - 1))) {
            start--;
        }
        if (start == 0 || !PatternSpace.is(s.charAt(start - 1))) {
            return false;
        }
        for (String w : TRAILING_WORDS) { // the letters are ASCII: ignoring case folds ASCII only, as (?i) does
            if (w.length() == n - start && s.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first letters of {@link #CUT}'s words, in either ASCII case ({@code (?i)} folds ASCII alone): made from
     * {@link #CUT_WORDS}, so a word added there is looked for here too.
     */
    static final String CUT_WORD_FIRSTS = firstLetters(CUT_WORDS);

    /** The first letter of each of {@code words} (ASCII) in lower and upper case, each once. */
    private static String firstLetters(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            for (char c : new char[] {Character.toLowerCase(w.charAt(0)), Character.toUpperCase(w.charAt(0))}) {
                if (b.indexOf(String.valueOf(c)) < 0) {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * Whether {@link #CUT} may match at {@code i}, {@code c} the char there: a comma or semicolon before white space,
     * or white space before the first letter of one of its words. Every word of a label opens with white space before
     * it, and the pattern was tried after each.
     */
    private static boolean mayOpenCut(String s, int i, char c) {
        if (i + 1 >= s.length()) {
            return false; // a match holds two chars or more
        }
        char next = s.charAt(i + 1);
        if (c == ',' || c == ';') {
            return PatternSpace.is(next);
        }
        return PatternSpace.is(c) && CUT_WORD_FIRSTS.indexOf(next) >= 0;
    }

    private static String cut(String s) {
        int best = lastCutBefore(s);
        if (best > 0) {
            return trimEnd(s.substring(0, best));
        }
        int space = s.lastIndexOf(' ', EventRules.MAX_LABEL - 1);
        return trimEnd(s.substring(0, space > 0 ? space : EventRules.MAX_LABEL - 1)) + "…";
    }

    /**
     * The start of the last match of {@link #CUT}, as {@code find} gives them one after another, that starts at or
     * after {@link #MIN_CUT} and at or before {@link EventRules#MAX_LABEL}; -1 when none. A match opens with a comma,
     * a semicolon or white space, so the pattern is tried only there (and no further than a match may start), not
     * searched from every char; after white space only before a letter one of its words opens with
     * ({@link #mayOpenCut}).
     */
    static int lastCutBefore(String s) {
        Matcher m = CUT.matcher(s);
        int best = -1;
        int n = s.length();
        for (int i = 0; i < n && i <= EventRules.MAX_LABEL; i++) {
            char c = s.charAt(i);
            if (mayOpenCut(s, i, c) && m.region(i, n).lookingAt()) {
                if (i >= MIN_CUT) {
                    best = i;
                }
                i = m.end() - 1; // matches do not overlap
            }
        }
        return best;
    }
}

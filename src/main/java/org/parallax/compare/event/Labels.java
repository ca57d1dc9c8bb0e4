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
    private static final String PREPOSITION_CHARS = SuffixMatch.charsOf(PREPOSITIONS, "");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:[\\s,;:–—\\-]+|(?:though|although|but|and|when|while|so|then|also|as|until|after)\\b\\s*)+");
    private static final List<String> TRAILING_WORDS = List.of("on", "in", "at", "since", "by", "until", "and", "or",
            "but", "the", "a", "of", "to", "for");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:[\\s,;:–—\\-.]+|\\s+(?:" + String.join("|", TRAILING_WORDS) + ")\\b)+$");
    private static final String TRAILING_CHARS = SuffixMatch.charsOf(TRAILING_WORDS, ",;:–—-.");
    private static final Pattern CUT = Pattern.compile(
            "(?i),\\s|;\\s|\\s(?:to|for|regarding|after|when|which|who|while|because|with|amid|following|as|against)\\s");
    private static final int MIN_CUT = 25;
    /** A leading subordinate clause: "After Assad met with his Russian counterpart, Moscow announced ...". */
    private static final Pattern SUBORDINATE = Pattern.compile(
            "^(?i:after|before|when|while|although|though|as|once|since|following)\\b[^,]{3,60},\\s+(?=\\p{L})");
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
            Matcher m = SuffixMatch.find(PREPOSITION_BEFORE, PREPOSITION_CHARS, before);
            if (m != null) {
                before = before.substring(0, m.start());
            }
            b.append(before);
            at = Math.max(at, Math.min(t[1], to));
        }
        b.append(text, at, to);
        String s = tidy(b.toString());
        s = afterOpening(SUBORDINATE, s.strip());
        s = afterOpening(LEADING, s);
        if (s.contains("wh")) { // which, who, whom, whose
            s = RELATIVE.matcher(s).replaceAll("");
        }
        if (s.contains("that")) {
            s = afterOpening(FRAME, s);
        }
        s = trimEnd(s);
        if (s.length() > EventRules.MAX_LABEL) {
            s = cut(s);
        }
        if (s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * White space as single spaces, none before a mark, runs of commas as one: each pattern run only where the text
     * has something for it (three passes over every label, most of which have nothing to change).
     */
    static String tidy(String s) {
        if (needs(s, Labels::unevenSpace)) {
            s = singleSpaces(s);
        }
        if (needs(s, Labels::spaceBeforeMark)) {
            s = noSpaceBeforeMark(s);
        }
        return needs(s, Labels::commaRun) ? oneComma(s) : s;
    }

    /**
     * {@code s.replaceAll("\\s+", " ")}: each run of white space as one space (a char loop: the replacements'
     * matchers were three fifths of tidying, and most labels read from wrapped text need this one).
     */
    static String singleSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!PatternSpace.is(c)) {
                b.append(c);
                continue;
            }
            b.append(' ');
            while (i + 1 < n && PatternSpace.is(s.charAt(i + 1))) {
                i++;
            }
        }
        return b.toString();
    }

    /** {@code s.replaceAll("\\s+([,;:.])", "$1")}: a run of white space before a mark left out. */
    static String noSpaceBeforeMark(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!PatternSpace.is(c)) {
                b.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && PatternSpace.is(s.charAt(end))) {
                end++;
            }
            if (end == n || ",;:.".indexOf(s.charAt(end)) < 0) {
                b.append(s, i, end); // not before a mark: kept as it is
            }
            i = end;
        }
        return b.toString();
    }

    /** {@code s.replaceAll(",(\\s*,)+", ",")}: a comma and the commas after it, white space between, as one. */
    static String oneComma(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            b.append(c);
            if (c != ',') {
                continue;
            }
            int end = i; // after the last comma of the run so far
            int j = i;
            while (true) {
                while (j < n && PatternSpace.is(s.charAt(j))) {
                    j++;
                }
                if (j < n && s.charAt(j) == ',') {
                    end = ++j;
                } else {
                    break;
                }
            }
            i = end;
        }
        return b.toString();
    }

    /** A test of one position of a text (an int, not a boxed index: it runs at every char of every label). */
    private interface At {
        boolean test(String s, int i);
    }

    /** Whether {@code at} holds at some position of {@code s}. */
    private static boolean needs(String s, At at) {
        for (int i = 0; i < s.length(); i++) {
            if (at.test(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** White space other than one space ({@code \\s}: ASCII white space, a subset of Java's). */
    private static boolean unevenSpace(String s, int i) {
        char c = s.charAt(i);
        return Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)));
    }

    private static boolean spaceBeforeMark(String s, int i) {
        return Character.isWhitespace(s.charAt(i)) && i + 1 < s.length() && ",;:.".indexOf(s.charAt(i + 1)) >= 0;
    }

    private static boolean commaRun(String s, int i) {
        if (s.charAt(i) != ',') {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j < s.length() && s.charAt(j) == ',';
    }

    /** {@code s} without what {@code opening}, a pattern anchored at the start, matches there. */
    private static String afterOpening(Pattern opening, String s) {
        Matcher m = opening.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** {@code s} without its trailing marks and small words ({@link #TRAILING}, until none is left), stripped. */
    static String trimEnd(String s) {
        String prev;
        do {
            prev = s;
            Matcher m = SuffixMatch.find(TRAILING, TRAILING_CHARS, s);
            s = m == null ? s : s.substring(0, m.start()) + s.substring(m.end());
        } while (!s.equals(prev));
        return s.strip();
    }

    private static String cut(String s) {
        Matcher m = CUT.matcher(s);
        int best = -1;
        while (m.find() && m.start() <= EventRules.MAX_LABEL) { // later ones start later still
            if (m.start() >= MIN_CUT) {
                best = m.start();
            }
        }
        if (best > 0) {
            return trimEnd(s.substring(0, best));
        }
        int space = s.lastIndexOf(' ', EventRules.MAX_LABEL - 1);
        return trimEnd(s.substring(0, space > 0 ? space : EventRules.MAX_LABEL - 1)) + "…";
    }
}

package org.parallax.compare.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:on|in|at|since|by|until|till|from|for|during|of|before|after|as of|early|late|last|this|next)\\s+)+$");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:[\\s,;:–—\\-]+|(?:though|although|but|and|when|while|so|then|also|as|until|after)\\b\\s*)+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:[\\s,;:–—\\-.]+|\\s+(?:on|in|at|since|by|until|and|or|but|the|a|of|to|for)\\b)+$");
    private static final Pattern CUT = Pattern.compile(
            "(?i),\\s|;\\s|\\s(?:to|for|regarding|after|when|which|who|while|because|with|amid|following|as|against)\\s");
    private static final int MIN_CUT = 25;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,;:.])");
    private static final Pattern COMMA_RUN = Pattern.compile(",(\\s*,)+");
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
            Matcher m = PREPOSITION_BEFORE.matcher(before);
            if (m.find()) {
                before = before.substring(0, m.start());
            }
            b.append(before);
            at = Math.max(at, Math.min(t[1], to));
        }
        b.append(text, at, to);
        String s = COMMA_RUN.matcher(SPACE_BEFORE_MARK.matcher(SPACES.matcher(b.toString()).replaceAll(" "))
                .replaceAll("$1")).replaceAll(",");
        s = SUBORDINATE.matcher(s.strip()).replaceFirst("");
        s = LEADING.matcher(s).replaceFirst("");
        s = RELATIVE.matcher(s).replaceAll("");
        Matcher frame = FRAME.matcher(s);
        if (frame.find()) {
            s = s.substring(frame.end());
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

    private static String trimEnd(String s) {
        String prev;
        do {
            prev = s;
            s = mayTrail(s) ? TRAILING.matcher(s).replaceFirst("") : s;
        } while (!s.equals(prev));
        return s.strip();
    }

    /** {@link #TRAILING}'s words, and the white space and marks it takes ({@code \s} is ASCII white space). */
    private static final java.util.Set<String> TRAILING_WORDS = java.util.Set.of("on", "in", "at", "since", "by",
            "until", "and", "or", "but", "the", "a", "of", "to", "for");
    private static final String TRAILING_MARKS = " \t\n\u000B\f\r,;:–—-.";
    private static final String SPACE = " \t\n\u000B\f\r";

    /**
     * Whether {@link #TRAILING} may match: {@code s} ends with one of its marks, or with one of its words after white
     * space. Tried at every position, the pattern was most of a label's cost; most labels end in a word.
     */
    private static boolean mayTrail(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (TRAILING_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return true;
        }
        int from = s.length();
        while (from > 0 && SPACE.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return from > 0 && TRAILING_WORDS.contains(s.substring(from).toLowerCase(java.util.Locale.ROOT));
    }

    private static String cut(String s) {
        Matcher m = CUT.matcher(s);
        int best = -1;
        while (m.find()) {
            if (m.start() >= MIN_CUT && m.start() <= EventRules.MAX_LABEL) {
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

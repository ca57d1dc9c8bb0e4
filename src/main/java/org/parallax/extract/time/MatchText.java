package org.parallax.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading around a rule's match: whether an optional group took part, the word before and the word after it. */
final class MatchText {

    private MatchText() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * {@code s} with each run of white space as one space: {@code s.replaceAll("\\s+", " ")} without compiling the
     * pattern at every call (the normalisers ask it for most matches).
     */
    static String oneSpace(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String wordBefore(String s, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)))) {
            i--;
        }
        return s.substring(i, end).toLowerCase(Locale.ROOT);
    }

    static String wordAfter(String s, int pos) {
        int i = pos;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }
}

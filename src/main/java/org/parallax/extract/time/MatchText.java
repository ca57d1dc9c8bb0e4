package org.parallax.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;

/** Reading around a rule's match: whether an optional group took part, the word before and the word after it. */
final class MatchText {

    private MatchText() {
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

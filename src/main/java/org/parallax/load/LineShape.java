package org.parallax.load;

import java.util.Locale;
import java.util.Set;

/**
 * What the shape of one normalised line says about its place in the text: does it end a sentence, start a list
 * item, continue the line before it? Shared by headline detection, furniture removal and hard-wrap joining so
 * that they agree.
 */
final class LineShape {

    /** Closing quotes and brackets that may follow the punctuation ending a sentence: {@code ."}, {@code ?)}. */
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB\u203A)]}";
    private static final String OPENERS = "\"'\u201C\u2018\u201E\u00AB\u2039([{";
    private static final String SENTENCE_ENDS = ".!?\u2026\u203C\u2047\u2048\u2049\u3002\uFF01\uFF1F";
    /** Bullets that are never anything else at the start of a line. */
    private static final String BULLETS = "\u2022\u25AA\u25CF\u25E6\u2023\u2219\u00B7*\u25A0\u25A1\u27A2\u25BA\u25B8";
    /** Marks that start a list item only where a paragraph may start: "-" may also be a dash that wrapped. */
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    private static final int MAX_HEADING_WORDS = 12;
    /** Words a line cannot end on unless the text goes on: articles, prepositions, conjunctions, possessives. */
    private static final Set<String> CONTINUING_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "but", "nor", "to", "for", "with", "by", "from", "as", "than",
            "that", "via", "into", "whose", "its", "their", "his", "her", "our", "your", "my");
    private static final String CONTINUING_ENDS = ",;-&/\u2010\u2013\u2014";

    private LineShape() {
    }

    /** The line's last character, past closing quotes and brackets, ends a sentence: . ! ? … */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0;
    }

    /** A line ending in a colon leads in to what follows (a quote, a list) and ends its paragraph. */
    static boolean endsLeadIn(String line) {
        return line.endsWith(":");
    }

    static boolean endsParagraph(String line) {
        return endsSentence(line) || endsLeadIn(line);
    }

    /** Ends on a comma, a dash or a word like "the" or "for": a wrapped line, not a headline or a short item. */
    static boolean obviouslyContinues(String line) {
        return !line.isEmpty() && (CONTINUING_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0
                || CONTINUING_WORDS.contains(lastWord(line)));
    }

    /** The first letter, past opening quotes and brackets, is lower case: no sentence starts like that. */
    static boolean startsLowercase(String line) {
        int i = 0;
        while (i < line.length() && OPENERS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i < line.length() && Character.isLowerCase(line.codePointAt(i));
    }

    static boolean isBullet(String line) {
        return isUnambiguousBullet(line) || isAmbiguousBullet(line);
    }

    /** Starts with a bullet sign and a space: "• item", "* item". */
    static boolean isUnambiguousBullet(String line) {
        return line.length() > 1 && BULLETS.indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' ';
    }

    /** Starts with a dash or a number as a list would: "- item", "2. item", "3) item". */
    static boolean isAmbiguousBullet(String line) {
        if (line.length() > 1 && DASHES.indexOf(line.charAt(0)) >= 0) {
            return line.charAt(1) == ' ';
        }
        int digits = 0;
        while (digits < line.length() && digits < 4 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits <= 3 && line.length() > digits + 1
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')') && line.charAt(digits + 1) == ' ';
    }

    /** A short line in capitals, "BACKGROUND" or "WHAT HAPPENS NEXT": a heading, not prose. */
    static boolean isAllCapsHeading(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && wordCount(line) <= MAX_HEADING_WORDS;
    }

    /** Words: runs of non-space characters holding at least one letter or digit. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /** The last word, lower-cased, without surrounding punctuation; empty if none. */
    static String lastWord(String line) {
        int end = line.length();
        while (end > 0 && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && line.charAt(start - 1) != ' ') {
            start--;
        }
        return line.substring(start, end).toLowerCase(Locale.ROOT);
    }
}

package org.parallax.compare.event;

import java.util.List;
import java.util.Set;
import org.parallax.text.PatternSpace;

/**
 * What makes a statement a worse label for its event than its centrality says ({@link EventClusterer} picks the
 * label): a headline in Title Case, a reporting verb.
 */
final class LabelPenalty {

    private LabelPenalty() {
    }

    private static final Set<String> TITLE_CASE_FUNCTION_WORDS = Set.of("To", "For", "Of", "In", "On", "At", "And",
            "The", "A", "An", "With", "From", "By", "Since", "As", "Is", "Are", "Was", "After", "Over", "Into");

    /** The reporting words a label is marked down for (each four letters or more). */
    private static final List<String> REPORTING_WORDS = List.of("said", "says", "told", "claim", "claims", "claimed",
            "according", "stated", "reported");
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + String.join("|", REPORTING_WORDS) + ")\\b");

    /**
     * What makes a statement a worse label than its centrality says: a headline in Title Case (a capitalised function
     * word after the first word: 1), a reporting verb ("officials claim ...", 0.5).
     */
    static double of(String label) {
        double p = 0;
        if (titleCaseAfterFirst(label)) {
            p += 1; // "Makes First Foreign Visit To Personally Thank Putin"
        }
        if (reports(label)) {
            p += 0.5;
        }
        return p;
    }

    /** The first four letters of each of {@link #REPORTING}'s words, lower case. */
    private static final String[] REPORTING_OPENINGS = REPORTING_WORDS.stream().map(w -> w.substring(0, 4)).distinct()
            .toArray(String[]::new);

    /**
     * {@code REPORTING.matcher(label).find()}, the pattern tried only where one of its words may start (four letters
     * that open one, in any case): tried at every char, it was two fifths of picking an event's label.
     */
    static boolean reports(String label) {
        java.util.regex.Matcher m = null;
        int n = label.length();
        for (int i = 0; i + 4 <= n; i++) {
            if (!opensReportingWord(label, i)) {
                continue;
            }
            if (m == null) {
                m = REPORTING.matcher(label).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensReportingWord(String label, int i) {
        char c = (char) (label.charAt(i) | 0x20); // ASCII lower case; the pattern's (?i) folds ASCII alone
        if (c != 's' && c != 't' && c != 'c' && c != 'a' && c != 'r') {
            return false;
        }
        if (i > 0 && asciiWordChar(label.charAt(i - 1))) {
            // no \b between two word chars: most of these letters stand inside a word ("first", "actor"), told
            // without comparing the openings
            return false;
        }
        for (String w : REPORTING_OPENINGS) {
            if (label.regionMatches(true, i, w, 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII letter, digit or underscore: a word char: {@code \b} never matches between two of them. */
    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * Whether a word after the first is a capitalised function word: the words as {@code split("\\s+")} gives them,
     * read in place (asked of every statement of every event).
     */
    private static boolean titleCaseAfterFirst(String label) {
        int n = label.length();
        int i = 0;
        while (i < n && !PatternSpace.is(label.charAt(i))) {
            i++; // the first word, none when the label opens with white space
        }
        while (i < n) {
            while (i < n && PatternSpace.is(label.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !PatternSpace.is(label.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= LONGEST_FUNCTION_WORD && opensFunctionWord(label.charAt(start))
                    && TITLE_CASE_FUNCTION_WORDS.contains(label.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static final int LONGEST_FUNCTION_WORD = TITLE_CASE_FUNCTION_WORDS.stream().mapToInt(String::length).max()
            .orElse(0);

    /** The first letters of {@link #TITLE_CASE_FUNCTION_WORDS}, each a capital A to Z. */
    private static final boolean[] FUNCTION_WORD_INITIALS = new boolean[26];

    static {
        for (String w : TITLE_CASE_FUNCTION_WORDS) {
            FUNCTION_WORD_INITIALS[w.charAt(0) - 'A'] = true;
        }
    }

    /**
     * Whether a word opening with {@code c} may be one of {@link #TITLE_CASE_FUNCTION_WORDS}: asked before the word is
     * cut out of the label and looked up (most short words of a label are lower case or a name's).
     */
    private static boolean opensFunctionWord(char c) {
        return c >= 'A' && c <= 'Z' && FUNCTION_WORD_INITIALS[c - 'A'];
    }
}

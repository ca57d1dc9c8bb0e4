package org.parallax.extract.time;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where in a sentence each rule may start a match, found in one pass over its chars for all the rules whose cues the
 * sentence holds. Each rule's {@link MatchStarts} used to read the whole sentence on its own (two or three rules per
 * sentence, some forty per cent of the stage's time in the 16,000-article profile), though almost every char opens no
 * rule's prefix: here one look-up of a table by the char, one by the char before and one by the pair tell at once which
 * rules may start there, and only those are tested ({@link MatchStarts#startsAt}). The tables are necessary conditions of
 * that test, so each rule's starts are exactly those its own search tried.
 *
 * <p>A rule is one bit of a {@code long}: the first {@value #MAX_RULES} rules are read here (the tagger's rules are
 * fewer: {@code CueHits} refuses more); a rule whose pattern is searched everywhere and a sentence with a surrogate
 * char are searched by the rule's own {@link MatchStarts#find}, and so would a rule past the limit.
 */
final class RuleStarts {

    static final int MAX_RULES = Long.SIZE;

    /** The searches of the rules read here, by rule. */
    private final MatchStarts[] starts;
    /** The rules read here: at most {@value #MAX_RULES}, and with prefixes. */
    private final long tabled;
    /** Per ASCII char, the rules a start with it may open. */
    private final long[] byFirst = new long[128];
    /** The rules a start with a non-ASCII char may open. */
    private final long byNonAscii;
    /** Per pair of ASCII chars ({@code first << 7 | second}), the rules a start with them may open. */
    private final long[] byPair = new long[128 * 128];
    /** Per ASCII char, the rules whose leading look-behind refuses a start after it. */
    private final long[] refusedAfter = new long[128];

    RuleStarts(List<Rules.Rule> rules) {
        this.starts = new MatchStarts[Math.min(rules.size(), MAX_RULES)];
        long tabled = 0;
        long nonAscii = 0;
        for (int i = 0; i < this.starts.length; i++) {
            MatchStarts starts = rules.get(i).starts();
            this.starts[i] = starts;
            if (starts.everywhere()) {
                continue;
            }
            long bit = 1L << i;
            tabled |= bit;
            nonAscii |= starts.mayOpen('\u0080') ? bit : 0;
            for (char c = 0; c < 128; c++) {
                byFirst[c] |= starts.mayOpen(c) ? bit : 0;
                refusedAfter[c] |= starts.refusesAfter(c) ? bit : 0;
                for (char second = 0; second < 128; second++) {
                    byPair[c << 7 | second] |= starts.mayOpen(c, second) ? bit : 0;
                }
            }
        }
        this.tabled = tabled;
        this.byNonAscii = nonAscii;
    }

    /** The starts of the rules {@code wanted} (rule {@code i} as bit {@code i}) in {@code text}, read in one pass. */
    Found find(MatchStarts.Text text, long wanted) {
        long active = wanted & tabled;
        if (active == 0 || !text.plain()) {
            return new Found(text, 0, new int[0], new long[0], 0);
        }
        char[] s = text.chars();
        int[] at = new int[8];
        long[] open = new long[8];
        int count = 0;
        for (int p = 0; p < s.length; p++) {
            char c = s[p];
            long may = (c < 128 ? byFirst[c] : byNonAscii) & active;
            if (may == 0) {
                continue;
            }
            if (p > 0 && s[p - 1] < 128) {
                may &= ~refusedAfter[s[p - 1]];
            }
            if (c < 128 && p + 1 < s.length && s[p + 1] < 128) {
                may &= byPair[c << 7 | s[p + 1]];
            }
            long fits = 0;
            for (long left = may; left != 0; left &= left - 1) {
                int rule = Long.numberOfTrailingZeros(left);
                if (starts[rule].startsAt(s, p)) {
                    fits |= 1L << rule;
                }
            }
            if (fits != 0) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, count * 2);
                    open = Arrays.copyOf(open, count * 2);
                }
                at[count] = p;
                open[count++] = fits;
            }
        }
        return new Found(text, active, at, open, count);
    }

    /**
     * The starts of one sentence's rules: the positions {@code at} (ascending, {@code count} of them) and, at each, the
     * rules that may start a match there.
     *
     * @param read the rules whose starts were read here; any other rule is searched by its own {@link MatchStarts}
     */
    record Found(MatchStarts.Text text, long read, int[] at, long[] open, int count) {

        /**
         * Finds rule {@code index}'s next match in the text from {@code from} on, leaving {@code m} (a matcher of its
         * pattern over the text's string) on it as {@code m.find(from)} would; false when there is none.
         */
        boolean find(Rules.Rule rule, int index, Matcher m, int from) {
            if (index >= MAX_RULES || (read & 1L << index) == 0) {
                return rule.starts().find(m, text, from);
            }
            long bit = 1L << index;
            int len = text.chars().length;
            for (int k = 0; k < count; k++) {
                if (at[k] >= from && (open[k] & bit) != 0 && MatchStarts.tryAt(m, at[k], len)) {
                    return true;
                }
            }
            return false;
        }
    }
}

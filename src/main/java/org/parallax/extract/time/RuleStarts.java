package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a sentence each rule may start a match, found in one pass over its chars for all the rules whose cues the
 * sentence holds. Each rule's {@link MatchStarts} used to read the whole sentence on its own (two or three rules per
 * sentence, some forty per cent of the stage's time in the 16,000-article profile), though almost every char opens no
 * rule's prefix: here one look-up of a table by the char and one by the char before tell at once which rules may start
 * there, and those are read by one automaton of all their prefixes {@value #DEPTH} chars deep ({@link PrefixAutomaton}).
 * Each rule's own search tests its prefixes four chars deep ({@link MatchStarts#startsAt}); here a start is listed only
 * where the deeper prefixes fit too, so a rule is tried at some of the starts its own search tried, and at every start
 * where it matches (the prefixes of any depth are those of its every match).
 *
 * <p>A rule is one bit of a {@code long}: the first {@value #MAX_RULES} rules are read here (the tagger's rules are
 * fewer: {@code CueHits} refuses more); a rule whose pattern is searched everywhere and a sentence with a surrogate
 * char are searched by the rule's own {@link MatchStarts#find}, and so would a rule past the limit.
 */
final class RuleStarts {

    static final int MAX_RULES = Long.SIZE;
    /**
     * How many chars of a start the rules' prefixes are read for: a start refused here is a regex try saved (over the
     * seed articles 23,000 tries per pass at four chars, 8,500 at six, 6,700 at eight, with no gain in time beyond six).
     */
    static final int DEPTH = 6;

    /** The searches of the rules read here, by rule. */
    private final MatchStarts[] starts;
    /** The rules read here: at most {@value #MAX_RULES}, and with prefixes. */
    private final long tabled;
    /** Per ASCII char, the rules a start with it may open. */
    private final long[] byFirst = new long[128];
    /** The rules a start with a non-ASCII char may open. */
    private final long byNonAscii;
    /** Per ASCII char, the rules whose leading look-behind refuses a start after it. */
    private final long[] refusedAfter = new long[128];
    /** The rules whose prefixes fit a start, read {@value #DEPTH} chars deep. */
    private final PrefixAutomaton prefixes;

    RuleStarts(List<Rules.Rule> rules) {
        this.starts = new MatchStarts[Math.min(rules.size(), MAX_RULES)];
        List<List<CharSet[]>> deep = new ArrayList<>();
        long tabled = 0;
        long nonAscii = 0;
        for (int i = 0; i < this.starts.length; i++) {
            MatchStarts starts = rules.get(i).starts();
            this.starts[i] = starts;
            if (starts.everywhere()) {
                deep.add(null);
                continue;
            }
            deep.add(prefixesOf(rules.get(i).pattern()));
            long bit = 1L << i;
            tabled |= bit;
            nonAscii |= starts.mayOpen('\u0080') ? bit : 0;
            for (char c = 0; c < 128; c++) {
                byFirst[c] |= starts.mayOpen(c) ? bit : 0;
                refusedAfter[c] |= starts.refusesAfter(c) ? bit : 0;
            }
        }
        this.tabled = tabled;
        this.byNonAscii = nonAscii;
        this.prefixes = new PrefixAutomaton(deep);
    }

    /**
     * The prefixes of a pattern {@link MatchStarts} reads, {@value #DEPTH} chars deep where they can be read so, else
     * {@value MatchStarts#DEPTH} as it reads them.
     */
    static List<CharSet[]> prefixesOf(Pattern pattern) {
        PatternPrefixes.Reading reading;
        try {
            reading = PatternPrefixes.read(pattern.pattern(), DEPTH);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            reading = PatternPrefixes.read(pattern.pattern(), MatchStarts.DEPTH); // too many prefixes so deep
        }
        List<CharSet[]> out = new ArrayList<>();
        for (PatternPrefixes.Prefix p : reading.prefixes()) {
            out.add(p.sets().toArray(new CharSet[0]));
        }
        return out;
    }

    /** The starts of the rules {@code wanted} (rule {@code i} as bit {@code i}) in {@code text}, read in one pass. */
    Found find(MatchStarts.Text text, long wanted) {
        long active = wanted & tabled;
        if (active == 0 || !text.plain()) {
            return new Found(text, 0, new int[0], new long[0], 0, 0);
        }
        char[] s = text.chars();
        int[] at = new int[8];
        long[] open = new long[8];
        int count = 0;
        long started = 0;
        // the tables in locals: C1 loads a field again at every turn of the loop
        long[] byFirst = this.byFirst;
        long byNonAscii = this.byNonAscii;
        long[] refusedAfter = this.refusedAfter;
        PrefixAutomaton prefixes = this.prefixes;
        // the rules the char before refuses a start after, carried from the turn before: a third of the chars open some
        // wanted rule, but most of those follow a letter, and testing both at once leaves a branch that is seldom taken
        // (a branch taken at random, at a third of the chars, cost more than the look-ups). An ASCII char's refusals are
        // read from its table; a non-ASCII char before is asked of each rule's look-behind below.
        long refused = 0;
        for (int p = 0; p < s.length; p++) {
            char c = s[p];
            long may;
            long after;
            if (c < 128) {
                may = byFirst[c];
                after = refusedAfter[c];
            } else {
                may = byNonAscii;
                after = 0;
            }
            may &= active & ~refused;
            refused = after;
            if (may == 0) {
                continue;
            }
            if (p > 0 && s[p - 1] >= 128) {
                may &= ~refusedAfter(may, s[p - 1]);
            }
            long fits = may == 0 ? 0 : prefixes.fitting(s, p, may);
            if (fits != 0) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, count * 2);
                    open = Arrays.copyOf(open, count * 2);
                }
                at[count] = p;
                open[count++] = fits;
                started |= fits;
            }
        }
        return new Found(text, active, at, open, count, started);
    }

    /** Those of the rules {@code may} whose leading look-behind refuses a start after the non-ASCII {@code before}. */
    private long refusedAfter(long may, char before) {
        long refused = 0;
        for (long left = may; left != 0; left &= left - 1) {
            int rule = Long.numberOfTrailingZeros(left);
            refused |= starts[rule].refusesAfter(before) ? 1L << rule : 0;
        }
        return refused;
    }

    /**
     * The starts of one sentence's rules: the positions {@code at} (ascending, {@code count} of them) and, at each, the
     * rules that may start a match there.
     *
     * @param read    the rules whose starts were read here; any other rule is searched by its own {@link MatchStarts}
     * @param started the rules some start opens (the OR of {@code open})
     */
    record Found(MatchStarts.Text text, long read, int[] at, long[] open, int count, long started) {

        /**
         * The first {@value #MAX_RULES} rules that may start a match anywhere in the text, rule {@code i} as bit
         * {@code i}: a rule's bit is 0 when its starts were read here and it has none (then {@link #find} finds nothing
         * from any position). The tagger walks the bits of the rules a sentence's cues and starts leave, where it asked
         * each of its fifty rules in turn for every sentence.
         */
        long mayStart() {
            return ~read | started;
        }

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

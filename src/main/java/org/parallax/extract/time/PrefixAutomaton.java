package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules' prefixes fit the text at a start, read by one deterministic automaton of all the rules' prefixes: one
 * table look-up per char, at most {@link #depth} chars from the start. A rule's prefixes (the sets of chars each of its
 * matches begins with, {@link PatternPrefixes}) were tested one by one per start ({@link MatchStarts#startsAt}), which
 * kept them four chars short: five or six chars refuse two thirds of the starts where the pattern then failed, each such
 * try a {@code Matcher} reset and a branch over a long alternation, but testing the longer prefixes one by one cost
 * what the tries saved. Read together, the chars after a start are read once however many prefixes they might begin.
 *
 * <p>{@link #fitting} is exactly "rule {@code i} has a prefix every char of which is in its set at {@code p..}" for the
 * prefix lists given; the automaton is built by the subset construction over those lists, a state being the rules'
 * prefix tails still to read (a rule whose prefix ended is done: its other tails are dropped).
 */
final class PrefixAutomaton {

    /** Each char's column: its class of chars that every prefix set holds or refuses alike. */
    private final char[] column = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** Per state, per column ({@code state * columns + column}), the next state; state 0 is dead, 1 the start. */
    private final int[] moves;
    /** Per state, the rules whose prefix ends on reaching it. */
    private final long[] done;
    /** Per state, the rules with a prefix still being read there (a state with none is not left). */
    private final long[] reading;
    private final int depth;

    /**
     * The automaton of {@code prefixes}: rule {@code i}'s prefixes at index {@code i} (null for a rule not read here),
     * each a non-empty array of sets; at most 64 rules.
     */
    PrefixAutomaton(List<List<CharSet[]>> prefixes) {
        if (prefixes.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 rules, not " + prefixes.size());
        }
        Tails tails = new Tails();
        List<Long> start = new ArrayList<>();
        int deepest = 0;
        for (int rule = 0; rule < prefixes.size(); rule++) {
            for (CharSet[] prefix : prefixes.get(rule) == null ? List.<CharSet[]>of() : prefixes.get(rule)) {
                if (prefix.length == 0) {
                    throw new IllegalArgumentException("an empty prefix of rule " + rule);
                }
                deepest = Math.max(deepest, prefix.length);
                start.add(item(rule, tails.of(prefix)));
            }
        }
        this.depth = deepest;
        char[] representative = columnsOf(tails.sets);
        this.columns = representative.length;
        boolean[][] holds = new boolean[tails.sets.size()][columns];
        for (int set = 0; set < holds.length; set++) {
            for (int col = 0; col < columns; col++) {
                holds[set][col] = tails.sets.get(set).contains(representative[col]);
            }
        }
        Map<State, Integer> ids = new HashMap<>();
        List<State> states = new ArrayList<>();
        states.add(new State(new long[0], 0));
        states.add(new State(sorted(start), 0));
        ids.put(states.get(0), 0);
        List<int[]> rows = new ArrayList<>();
        int[] firstSet = tails.first.stream().mapToInt(Integer::intValue).toArray();
        int[] restTail = tails.rest.stream().mapToInt(Integer::intValue).toArray();
        long[] next = new long[start.size()]; // a state has at most as many items as the one before it
        for (int s = 0; s < states.size(); s++) {
            int[] row = new int[columns];
            long[] items = states.get(s).items();
            for (int col = 0; col < columns && s > 0; col++) {
                int count = 0;
                long ended = 0;
                for (long it : items) {
                    int tail = (int) it;
                    if (holds[firstSet[tail]][col]) {
                        int rest = restTail[tail];
                        if (rest < 0) {
                            ended |= 1L << (it >>> 32);
                        } else {
                            next[count++] = item((int) (it >>> 32), rest);
                        }
                    }
                }
                State key = new State(withoutRules(next, count, ended), ended);
                Integer id = ids.get(key);
                if (id == null) {
                    id = states.size();
                    ids.put(key, id);
                    states.add(key);
                }
                row[col] = id;
            }
            rows.add(row);
        }
        this.moves = new int[rows.size() * columns];
        this.done = new long[rows.size()];
        this.reading = new long[rows.size()];
        for (int s = 0; s < rows.size(); s++) {
            System.arraycopy(rows.get(s), 0, moves, s * columns, columns);
            done[s] = states.get(s).done();
            for (long it : states.get(s).items()) {
                reading[s] |= 1L << (it >>> 32);
            }
        }
    }

    /**
     * A state as the construction tells states apart: the items left to read (a rule and one of its prefix tails, as
     * {@link #item}), sorted without repeats, and the rules done on entering it.
     */
    private record State(long[] items, long done) {

        @Override
        public boolean equals(Object o) {
            return o instanceof State other && done == other.done && Arrays.equals(items, other.items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items) * 31 + Long.hashCode(done);
        }
    }

    /**
     * The prefixes' tails, each numbered once however many prefixes end with it: a tail is its first set (numbered in
     * {@link #sets}) and the tail after it ({@code -1}: none).
     */
    private static final class Tails {
        final List<CharSet> sets = new ArrayList<>();
        final List<Integer> first = new ArrayList<>();
        final List<Integer> rest = new ArrayList<>();
        private final Map<CharSet, Integer> setIds = new HashMap<>();
        private final Map<Long, Integer> ids = new HashMap<>();

        /** The number of the tail that is the whole of {@code prefix}. */
        int of(CharSet[] prefix) {
            int tail = -1;
            for (int k = prefix.length - 1; k >= 0; k--) {
                int set = setIds.computeIfAbsent(prefix[k], x -> {
                    sets.add(x);
                    return sets.size() - 1;
                });
                int after = tail;
                tail = ids.computeIfAbsent((long) set << 32 | (after + 1), x -> {
                    first.add(set);
                    rest.add(after);
                    return first.size() - 1;
                });
            }
            return tail;
        }
    }

    private static long item(int rule, int tail) {
        return (long) rule << 32 | tail;
    }

    private static long[] sorted(List<Long> items) {
        long[] out = items.stream().mapToLong(Long::longValue).toArray();
        return withoutRules(out, out.length, 0);
    }

    /**
     * The first {@code count} of {@code items} sorted without repeats, less the items of the rules {@code ended} (a
     * rule whose prefix fits needs no more reading).
     */
    private static long[] withoutRules(long[] items, int count, long ended) {
        long[] out = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            if ((ended & 1L << (items[k] >>> 32)) == 0) {
                out[n++] = items[k];
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct == 0 || out[k] != out[distinct - 1]) {
                out[distinct++] = out[k];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /**
     * Fills {@link #column}: chars in the same sets share a column. Every char from 128 on that no set names falls in
     * one column (the sets tell such chars apart only by {@code anyNonAscii}); returns a char of each column.
     */
    private char[] columnsOf(List<CharSet> sets) {
        StringBuilder named = new StringBuilder();
        for (CharSet set : sets) {
            named.append(set.named());
        }
        char unnamed = 128;
        while (named.indexOf(String.valueOf(unnamed)) >= 0) {
            unnamed++;
        }
        String own = named.toString() + unnamed;
        Map<String, Character> bySignature = new HashMap<>();
        StringBuilder representative = new StringBuilder();
        for (int k = -128; k < own.length(); k++) {
            char ch = k < 0 ? (char) (k + 128) : own.charAt(k);
            char[] signature = new char[sets.size()];
            for (int set = 0; set < sets.size(); set++) {
                signature[set] = sets.get(set).contains(ch) ? '1' : '0';
            }
            Character col = bySignature.get(new String(signature));
            if (col == null) {
                col = (char) representative.length();
                bySignature.put(new String(signature), col);
                representative.append(ch);
            }
            column[ch] = col;
        }
        char other = column[unnamed];
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            if (own.indexOf(c) < 0) {
                column[c] = other;
            }
        }
        return representative.toString().toCharArray();
    }

    /** How many states the automaton has (the dead one and the start included). */
    int states() {
        return done.length;
    }

    /**
     * The rules among {@code wanted} with a prefix that fits {@code s} from {@code p} on (all of its chars before the
     * text's end).
     */
    long fitting(char[] s, int p, long wanted) {
        // the tables in locals: C1 loads a field again at every turn of the loop
        int[] moves = this.moves;
        char[] column = this.column;
        long[] done = this.done;
        long[] reading = this.reading;
        int columns = this.columns;
        int end = Math.min(s.length, p + depth);
        int state = 1;
        long fits = 0;
        for (int k = p; k < end; k++) {
            state = moves[state * columns + column[s[k]]];
            fits |= done[state];
            if ((reading[state] & wanted & ~fits) == 0) {
                break;
            }
        }
        return fits & wanted;
    }

    @Override
    public String toString() {
        return "PrefixAutomaton[" + states() + " states, " + columns + " columns, depth " + depth + "]";
    }
}

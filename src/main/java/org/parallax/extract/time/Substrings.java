package org.parallax.extract.time;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Which of many strings a text holds, found in one pass over it (an Aho–Corasick automaton): the rules' cue words and
 * shapes ({@link CueHits}), where {@code String.contains} per cue read each sentence some two hundred times.
 * {@code held(text)[i]} is exactly {@code text.contains(strings.get(i))}.
 */
final class Substrings {

    private final int count;
    /** Each char's column in {@link #next}; 0 for a char no string holds. */
    private final char[] column = new char[Character.MAX_VALUE + 1];
    /** Per state, per column, the state after reading that char (the failure links already followed). */
    private final int[][] next;
    /** Per state, the strings that end there (its own and those its failure links reach). */
    private final int[][] ends;
    /** Whether the empty string is one of them: every text holds it. */
    private final int[] empty;

    Substrings(List<String> strings) {
        this.count = strings.size();
        int columns = 1;
        for (String s : strings) {
            for (char c : s.toCharArray()) {
                if (column[c] == 0) {
                    column[c] = (char) columns++;
                }
            }
        }
        List<int[]> gotos = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        gotos.add(new int[columns]);
        own.add(new ArrayList<>());
        List<Integer> emptyOnes = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            int state = 0;
            for (char c : strings.get(i).toCharArray()) {
                int col = column[c];
                if (gotos.get(state)[col] == 0) {
                    gotos.get(state)[col] = gotos.size();
                    gotos.add(new int[columns]);
                    own.add(new ArrayList<>());
                }
                state = gotos.get(state)[col];
            }
            (state == 0 ? emptyOnes : own.get(state)).add(i);
        }
        this.empty = emptyOnes.stream().mapToInt(Integer::intValue).toArray();
        this.next = new int[gotos.size()][];
        this.ends = new int[gotos.size()][];
        link(gotos, own);
    }

    /** Breadth first from the root: each state's failure link, its moves on every column and the strings ending there. */
    private void link(List<int[]> gotos, List<List<Integer>> own) {
        int[] fail = new int[gotos.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        next[0] = gotos.get(0).clone();
        ends[0] = new int[0];
        for (int col = 1; col < next[0].length; col++) {
            if (next[0][col] != 0) {
                queue.add(next[0][col]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int[] moves = gotos.get(state).clone();
            for (int col = 1; col < moves.length; col++) {
                int child = gotos.get(state)[col];
                if (child != 0) {
                    fail[child] = next[fail[state]][col];
                    queue.add(child);
                } else {
                    moves[col] = next[fail[state]][col];
                }
            }
            next[state] = moves;
            int[] inherited = ends[fail[state]];
            int[] mine = own.get(state).stream().mapToInt(Integer::intValue).toArray();
            int[] all = Arrays.copyOf(mine, mine.length + inherited.length);
            System.arraycopy(inherited, 0, all, mine.length, inherited.length);
            ends[state] = all;
        }
    }

    /** For each string, whether {@code text} holds it. */
    boolean[] held(String text) {
        boolean[] out = noneRead();
        int state = 0;
        for (int k = 0; k < text.length(); k++) {
            state = read(state, text.charAt(k), out);
        }
        return out;
    }

    /**
     * What a text held before its first char: the empty string only. With {@link #read} a caller reads a text it
     * derives char by char as it goes ({@link CueHits#read}) without building it.
     */
    boolean[] noneRead() {
        boolean[] out = new boolean[count];
        for (int i : empty) {
            out[i] = true;
        }
        return out;
    }

    /** The state after {@code c} in {@code state} (0 before the first char), marking in {@code held} the strings ending there. */
    int read(int state, char c, boolean[] held) {
        int after = next[state][column[c]];
        for (int i : ends[after]) {
            held[i] = true;
        }
        return after;
    }
}

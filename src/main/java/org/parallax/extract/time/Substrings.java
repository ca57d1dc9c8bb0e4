package org.parallax.extract.time;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.IntUnaryOperator;

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
    /** {@link #next} in one array, row after row ({@code state * columns + column}): one look-up per char read. */
    private final int[] moves;
    private final int columns;
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
        this.columns = columns;
        this.moves = new int[next.length * columns];
        for (int state = 0; state < next.length; state++) {
            System.arraycopy(next[state], 0, moves, state * columns, columns);
        }
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
        boolean[] out = new boolean[count];
        for (int i : empty) {
            out[i] = true;
        }
        int state = 0;
        for (int k = 0; k < text.length(); k++) {
            state = step(state, text.charAt(k));
            for (int i : ends[state]) {
                out[i] = true;
            }
        }
        return out;
    }

    /**
     * Per state, the OR of {@code bitsOf[i]} over the strings {@code i} that end there: a reader that ORs the bits of
     * each state it reaches ({@link #step}) gets, for the whole text, the OR of the bits of every string it holds,
     * without a loop over the strings at each char, and may derive the text char by char as it goes without building
     * it ({@link CueHits.Reader#read}).
     */
    long[] bitsByState(long[] bitsOf) {
        long[] out = new long[ends.length];
        for (int state = 0; state < ends.length; state++) {
            for (int i : ends[state]) {
                out[state] |= bitsOf[i];
            }
        }
        return out;
    }

    /** The OR of {@code bitsOf} over the empty strings among them, which every text holds. */
    long bitsOfEmpty(long[] bitsOf) {
        long out = 0;
        for (int i : empty) {
            out |= bitsOf[i];
        }
        return out;
    }

    /** The state after {@code c} in {@code state} (0 before the first char). */
    int step(int state, char c) {
        return moves[state * columns + column[c]];
    }

    /**
     * The automaton as it reads each char folded by {@code fold} (lower-cased, a digit as 0), for a reader that ORs
     * {@code bitsByState} ({@link #bitsByState}) of each state it reaches: its move on a char {@code c} from a state
     * goes where {@code step(state, (char) f.applyAsInt(c))} goes, for every char, the fold looked up in a table made here once where a
     * reader called it at every char it read ({@link CueHits.Reader#read}). Its moves are the rows the reader goes to
     * ({@code state * columns}, no multiplication per char), written {@code ~row} where that state has bits, so the
     * reader ORs bits only there (a cue or shape ends at few chars) rather than a load and an OR at every char.
     */
    Folded folded(IntUnaryOperator fold, long[] bitsByState) {
        char[] foldedColumn = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            foldedColumn[c] = column[(char) fold.applyAsInt(c)];
        }
        int[] rows = new int[moves.length];
        for (int k = 0; k < moves.length; k++) {
            int to = moves[k];
            rows[k] = bitsByState[to] != 0 ? ~(to * columns) : to * columns;
        }
        return new Folded(foldedColumn, rows, columns, bitsByState.clone());
    }

    /**
     * {@link #folded}, reading a run of chars that fold to {@code run} as one char (a shape writes a run of white space
     * as one space): each state is held twice, as entered by a char of a run or not, and in the first a char of the run
     * stays where it is (its bits already ORed), so a reader asks no char whether it is one. The chars folding to
     * {@code run} take a column of their own, the last. The loop it replaces tested every char for white space and
     * skipped the second of two, a branch at each char that went one way or the other as the words and spaces came.
     */
    Folded foldedRuns(IntUnaryOperator fold, long[] bitsByState, char run) {
        int states = next.length;
        int runColumn = columns;
        int width = columns + 1;
        char[] foldedColumn = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = (char) fold.applyAsInt(c);
            foldedColumn[c] = folded == run ? (char) runColumn : column[folded];
        }
        int[] rows = new int[2 * states * width];
        long[] bits = new long[2 * states];
        for (int from = 0; from < 2 * states; from++) {
            int state = from % states;
            boolean inRun = from >= states;
            bits[from] = bitsByState[state];
            for (int col = 0; col < width; col++) {
                int to = col != runColumn ? moves[state * columns + col]
                        : inRun ? from : moves[state * columns + column[run]] + states;
                rows[from * width + col] = bitsByState[to % states] != 0 ? ~(to * width) : to * width;
            }
        }
        return new Folded(foldedColumn, rows, width, bits);
    }

    /**
     * {@link Substrings}' moves with each char's column taken after a fold, as rows and marked where bits are to be ORed
     * ({@link #folded}): the arrays a char loop reads, held in its locals (C1 reloads a field at every turn of a loop).
     *
     * @param column  per char, the column of the char it folds to
     * @param rows    per state's row, per column ({@code state * columns + column}), the next state's row
     *                ({@code state * columns}), or its complement where that state's bits are not 0
     * @param columns how many columns a state's row has
     * @param bits    per state, the bits a reader ORs on reaching it
     */
    record Folded(char[] column, int[] rows, int columns, long[] bits) {
    }
}

package org.parallax.compare.happening;

/**
 * The articles joined by {@link PairSums}' pairs, split into the groups no pair links (the pair graph's connected
 * components), each with its pairs. Average-link merging only ever joins two groups a pair links, and a merge changes
 * the sums of its own groups alone: so the groups of one component merge as they would with all the others, in the
 * same order, and the components can merge on every core at once (the merging was one core's work while the other
 * waited: 0.6 s of the coverages' wall time at 16,000 articles).
 */
final class PairComponents {

    /** Where each component's pairs start in {@link #pairs}; one more than the components, the last the end. */
    private final int[] starts;
    /** The pairs' indices in the {@link PairSums}, component by component, each component's in the pairs' order. */
    private final int[] pairs;

    private PairComponents(int[] starts, int[] pairs) {
        this.starts = starts;
        this.pairs = pairs;
    }

    /**
     * The components of articles {@code 0 .. n - 1} linked by {@code sums}' pairs (pair key: the two indices, the
     * smaller high), numbered in the order of their first pair; an article in no pair is in none.
     */
    static PairComponents of(PairSums sums, int n) {
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        for (int e = 0; e < sums.size(); e++) {
            long key = sums.key(e);
            int a = find(root, (int) (key >> 32));
            int b = find(root, (int) key);
            if (a != b) {
                root[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] number = new int[n];
        java.util.Arrays.fill(number, -1);
        int[] component = new int[sums.size()];
        int[] count = new int[n + 1];
        int components = 0;
        for (int e = 0; e < sums.size(); e++) {
            int r = find(root, (int) (sums.key(e) >> 32));
            if (number[r] < 0) {
                number[r] = components++;
            }
            component[e] = number[r];
            count[number[r] + 1]++;
        }
        int[] starts = java.util.Arrays.copyOf(count, components + 1);
        for (int c = 0; c < components; c++) {
            starts[c + 1] += starts[c];
        }
        int[] filled = java.util.Arrays.copyOf(starts, components);
        int[] pairs = new int[sums.size()];
        for (int e = 0; e < sums.size(); e++) {
            pairs[filled[component[e]]++] = e;
        }
        return new PairComponents(starts, pairs);
    }

    /** An article's root, the paths halved on the way. */
    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** How many components there are. */
    int count() {
        return starts.length - 1;
    }

    /** How many pairs component {@code c} holds. */
    int size(int c) {
        return starts[c + 1] - starts[c];
    }

    /** The index in the {@link PairSums} of pair {@code k} of component {@code c} (from 0, in the pairs' order). */
    int pair(int c, int k) {
        return pairs[starts[c] + k];
    }
}

package org.parallax.compare.happening;

import java.util.Arrays;

/**
 * The nodes of a {@link TwinMap}, by number, in parallel arrays: what a {@code HashMap.Node} holds (key, value, hash,
 * the next node of its bin) and what a {@code HashMap.TreeNode} adds (its tree links, its colour, the node before it
 * in its bin). A removed node's number is given out again.
 */
final class TwinNodes {

    /** No node: the end of a list, an empty bin, a missing link. */
    static final int NONE = -1;

    long[] keys = new long[4];
    double[] values = new double[4];
    int[] hashes = new int[4];
    int[] next = new int[4];
    /** Whether a node is of a tree bin ({@code HashMap.TreeNode}); the links below are read only then. */
    boolean[] tree = new boolean[4];
    boolean[] red = new boolean[4];
    int[] parent = new int[4];
    int[] left = new int[4];
    int[] right = new int[4];
    int[] prev = new int[4];
    private int made;
    /** Removed nodes, linked by {@link #next}. */
    private int free = NONE;

    /** A new plain node before {@code after}. */
    int make(int hash, long key, double value, int after) {
        int n;
        if (free != NONE) {
            n = free;
            free = next[n];
        } else {
            if (made == keys.length) {
                grow();
            }
            n = made++;
        }
        keys[n] = key;
        values[n] = value;
        hashes[n] = hash;
        next[n] = after;
        tree[n] = false;
        red[n] = false;
        parent[n] = NONE;
        left[n] = NONE;
        right[n] = NONE;
        prev[n] = NONE;
        return n;
    }

    /** A node no bin holds any more, its number free to be given out again. */
    void release(int node) {
        next[node] = free;
        free = node;
    }

    private void grow() {
        int length = keys.length * 2;
        keys = Arrays.copyOf(keys, length);
        values = Arrays.copyOf(values, length);
        hashes = Arrays.copyOf(hashes, length);
        next = Arrays.copyOf(next, length);
        tree = Arrays.copyOf(tree, length);
        red = Arrays.copyOf(red, length);
        parent = Arrays.copyOf(parent, length);
        left = Arrays.copyOf(left, length);
        right = Arrays.copyOf(right, length);
        prev = Arrays.copyOf(prev, length);
    }
}

package org.parallax.compare.happening;

import java.util.Arrays;

/**
 * The merge candidates of {@link ArticleStories}, best similarity first, in plain arrays: a pair of groups, the
 * similarity of their merge and both groups' sizes when it was reckoned. It sifts exactly as {@code
 * java.util.PriorityQueue} with the comparator {@code (x, y) -> Double.compare(y.similarity, x.similarity)} does
 * (the same comparisons, the same moves), so candidates of equal similarity come out in the same order as from that
 * queue: which of two equal candidates merges first decides the stories, and replicated articles tie often. The
 * queue boxed each candidate as a {@code double[]} of five.
 */
final class MergeQueue {

    private double[] similarity = new double[64];
    /** The two groups, the first in the high half. */
    private long[] pair = new long[64];
    /** Their sizes, the first's in the high half. */
    private long[] sizes = new long[64];
    private int size;

    // the candidate last polled
    private double topSimilarity;
    private long topPair;
    private long topSizes;

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a candidate, as {@code PriorityQueue.offer}: at the end, sifted up. */
    void add(double s, int a, int b, int sizeA, int sizeB) {
        if (size == similarity.length) {
            similarity = Arrays.copyOf(similarity, size * 2);
            pair = Arrays.copyOf(pair, size * 2);
            sizes = Arrays.copyOf(sizes, size * 2);
        }
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (Double.compare(similarity[parent], s) >= 0) {
                break;
            }
            move(parent, k);
            k = parent;
        }
        set(k, s, pack(a, b), pack(sizeA, sizeB));
    }

    /** Takes the best candidate, as {@code PriorityQueue.poll}: the last one put at the root and sifted down. */
    void poll() {
        topSimilarity = similarity[0];
        topPair = pair[0];
        topSizes = sizes[0];
        int n = --size;
        if (n > 0) {
            siftDown(similarity[n], pair[n], sizes[n], n);
        }
    }

    private void siftDown(double s, long p, long z, int n) {
        int k = 0;
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            int right = child + 1;
            if (right < n && Double.compare(similarity[right], similarity[child]) > 0) {
                child = right;
            }
            if (Double.compare(similarity[child], s) <= 0) {
                break;
            }
            move(child, k);
            k = child;
        }
        set(k, s, p, z);
    }

    double similarity() {
        return topSimilarity;
    }

    int first() {
        return (int) (topPair >>> 32);
    }

    int second() {
        return (int) topPair;
    }

    int firstSize() {
        return (int) (topSizes >>> 32);
    }

    int secondSize() {
        return (int) topSizes;
    }

    private void move(int from, int to) {
        similarity[to] = similarity[from];
        pair[to] = pair[from];
        sizes[to] = sizes[from];
    }

    private void set(int k, double s, long p, long z) {
        similarity[k] = s;
        pair[k] = p;
        sizes[k] = z;
    }

    private static long pack(int high, int low) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }
}

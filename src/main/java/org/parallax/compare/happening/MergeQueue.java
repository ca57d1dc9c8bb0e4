package org.parallax.compare.happening;

import java.util.Arrays;

/**
 * The merge candidates of {@link ArticleStories}, best first, in a binary heap of plain arrays: a pair of groups, the
 * similarity of their merge and both groups' sizes when it was reckoned. Candidates are in a total order that depends
 * on them alone (decision 0057): the higher similarity first; of equal similarities the smaller first group, then the
 * smaller second group (then the smaller sizes: only one of two candidates of one pair is current). Which of two equal
 * candidates merges first decides the stories, and replicated articles tie often: so the stories do not depend on the
 * order the candidates were added in, nor on any map's order of iteration.
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

    /** Adds a candidate: at the end, sifted up. */
    void add(double s, int a, int b, int sizeA, int sizeB) {
        if (size == similarity.length) {
            similarity = Arrays.copyOf(similarity, size * 2);
            pair = Arrays.copyOf(pair, size * 2);
            sizes = Arrays.copyOf(sizes, size * 2);
        }
        long p = pack(a, b);
        long z = pack(sizeA, sizeB);
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!before(s, p, z, parent)) {
                break;
            }
            move(parent, k);
            k = parent;
        }
        set(k, s, p, z);
    }

    /** Takes the best candidate: the last one put at the root and sifted down. */
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
            if (right < n && before(similarity[right], pair[right], sizes[right], child)) {
                child = right;
            }
            if (!before(similarity[child], pair[child], sizes[child], s, p, z)) {
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

    /** Whether the candidate comes before the one at {@code k}. */
    private boolean before(double s, long p, long z, int k) {
        return before(s, p, z, similarity[k], pair[k], sizes[k]);
    }

    /**
     * Whether candidate 1 comes before candidate 2: the higher similarity, then the smaller pair (the first group in
     * the high half: the smaller first group, then the smaller second; both are indices, 0 or more), then the smaller
     * sizes.
     */
    private static boolean before(double s1, long p1, long z1, double s2, long p2, long z2) {
        int bySimilarity = Double.compare(s1, s2);
        if (bySimilarity != 0) {
            return bySimilarity > 0;
        }
        return p1 != p2 ? p1 < p2 : z1 < z2;
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

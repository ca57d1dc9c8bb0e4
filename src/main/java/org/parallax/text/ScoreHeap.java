package org.parallax.text;

import java.util.Arrays;

/**
 * Ints queued by a score, the highest first, in exactly the order a {@link java.util.PriorityQueue} gives objects that
 * compare as OpenNLP's {@code Sequence} does ({@code Double.compare(other.score, score)}): the same binary heap with
 * the same sift steps and comparisons, so entries of equal score come out in the same order too. A heap is not
 * stable, and which of two equal sequences comes first decides which tags the beam scores with, so a queue that broke
 * ties any other way could change a tag. Two primitive arrays instead of a queue of objects: the beam queued a new
 * object for every tag kept at every word, and sifting them was its largest cost.
 */
final class ScoreHeap {

    private double[] scores;
    private int[] values;
    private int size;

    ScoreHeap(int capacity) {
        scores = new double[Math.max(1, capacity)];
        values = new int[scores.length];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** Queues {@code value} with {@code score}: {@code PriorityQueue.offer}'s sift up. */
    void add(double score, int value) {
        if (size == scores.length) {
            scores = Arrays.copyOf(scores, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (Double.compare(scores[parent], score) >= 0) {
                break;
            }
            scores[k] = scores[parent];
            values[k] = values[parent];
            k = parent;
        }
        scores[k] = score;
        values[k] = value;
    }

    /** The score of the entry {@link #remove} takes next (the queue must not be empty). */
    double headScore() {
        return scores[0];
    }

    /** Takes the best entry and gives its value: {@code PriorityQueue.poll}'s last entry sifted down from the top. */
    int remove() {
        if (size == 0) {
            throw new IllegalStateException("the heap is empty");
        }
        int head = values[0];
        int n = --size;
        if (n > 0) {
            siftDown(scores[n], values[n], n);
        }
        return head;
    }

    private void siftDown(double score, int value, int n) {
        int k = 0;
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            int right = child + 1;
            if (right < n && Double.compare(scores[right], scores[child]) > 0) {
                child = right;
            }
            if (Double.compare(scores[child], score) <= 0) {
                break;
            }
            scores[k] = scores[child];
            values[k] = values[child];
            k = child;
        }
        scores[k] = score;
        values[k] = value;
    }
}

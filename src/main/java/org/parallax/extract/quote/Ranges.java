package org.parallax.extract.quote;

import java.util.List;

/**
 * Ranges {@code [from, to)} in order, an article's paragraphs (of chars) or sentences (of tokens), packed as pairs in
 * one array: they are live with their article until its quotes are found, and an {@code int[2]} each was about
 * 240,000 objects at 16,000 bench articles for every young collection to copy.
 */
final class Ranges {

    private final int[] bounds;

    private Ranges(int[] bounds) {
        this.bounds = bounds;
    }

    /** The ranges of {@code ranges}, each an {@code int[] {from, to}}, in their order. */
    static Ranges of(List<int[]> ranges) {
        int[] bounds = new int[2 * ranges.size()];
        for (int n = 0; n < ranges.size(); n++) {
            bounds[2 * n] = ranges.get(n)[0];
            bounds[2 * n + 1] = ranges.get(n)[1];
        }
        return new Ranges(bounds);
    }

    int size() {
        return bounds.length / 2;
    }

    /** The start of range {@code n}. */
    int from(int n) {
        return bounds[2 * n];
    }

    /** The end of range {@code n} (after its last). */
    int to(int n) {
        return bounds[2 * n + 1];
    }

    /** Range {@code n} as a new {@code int[] {from, to}}. */
    int[] get(int n) {
        return new int[] {from(n), to(n)};
    }
}

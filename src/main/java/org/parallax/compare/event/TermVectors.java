package org.parallax.compare.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Statements' weighted terms with each term as a number, for their similarity ({@link EventClusterer#similarity}):
 * a statement's terms in a small open-addressing table of ints, so a term is found by an int compare where the
 * weights' hash maps compared strings (their look-ups were most of scoring pairs and of picking labels). The sum runs
 * over the smaller statement's terms in the order of its weights map, as the maps' similarity sums them, so every
 * similarity is the same double.
 */
final class TermVectors {

    private final Vector[] vectors;

    private TermVectors(Vector[] vectors) {
        this.vectors = vectors;
    }

    /**
     * The vectors of {@code weights} (each a statement's terms times their rarity, in the order they are summed),
     * {@code terms} holding every term of them; on every core when {@code parallel}.
     */
    static TermVectors of(List<WeightedTerms> weights, Collection<String> terms, boolean parallel) {
        Numbers numbers = Numbers.of(terms);
        IntStream each = IntStream.range(0, weights.size());
        return new TermVectors((parallel ? each.parallel() : each).mapToObj(i -> numbers.vector(weights.get(i)))
                .toArray(Vector[]::new));
    }

    /** {@link EventClusterer#similarity} of statements {@code i} and {@code j}, their weights' sums given. */
    double similarity(int i, double normI, int j, double normJ) {
        return similarity(vectors[i], normI, vectors[j], normJ);
    }

    /** How many terms statement {@code i} has: its similarity to one of another size is the same both ways. */
    int size(int i) {
        return vectors[i].size();
    }

    /** The number of each term of a set of statements, to make their vectors by. */
    static final class Numbers {
        private final Map<String, Integer> ids;

        private Numbers(Map<String, Integer> ids) {
            this.ids = ids;
        }

        /** Numbers for {@code terms} (read-only once made: asked from every core). */
        static Numbers of(Collection<String> terms) {
            Map<String, Integer> ids = new HashMap<>(terms.size() * 2);
            for (String t : terms) {
                ids.putIfAbsent(t, ids.size());
            }
            return new Numbers(ids);
        }

        /** The vector of one statement's weighted terms, every one of them numbered here. */
        Vector vector(Map<String, Double> weights) {
            return new Vector(weights instanceof WeightedTerms w ? w : WeightedTerms.of(weights), ids);
        }

        /** The vector of one statement's weighted terms, in their order (their weights' array shared, not copied). */
        Vector vector(WeightedTerms weights) {
            return new Vector(weights, ids);
        }
    }

    /**
     * {@link EventClusterer#similarity} of two statements' weighted terms as vectors made by one {@link Numbers}
     * from the maps given there, their weights' sums given.
     */
    static double similarity(Vector a, double normA, Vector b, double normB) {
        if (normA + normB == 0) {
            return 0;
        }
        Vector small = a.size() <= b.size() ? a : b;
        Vector large = small == a ? b : a;
        // the large table probed inline, not by a call per term (C1 inlined no such look-up); the small one's terms
        // read from its arrays in its map's order, the order the maps' similarity sums in
        int[] keys = large.keys;
        int mask = large.mask;
        int[] terms = small.orderedKeys;
        double[] weights = small.orderedValues;
        double shared = 0;
        for (int k = 0; k < terms.length; k++) {
            int key = terms[k];
            int at = (key * 0x9E3779B9 >>> 16) & mask; // home(key)
            int here;
            while ((here = keys[at]) != key && here != 0) {
                at = (at + 1) & mask;
            }
            if (here != 0) {
                shared += weights[k] + large.values[at];
            }
        }
        return shared / (normA + normB);
    }

    /** One statement's terms: a table of term numbers (plus one; 0 is empty) and weights, and both in the map's order. */
    static final class Vector {
        private final int[] keys;
        private final double[] values;
        private final int mask;
        /** The terms and weights in the map's order, for the sum to walk. */
        private final int[] orderedKeys;
        private final double[] orderedValues;

        private Vector(WeightedTerms weights, Map<String, Integer> ids) {
            int n = weights.size();
            int capacity = Integer.highestOneBit(Math.max(1, n) * 2) * 2; // at most half full
            keys = new int[capacity];
            values = new double[capacity];
            orderedKeys = new int[n];
            orderedValues = weights.weightsShared(); // the statement's own weights, in its order
            mask = capacity - 1;
            for (int k = 0; k < n; k++) {
                int key = ids.get(weights.term(k)) + 1;
                int at = home(key);
                while (keys[at] != 0) {
                    at = (at + 1) & mask;
                }
                keys[at] = key;
                values[at] = orderedValues[k];
                orderedKeys[k] = key;
            }
        }

        int size() {
            return orderedKeys.length;
        }

        private int home(int key) {
            return (key * 0x9E3779B9 >>> 16) & mask;
        }
    }
}

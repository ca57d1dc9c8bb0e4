package org.parallax.compare.event;

import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * One statement's terms times their rarity, in two arrays, in the order they are summed and proposed: what the
 * clusterer and the undated joiner kept as a {@code HashMap<String, Double>} per statement (a node and a boxed weight
 * per term, held by every dated statement of the corpus while they ran). Read as a map too, in that order (the
 * undated joiner's {@link UndatedJoiner.Weighted} hands its terms to the Spark job as a map), read-only: a change
 * that would change it throws. Its arrays are shared with the statement's {@link TermVectors.Vector}, never changed.
 */
final class WeightedTerms extends TermArrays {

    private final double[] weights;

    private WeightedTerms(String[] terms, double[] weights) {
        super(terms);
        this.weights = weights;
    }

    /**
     * {@code terms} and their {@code weights} (copied, not kept) put in the order a {@code new HashMap<>()} given them
     * in this order iterates them ({@link HashMapOrder}), the order the clusterer's maps summed and proposed them in.
     */
    static WeightedTerms inHashMapOrder(String[] terms, double[] weights) {
        int[] order = HashMapOrder.of(terms);
        String[] t = new String[order.length];
        double[] w = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            t[k] = terms[order[k]];
            w[k] = weights[order[k]];
        }
        return new WeightedTerms(t, w);
    }

    /** {@code weights} in the map's own order (tests, and a map read as the vectors read it). */
    static WeightedTerms of(Map<String, Double> weights) {
        String[] t = new String[weights.size()];
        double[] w = new double[weights.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            t[k] = e.getKey();
            w[k++] = e.getValue();
        }
        return new WeightedTerms(t, w);
    }

    /**
     * {@code terms} times their rarity ({@code idf} holds each of them) in the order a {@code new HashMap<>()} iterates
     * them when given them in the terms' order (as a {@code TreeMap} of them gave them), whatever order they come in:
     * the undated joiner's weights, from a statement read here or from a Spark row.
     */
    static WeightedTerms inKeyOrder(Map<String, Double> terms, Map<String, Double> idf) {
        int n = terms.size();
        String[] t = new String[n];
        double[] w = new double[n];
        int k = 0;
        if (terms instanceof TermMap held) { // a statement's own terms: read by index, no entry made per term
            for (; k < n; k++) {
                t[k] = held.keyAt(k);
                w[k] = held.valueAt(k);
            }
        } else {
            for (Map.Entry<String, Double> e : terms.entrySet()) {
                t[k] = e.getKey();
                w[k++] = e.getValue();
            }
        }
        for (int i = 1; i < n; i++) { // insertion sort by term, the weights alongside: some ten terms
            String ti = t[i];
            double wi = w[i];
            int at = i;
            while (at > 0 && t[at - 1].compareTo(ti) > 0) {
                t[at] = t[at - 1];
                w[at] = w[at - 1];
                at--;
            }
            t[at] = ti;
            w[at] = wi;
        }
        for (int i = 0; i < n; i++) {
            w[i] = w[i] * idf.get(t[i]);
        }
        return inHashMapOrder(t, w);
    }

    /** The weights' sum as a stream of the map's values summed it (compensated, in this order). */
    double sum() {
        return DoubleStream.of(weights).sum();
    }

    /** The {@code k}th term in the order summed. */
    String term(int k) {
        return keys[k];
    }

    /** The weight of the {@code k}th term. */
    double weight(int k) {
        return weights[k];
    }

    /** The weights in order, the array itself: for a vector to share (no one writes it). */
    double[] weightsShared() {
        return weights;
    }

    /**
     * {@link EventClusterer#similarity(Map, double, Map, double)} of two statements' weights read from their arrays,
     * to the bit: over the smaller one's terms in its order, adding its weight and the other's.
     */
    static double similarity(WeightedTerms a, double normA, WeightedTerms b, double normB) {
        if (normA + normB == 0) {
            return 0;
        }
        WeightedTerms small = a.size() <= b.size() ? a : b;
        WeightedTerms large = small == a ? b : a;
        double shared = 0;
        for (int k = 0; k < small.keys.length; k++) {
            int o = large.indexOf(small.keys[k]);
            if (o >= 0) {
                shared += small.weights[k] + large.weights[o];
            }
        }
        return shared / (normA + normB);
    }

    @Override
    public Double get(Object key) {
        int k = key == null ? -1 : indexOf(key);
        return k < 0 ? null : weights[k];
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && indexOf(key) >= 0;
    }

    @Override
    Double boxedValueAt(int k) {
        return weights[k];
    }
}

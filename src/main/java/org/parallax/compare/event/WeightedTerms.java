package org.parallax.compare.event;

import java.util.Map;

/**
 * One statement's terms times their rarity, in two arrays, in the order they are summed and proposed: what the
 * clusterer kept as a {@code HashMap<String, Double>} per statement (a node and a boxed weight per term, held across
 * the whole clustering by every dated statement of the corpus). Read-only once made; its arrays are shared with the
 * statement's {@link TermVectors.Vector}, never changed.
 */
final class WeightedTerms {

    private final String[] terms;
    private final double[] weights;

    private WeightedTerms(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * {@code terms} and their {@code weights} (taken, not copied) put in the order a {@code new HashMap<>()} given them
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

    int size() {
        return terms.length;
    }

    /** The {@code k}th term in the order summed. */
    String term(int k) {
        return terms[k];
    }

    /** The weight of the {@code k}th term. */
    double weight(int k) {
        return weights[k];
    }

    /** The weights in order, the array itself: for a vector to share (no one writes it). */
    double[] weightsShared() {
        return weights;
    }
}

package org.parallax.eval;

/** The precision, recall and F1 arithmetic every score shares. */
final class Ratios {

    private Ratios() {
    }

    /** {@code part / whole}; 0 when {@code whole} is 0 (nothing to score counts as no success, not as NaN). */
    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}

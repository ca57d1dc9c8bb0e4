package org.parallax.eval;

/**
 * Pairwise clustering figures from pair counts: pairs of mentions put together in both clusterings, in the system's,
 * and in the gold's. With no pair on a side, its ratio is 0 ({@link Ratios#ratio}).
 */
public record PairScore(long both, long system, long gold) {

    public double precision() {
        return Ratios.ratio(both, system);
    }

    public double recall() {
        return Ratios.ratio(both, gold);
    }

    public double f1() {
        return Ratios.f1(precision(), recall());
    }
}

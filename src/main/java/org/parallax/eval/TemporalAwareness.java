package org.parallax.eval;

/**
 * Temporal awareness (UzZaman and Allen 2011) as SemEval-2015 Task 4 micro-averages it over timelines: precision is
 * the share of the system's reduced relations the gold closure holds, {@code |Sys⁻ ∩ Gold⁺| / |Sys⁻|}, recall the
 * share of the gold's reduced relations the system closure holds, {@code |Gold⁻ ∩ Sys⁺| / |Gold⁻|}; the counts of
 * several timelines are summed before dividing.
 *
 * @param systemRelations {@code |Sys⁻|}
 * @param systemEntailed  {@code |Sys⁻ ∩ Gold⁺|}
 * @param goldRelations   {@code |Gold⁻|}
 * @param goldEntailed    {@code |Gold⁻ ∩ Sys⁺|}
 */
record TemporalAwareness(int systemRelations, int systemEntailed, int goldRelations, int goldEntailed) {

    static final TemporalAwareness NONE = new TemporalAwareness(0, 0, 0, 0);

    /** The score of one system timeline against its gold timeline. */
    static TemporalAwareness of(TimelineGraph gold, TimelineGraph system) {
        return new TemporalAwareness(system.reducedSize(), system.entailedIn(gold), gold.reducedSize(),
                gold.entailedIn(system));
    }

    static TemporalAwareness of(Timelines.Timeline gold, Timelines.Timeline system) {
        return of(TimelineGraph.of(gold), TimelineGraph.of(system));
    }

    /** The counts of both, for the micro-average. */
    TemporalAwareness plus(TemporalAwareness o) {
        return new TemporalAwareness(systemRelations + o.systemRelations, systemEntailed + o.systemEntailed,
                goldRelations + o.goldRelations, goldEntailed + o.goldEntailed);
    }

    double precision() {
        return Ratios.ratio(systemEntailed, systemRelations);
    }

    double recall() {
        return Ratios.ratio(goldEntailed, goldRelations);
    }

    double f1() {
        return Ratios.f1(precision(), recall());
    }
}

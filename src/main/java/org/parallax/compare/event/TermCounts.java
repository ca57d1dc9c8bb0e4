package org.parallax.compare.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How many statements there are and how many of them hold each term: what a term's rarity is read from
 * ({@link EventClusterer#idf(long, long)}). The clusterer counts the dated statements; the undated joiner, which weighs
 * by rarity over the dated and the undated together, adds the undated ones to them instead of counting the dated
 * ones again. Read-only once made (asked from every core).
 */
public final class TermCounts {

    private final int statements;
    private final Map<String, int[]> holding;

    private TermCounts(int statements, Map<String, int[]> holding) {
        this.statements = statements;
        this.holding = holding;
    }

    /** The counts of {@code termSets} (each a statement's terms). */
    static TermCounts of(List<Map<String, Double>> termSets) {
        return count(termSets, null);
    }

    /** These counts with {@code more} statements' added (these stay as they are). */
    TermCounts plus(List<Map<String, Double>> more) {
        return count(more, this);
    }

    /** How many statements were counted. */
    int statements() {
        return statements;
    }

    /** Each term's rarity: {@code ln(1 + N / df)}. */
    Map<String, Double> idf() {
        Map<String, Double> idf = new HashMap<>(holding.size() * 2);
        holding.forEach((t, f) -> idf.put(t, EventClusterer.idf(statements, f[0])));
        return idf;
    }

    /**
     * The sets counted on every core, a share each, and the counts added, {@code base}'s too (whole numbers: the
     * order they are added in is moot).
     */
    private static TermCounts count(List<Map<String, Double>> termSets, TermCounts base) {
        int n = termSets.size();
        int shares = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 1000));
        List<Map<String, int[]>> counted = IntStream.range(0, shares).parallel()
                .mapToObj(k -> holding(termSets.subList(k * n / shares, (k + 1) * n / shares))).toList();
        Map<String, int[]> df = counted.get(0);
        for (Map<String, int[]> more : counted.subList(1, counted.size())) {
            add(more, df);
        }
        if (base == null) {
            return new TermCounts(n, df);
        }
        add(base.holding, df);
        return new TermCounts(base.statements + n, df);
    }

    private static void add(Map<String, int[]> from, Map<String, int[]> to) {
        from.forEach((t, f) -> to.computeIfAbsent(t, k -> new int[1])[0] += f[0]);
    }

    /** How many of the sets hold each term (counted in place: a boxed sum per term and statement was most of it). */
    private static Map<String, int[]> holding(List<Map<String, Double>> termSets) {
        Map<String, int[]> df = new HashMap<>();
        for (Map<String, Double> terms : termSets) {
            if (terms instanceof TermMap held) { // a statement's own terms: read by index, no entry made per term
                for (int i = 0; i < held.size(); i++) {
                    df.computeIfAbsent(held.keyAt(i), k -> new int[1])[0]++;
                }
                continue;
            }
            for (String t : terms.keySet()) {
                df.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        return df;
    }
}

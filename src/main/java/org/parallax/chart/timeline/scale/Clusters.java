package org.parallax.chart.timeline.scale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Dense days: marks that would overlap merge into one cluster mark. A cluster starts at a mark and takes every
 * following mark less than {@code minGap} pixels from that first one, so a cluster never spans {@code minGap} pixels
 * and a dense stretch becomes a row of clusters instead of one blob. A cluster is drawn at the mean of its marks,
 * pushed right just enough to stand {@code minGap} from the previous one (never past its own window), so cluster
 * marks up to {@code minGap} wide never overlap. Linear in the number of marks, which must come sorted by x.
 */
public final class Clusters {

    /** Marks {@code [from, to)} of the sorted input, drawn at {@code x} (their mean, unless that crowds the last). */
    public record Cluster(int from, int to, double x) {

        public int size() {
            return to - from;
        }

        public boolean isSingle() {
            return to - from == 1;
        }
    }

    private Clusters() {
    }

    public static List<Cluster> of(double[] sortedX, double minGap) {
        return of(sortedX, sortedX.length, minGap);
    }

    /** The first {@code count} entries of {@code sortedX} only (a reused buffer). */
    public static List<Cluster> of(double[] sortedX, int count, double minGap) {
        List<Cluster> out = new ArrayList<>();
        int from = 0;
        double sum = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            if (i > from && sortedX[i] - sortedX[from] >= minGap) {
                previous = Math.max(sum / (i - from), previous + minGap);
                out.add(new Cluster(from, i, previous));
                from = i;
                sum = 0;
            }
            sum += sortedX[i];
        }
        if (count > from) {
            out.add(new Cluster(from, count, Math.max(sum / (count - from), previous + minGap)));
        }
        return out;
    }

    /** "5 events · 4 outlets" for a cluster whose marks report through {@code outletsOf}. */
    public static <T> String label(Cluster cluster, IntFunction<? extends Collection<T>> outletsOf) {
        Set<T> outlets = new HashSet<>();
        for (int i = cluster.from(); i < cluster.to(); i++) {
            outlets.addAll(outletsOf.apply(i));
        }
        return countLabel(cluster.size(), outlets.size());
    }

    public static String countLabel(int events, int outlets) {
        return events + (events == 1 ? " event" : " events") + " · " + outlets + (outlets == 1 ? " outlet" : " outlets");
    }
}

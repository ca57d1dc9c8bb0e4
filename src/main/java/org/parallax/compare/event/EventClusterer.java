package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.parallax.compare.event.PairScoring.Bucket;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;
import org.parallax.work.ForkedTask;

/**
 * Clusters time-anchored statements across articles into events.
 *
 * <p><b>Same date.</b> Two statements can be one event only when their dates agree at the precision both give:
 * a day with the same day, a month with the same month. A coarser date that spans at most
 * {@link EventRules#MAX_ABSORBING_DAYS} days (a week, a month: "three weeks ago", "last month") can also join a
 * finer statement inside it, with the higher threshold {@link EventRules#COARSE_THRESHOLD}; a year, decade or
 * season never absorbs a day ("in 2015" says too little to be the airstrikes of 30 September).
 *
 * <p><b>Same happening.</b> The similarity is a weighted Dice coefficient over the statements' terms
 * ({@link Terms}): {@code 2·Σ shared w / (Σ w(A) + Σ w(B))}, each term weighted by its kind (names 1.5, predicate
 * heads 2, other words 1) times its rarity over all statements, {@code ln(1 + N / df)}, so "Putin" in a corpus about
 * Putin counts little and "Damascus" much. Same-date statements join at {@link EventRules#SAME_DATE_THRESHOLD}.
 * Joining is transitive (single link).
 *
 * <p><b>Blocking.</b> Statements are bucketed by date; inside a bucket an inverted index of terms proposes only
 * pairs that share a term. A term held by more than {@link EventRules#MAX_POSTING} statements of the bucket
 * proposes for each statement only the next {@link EventRules#WINDOW} statements in its list (a sorted
 * neighbourhood): identical reports chain through their neighbours, and the pairs per statement stay bounded by
 * its terms times that window. A coarse statement looks only into the buckets its interval contains. No pair outside a bucket is ever compared, so the
 * work grows with the statements per date, not with the square of the corpus.
 *
 * <p><b>Background.</b> An event is background when at least half of its statements are
 * ({@link Candidate#background()}): dated more than a week before the article that states it was published.
 *
 * <p><b>Date and label.</b> An event takes the date of its finest statements (the most frequent of them, then the
 * earliest) and the label of its most central statement (the highest similarity to the others; the shorter label
 * on a tie).
 */
public final class EventClusterer {

    /** An event with the statements it was made of. */
    public record Cluster(Event event, List<Candidate> members) {
    }

    private static final int LABEL_SAMPLE = 30;

    private long comparisons;
    private TermCounts termCounts;

    /** The number of pairs scored by the last {@link #cluster} call (for the scaling check). */
    public long comparisons() {
        return comparisons;
    }

    /**
     * The term counts of the statements the last {@link #cluster} call clustered: the undated joiner adds the undated
     * statements' to them ({@link UndatedJoiner#join(List, List, TermCounts)}) rather than count these again.
     */
    public TermCounts termCounts() {
        return termCounts;
    }

    public List<Cluster> cluster(List<Candidate> candidates) {
        int n = candidates.size();
        // the buckets and their tasks (made on one thread, but the buckets' indices) need no weight: made beside the
        // term counts and the weights
        Weighed w;
        int[] parent = new int[n];
        PairScoring scoring;
        try (ForkedTask<List<PairScoring.Task>> tasks = ForkedTask.fork(() -> tasks(candidates))) {
            termCounts = counts(candidates);
            w = weigh(candidates, termCounts.idf(), true);
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            scoring = new PairScoring(candidates, w.weights, w.vectors, w.norms, parent, null);
            scoring.runParallel(tasks.join());
        }
        double[] norms = w.norms;
        comparisons = scoring.comparisons();
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = PairScoring.find(parent, i);
        }
        // the merges' reasons counted by group on one thread (in the order of a HashMap of the merges: it orders the
        // reasons that tie), beside the groups' dates and labels, which do not need them, on every core
        List<Group> made;
        List<EventDraft> drafts;
        Map<Integer, Map<String, Integer>> counts;
        try (ForkedTask<Map<Integer, Map<String, Integer>>> reasonCounts =
                     ForkedTask.fork(() -> reasonCounts(scoring.reasons(new HashMap<>()), root))) {
            made = new ArrayList<>(groups(root).parallelStream().map(g -> new Group(g, date(g, candidates))).toList());
            made.sort(Comparator.<Group, LocalDate>comparing(o -> o.date.first())
                    .thenComparing(o -> o.date.last())
                    .thenComparing(o -> candidates.get(o.members.get(0)).mention()));
            drafts = made.parallelStream().map(o -> draft(o, candidates, w.vectors, norms)).toList();
            counts = reasonCounts.join();
        }
        return java.util.stream.IntStream.range(0, made.size()).parallel().mapToObj(k -> drafts.get(k).cluster(
                "e" + (k + 1), reasons(made.get(k).members, counts.get(root[made.get(k).members.get(0)])))).toList();
    }

    /** The statements of each group, the groups in the order of their first statements, each in the statements' order. */
    private static List<List<Integer>> groups(int[] root) {
        List<List<Integer>> groups = new ArrayList<>();
        List<List<Integer>> byRoot = new ArrayList<>(java.util.Collections.nCopies(root.length, null));
        for (int i = 0; i < root.length; i++) {
            List<Integer> g = byRoot.get(root[i]);
            if (g == null) {
                g = new ArrayList<>();
                byRoot.set(root[i], g);
                groups.add(g);
            }
            g.add(i);
        }
        return groups;
    }

    /** The statements' buckets, indexed, and what {@link #cluster} scores in them. */
    private static List<PairScoring.Task> tasks(List<Candidate> candidates) {
        Map<String, Bucket> buckets = buckets(candidates);
        buckets.values().parallelStream().forEach(Bucket::index); // each bucket's own: on every core
        NavigableMap<LocalDate, List<Bucket>> byFirstDay = new TreeMap<>();
        for (Bucket b : buckets.values()) {
            byFirstDay.computeIfAbsent(b.date.first(), k -> new ArrayList<>()).add(b);
        }
        return tasks(buckets, byFirstDay);
    }

    /**
     * What {@link #cluster} scores, in the order it merges: each bucket's statements against the later ones of their
     * own bucket, then, for a bucket that absorbs finer ones, its statements against each of those.
     */
    private static List<PairScoring.Task> tasks(Map<String, Bucket> buckets,
                                                NavigableMap<LocalDate, List<Bucket>> byFirstDay) {
        List<PairScoring.Task> tasks = new ArrayList<>();
        for (Bucket b : buckets.values()) {
            for (int i : b.members) {
                tasks.add(new PairScoring.Task(i, b, true, EventRules.SAME_DATE_THRESHOLD));
            }
            if (absorbing(b.date)) {
                for (List<Bucket> inner : byFirstDay.subMap(b.date.first(), true, b.date.last(), true).values()) {
                    for (Bucket f : inner) {
                        if (f != b && absorbs(b.date, f.date)) {
                            for (int i : b.members) {
                                tasks.add(new PairScoring.Task(i, f, false, EventRules.COARSE_THRESHOLD));
                            }
                        }
                    }
                }
            }
        }
        return tasks;
    }

    /** An event read from its group of statements, all but its id and the reasons of its merges. */
    private record EventDraft(List<Candidate> members, String label, TimexValue date, List<Span> mentions,
                        boolean background, String end) {

        Cluster cluster(String id, List<String> reasons) {
            return new Cluster(new Event(id, label, date.value(), null, mentions, background, end, reasons), members);
        }
    }

    /** The event of one group of statements, but its id and reasons. */
    private static EventDraft draft(Group o, List<Candidate> candidates, TermVectors vectors, double[] norms) {
        List<Integer> g = o.members;
        List<Candidate> members = g.stream().map(candidates::get).toList();
        List<Span> mentions = members.stream().map(Candidate::mention).distinct().sorted().toList();
        long bg = members.stream().filter(Candidate::background).count();
        String label = label(g, candidates, vectors, norms);
        TimexValue until = members.stream().map(Candidate::until).filter(java.util.Objects::nonNull)
                .max(Comparator.comparing(TimexValue::last)).orElse(null);
        return new EventDraft(members, label, o.date, mentions, 2 * bg >= members.size(),
                until != null && allRanges(members) ? until.value() : null);
    }

    /** Two statements that are one happening (their positions in the list given) and why: a merge, before grouping. */
    public record Link(int a, int b, String reason) {
    }

    /**
     * The Spark job's seam, step 1 of 2: the pairs {@link #cluster} joins inside one date block. {@code block}: the
     * statements of the bucket {@code home} (a date key) and of every coarser bucket that absorbs it ({@link #absorbs}),
     * in the corpus' order; {@code idf}: each of their terms' rarity over the whole corpus ({@link #idf(long, long)}).
     * Gives {@code home}'s pairs, then each coarser bucket's statements against {@code home}'s, each in the order
     * {@link #cluster} scores them, and every pair that passes, not only those that join two groups.
     */
    public static List<Link> links(List<Candidate> block, Map<String, Double> idf, String home) {
        Weighed w = weigh(block, idf);
        Map<String, Bucket> buckets = buckets(block);
        Bucket f = buckets.get(home);
        List<PairScoring.Task> tasks = new ArrayList<>();
        for (int i : f.members) {
            tasks.add(new PairScoring.Task(i, f, true, EventRules.SAME_DATE_THRESHOLD));
        }
        for (Bucket b : buckets.values()) {
            if (b != f && absorbs(b.date, f.date)) {
                for (int i : b.members) {
                    tasks.add(new PairScoring.Task(i, f, false, EventRules.COARSE_THRESHOLD));
                }
            }
        }
        List<Link> links = new ArrayList<>();
        new PairScoring(block, w.weights, w.vectors, w.norms, null, links).run(tasks);
        return links;
    }

    /**
     * Step 2 of 2: the event of one connected component of links, as {@link #cluster} makes it (with the id given).
     * {@code members}: its statements in the corpus' order, at {@code positions} among the corpus' statements;
     * {@code links}: every link between them (indices into {@code members}) in the order {@link #cluster} scores them
     * over the whole corpus; {@code joins}: how many links join two groups over the whole corpus (statements less
     * events), which sizes the table whose order breaks ties between equally frequent reasons, as in the desktop.
     */
    public static Cluster event(String id, List<Candidate> members, int[] positions, List<Link> links, long joins,
                                Map<String, Double> idf) {
        int n = members.size();
        int[] parent = new int[n];
        List<Integer> local = new ArrayList<>(n);
        List<Integer> global = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            local.add(i);
            global.add(positions[i]);
        }
        int capacity = 16; // HashMap's own growth: the desktop's merges table after `joins` entries
        while (joins > capacity * 3L / 4) {
            capacity *= 2;
        }
        Map<Long, String> merges = new HashMap<>(capacity);
        for (Link l : links) {
            if (PairScoring.union(parent, l.a(), l.b())) {
                merges.put(((long) positions[l.a()] << 32) | positions[l.b()], l.reason());
            }
        }
        Map<String, Integer> count = new LinkedHashMap<>(); // each reason first met as the desktop meets it
        merges.values().forEach(why -> count.merge(why, 1, Integer::sum));
        Weighed w = weigh(members, idf);
        return draft(new Group(local, date(local, members)), members, w.vectors, w.norms).cluster(id,
                reasons(global, count));
    }

    /** The order {@link #cluster} numbers its events in; events that tie stay as given (their first statements' order). */
    public static final Comparator<Cluster> NUMBERING = Comparator.<Cluster, LocalDate>comparing(c -> dateOf(c).first())
            .thenComparing(c -> dateOf(c).last()).thenComparing(c -> c.members().get(0).mention());

    private static TimexValue dateOf(Cluster c) {
        return date(java.util.stream.IntStream.range(0, c.members().size()).boxed().toList(), c.members());
    }

    /** Whether a bucket of this date may absorb finer ones: a week or a month, not a day or a year. */
    public static boolean absorbing(TimexValue coarse) {
        return !coarse.isDay() && coarse.dayCount() <= EventRules.MAX_ABSORBING_DAYS;
    }

    /** Whether a bucket dated {@code coarse} absorbs one dated {@code fine} (a different bucket). */
    public static boolean absorbs(TimexValue coarse, TimexValue fine) {
        return absorbing(coarse) && coarse.contains(fine) && fine.dayCount() < coarse.dayCount();
    }

    private static Map<String, Bucket> buckets(List<Candidate> candidates) {
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            TimexValue d = candidates.get(i).date();
            buckets.computeIfAbsent(candidates.get(i).dateKey(), k -> new Bucket(d))
                    .add(i, (TermMap) candidates.get(i).terms());
        }
        return buckets;
    }

    /** Each statement's terms times their rarity, the same as numbered terms, and the sum of them. */
    private record Weighed(List<WeightedTerms> weights, TermVectors vectors, double[] norms) {
    }

    private static Weighed weigh(List<Candidate> candidates, Map<String, Double> idf) {
        return weigh(candidates, idf, false);
    }

    /** As above, on every core when {@code parallel} (each statement's weights read alone, in its own order). */
    private static Weighed weigh(List<Candidate> candidates, Map<String, Double> idf, boolean parallel) {
        int n = candidates.size();
        double[] norms = new double[n];
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, n);
        List<WeightedTerms> weights = (parallel ? each.parallel() : each).mapToObj(i -> {
            // a statement's terms by index in their map's order (the order they are summed in), no entry per term
            TermMap terms = (TermMap) candidates.get(i).terms();
            String[] t = new String[terms.size()];
            double[] w = new double[t.length];
            double sum = 0;
            for (int k = 0; k < t.length; k++) {
                t[k] = terms.keyAt(k);
                w[k] = terms.valueAt(k) * idf.get(t[k]);
                sum += w[k];
            }
            norms[i] = sum;
            // then in the order a HashMap of them iterates, the order pairs are proposed and summed in (the weights
            // were such a map: a node and a boxed weight per term, every statement's held while clustering)
            return WeightedTerms.inHashMapOrder(t, w);
        }).toList();
        return new Weighed(weights, TermVectors.of(weights, idf.keySet(), parallel), norms);
    }

    /** Weighted Dice: twice the weight of the shared terms over the weight of both. */
    static double similarity(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
        if (a instanceof WeightedTerms x && b instanceof WeightedTerms y) {
            return WeightedTerms.similarity(x, normA, y, normB); // the same sum read from arrays, no entry per term
        }
        if (normA + normB == 0) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double shared = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                shared += e.getValue() + o;
            }
        }
        return shared / (normA + normB);
    }

    /** Similarity of two statements within one corpus of statements (for tests and explanations). */
    public static double similarity(Candidate a, Candidate b, List<Candidate> all) {
        Map<String, Double> idf = idf(all);
        Map<String, Double> wa = new HashMap<>();
        Map<String, Double> wb = new HashMap<>();
        a.terms().forEach((t, w) -> wa.put(t, w * idf.getOrDefault(t, 1.0)));
        b.terms().forEach((t, w) -> wb.put(t, w * idf.getOrDefault(t, 1.0)));
        return similarity(wa, wa.values().stream().mapToDouble(Double::doubleValue).sum(), wb,
                wb.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    private static Map<String, Double> idf(List<Candidate> candidates) {
        return counts(candidates).idf();
    }

    private static TermCounts counts(List<Candidate> candidates) {
        return TermCounts.of(candidates.stream().map(Candidate::terms).toList());
    }

    /** A term's rarity among {@code statements}, {@code holding} of which name it. */
    public static double idf(long statements, long holding) {
        return Math.log(1.0 + (double) statements / holding);
    }

    /** The finest date of the group: most frequent among the finest statements, then the earliest. */
    private static TimexValue date(List<Integer> g, List<Candidate> candidates) {
        long minDays = g.stream().mapToLong(i -> candidates.get(i).date().dayCount()).min().orElseThrow();
        Map<String, Integer> count = new HashMap<>();
        Map<String, TimexValue> value = new HashMap<>();
        for (int i : g) {
            TimexValue d = candidates.get(i).date();
            if (d.dayCount() == minDays) {
                count.merge(d.value(), 1, Integer::sum);
                value.putIfAbsent(d.value(), d);
            }
        }
        return value.values().stream().max(Comparator.<TimexValue>comparingInt(d -> count.get(d.value()))
                .thenComparing(TimexValue::first, Comparator.reverseOrder())).orElseThrow();
    }

    /**
     * The label of the group's most central statement: the highest summed similarity to the group's first
     * {@link #LABEL_SAMPLE} members less its {@link LabelPenalty}, the shorter label on a tie, the first on an equal
     * one.
     */
    static String label(List<Integer> g, List<Candidate> candidates, TermVectors vectors, double[] norms) {
        // centrality against at most the first LABEL_SAMPLE members keeps a huge event linear
        int sample = Math.min(g.size(), LABEL_SAMPLE);
        double[][] among = amongSample(g, sample, vectors, norms);
        int best = -1;
        double bestScore = -1;
        int bestLength = 0;
        for (int k = 0; k < g.size(); k++) {
            int i = g.get(k);
            double score = 0;
            for (int s = 0; s < sample; s++) {
                int j = g.get(s);
                if (i != j) {
                    score += k < sample ? among[k][s] : vectors.similarity(i, norms[i], j, norms[j]);
                }
            }
            String l = candidates.get(i).label();
            if (best >= 0 && score <= bestScore + 1e-9 && l.length() >= bestLength) {
                continue; // a penalty (0 or more) only lowers the score: neither better nor a shorter tie, not asked
            }
            score -= LabelPenalty.of(l);
            if (best < 0 || score > bestScore + 1e-9
                    || Math.abs(score - bestScore) <= 1e-9 && l.length() < bestLength) {
                best = i;
                bestScore = score;
                bestLength = l.length();
            }
        }
        return candidates.get(best).label();
    }

    /**
     * The similarities of the group's first {@code sample} members with each other, by their places: a pair's second
     * direction is the first's where the two statements differ in size (the sum walks the smaller's terms either way,
     * the same double), computed again only where they do not.
     */
    static double[][] amongSample(List<Integer> g, int sample, TermVectors vectors, double[] norms) {
        double[][] among = new double[sample][sample];
        for (int a = 0; a < sample; a++) {
            int i = g.get(a);
            for (int b = a + 1; b < sample; b++) {
                int j = g.get(b);
                among[a][b] = vectors.similarity(i, norms[i], j, norms[j]);
                among[b][a] = vectors.size(i) != vectors.size(j) ? among[a][b]
                        : vectors.similarity(j, norms[j], i, norms[i]);
            }
        }
        return among;
    }

    private record Group(List<Integer> members, TimexValue date) {
    }

    /**
     * How often each reason made a merge, by group (its root), each group's reasons in the order of {@code all}:
     * one pass over the merges, not one per group (the square of a corpus' events).
     */
    private static Map<Integer, Map<String, Integer>> reasonCounts(Map<Long, String> all, int[] root) {
        Map<Integer, Map<String, Integer>> out = new HashMap<>();
        all.forEach((pair, why) -> out.computeIfAbsent(root[(int) (pair >>> 32)], k -> new LinkedHashMap<>())
                .merge(why, 1, Integer::sum));
        return out;
    }

    /** The distinct reasons of the merges inside one group, the most frequent first, at most a few. */
    private static List<String> reasons(List<Integer> g, Map<String, Integer> count) {
        if (g.size() < 2 || count == null) {
            return List.of();
        }
        return count.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(EventRules.MAX_REASONS).map(Map.Entry::getKey).toList();
    }

    /** Whether every statement is a range (a point statement joined to a range keeps its point date). */
    private static boolean allRanges(List<Candidate> members) {
        return members.stream().allMatch(c -> c.until() != null);
    }
}

package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.parallax.model.TimexValue;

/**
 * The pairs of statements that blocking proposes inside a date bucket ({@link EventClusterer}), scored and merged.
 * Scoring a statement against a bucket reads the statements' weights alone, so the statements are scored on every
 * core, a batch at a time; their passing pairs are then merged on one thread in the order one thread scores them, so
 * the groups, the reasons and the order they were found in are those of scoring one after the other (the scoring was
 * a fifth of the events step, on one core).
 */
final class PairScoring {

    /** Tasks scored on every core before their merges are made: bounds the passing pairs held at once. */
    private static final int BATCH = 4096;

    private final List<Candidate> candidates;
    private final List<WeightedTerms> weights;
    private final TermVectors vectors;
    private final double[] norms;
    private final int[] parent;
    private final List<EventClusterer.Link> links;
    private long comparisons;
    private long computed;
    /** The merges made, in order, whose reasons {@link #reasons} writes. */
    private final Merges merges = new Merges();
    private boolean reasonsWritten;

    /**
     * @param weights each statement's terms times their rarity, {@code vectors} the same numbered
     * @param parent  the union-find forest to merge into, {@code null} when only links are wanted
     * @param links   where every passing pair goes, not only those that merge; {@code null} to merge
     */
    PairScoring(List<Candidate> candidates, List<WeightedTerms> weights, TermVectors vectors, double[] norms,
                int[] parent, List<EventClusterer.Link> links) {
        if ((parent == null) == (links == null)) {
            throw new IllegalArgumentException("either a forest to merge into or a list of links, not both");
        }
        this.candidates = candidates;
        this.weights = weights;
        this.vectors = vectors;
        this.norms = norms;
        this.parent = parent;
        this.links = links;
    }

    /** Statement {@code i} to be scored against bucket {@code b} (in its own bucket only against later ones). */
    record Task(int i, Bucket b, boolean sameBucket, double threshold) {
    }

    /** The pairs scored so far. */
    long comparisons() {
        return comparisons;
    }

    /**
     * How many of {@link #comparisons} had their similarity computed: when merging, a pair already joined when it is
     * scored is counted but not computed (its merge would be skipped); with links, every one. Read by
     * {@code PairScoringTest} alone: the merges are the same whether or not the cut is made, so this count is the
     * only way to see that it is.
     */
    long similaritiesComputed() {
        return computed;
    }

    /** Scores and merges the tasks on one thread, in their order (the Spark job's seam: one date block). */
    void run(List<Task> tasks) {
        int[] seen = seen(candidates.size());
        int[] joined = parent == null ? null : parent.clone(); // kept equal to the forest: the same unions, in order
        for (Task t : tasks) {
            merge(t, score(t, seen, joined));
        }
    }

    /** As {@link #run}, each batch of tasks scored on every core; the merges made as {@link #run} makes them. */
    void runParallel(List<Task> tasks) {
        int chunks = Math.max(1, 2 * Runtime.getRuntime().availableProcessors());
        int[][] seen = new int[chunks][];
        int[][] joined = new int[chunks][];
        int[] replayed = new int[chunks]; // how many of the merges each chunk's forest has had made in it
        for (int from = 0; from < tasks.size(); from += BATCH) {
            List<Task> batch = tasks.subList(from, Math.min(tasks.size(), from + BATCH));
            int per = (batch.size() + chunks - 1) / chunks;
            List<List<Passed>> passed = IntStream.range(0, chunks).parallel().mapToObj(c -> {
                List<Passed> out = new ArrayList<>();
                int lo = Math.min(batch.size(), c * per);
                int hi = Math.min(batch.size(), lo + per);
                if (lo < hi && seen[c] == null) {
                    seen[c] = seen(candidates.size());
                }
                if (lo < hi && parent != null) {
                    // the forest as the merges before this batch left it (no merge runs while a batch is scored),
                    // then joined further by this chunk's own pairs that will merge: a part of what the forest will
                    // have joined when each of its tasks is merged. Copied once; then the merges made since it was
                    // last brought up are made in it: every pair it joined on its own has been merged (or was
                    // joined already) in the forest, so it joins just what the forest joins again (copying the
                    // forest at every batch was chunks times the statements per batch)
                    if (joined[c] == null) {
                        joined[c] = parent.clone();
                    } else {
                        replay(joined[c], replayed[c]);
                    }
                    replayed[c] = merges.size;
                }
                for (int k = lo; k < hi; k++) {
                    out.add(score(batch.get(k), seen[c], joined[c]));
                }
                return out;
            }).toList();
            int k = 0;
            for (List<Passed> chunk : passed) {
                for (Passed p : chunk) {
                    merge(batch.get(k++), p);
                }
            }
        }
    }

    /** Makes in {@code forest} the merges from the {@code from}th on, as they were made in the forest. */
    private void replay(int[] forest, int from) {
        for (int k = from; k < merges.size; k++) {
            union(forest, merges.a[k], merges.b[k]);
        }
    }

    private static int[] seen(int n) {
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        return seen;
    }

    /**
     * The pairs of a task that reach its threshold (or the gist's, if lower), in the order they were scored; when
     * merging, only those that join by a rule, each with it.
     */
    private static final class Passed {
        long comparisons;
        long computed;
        int size;
        int[] others = new int[4];
        /** With links: each pair's similarity; {@code null} when merging. */
        double[] similarities;
        /** When merging: the rule each pair joins by; {@code null} with links. */
        Sameness.Rule[] rules;

        void add(int j, double sim) {
            if (similarities == null) {
                similarities = new double[others.length];
            }
            if (size == others.length) {
                others = Arrays.copyOf(others, size * 2);
                similarities = Arrays.copyOf(similarities, size * 2);
            }
            others[size] = j;
            similarities[size++] = sim;
        }

        void add(int j, Sameness.Rule rule) {
            if (rules == null) {
                rules = new Sameness.Rule[others.length];
            }
            if (size == others.length) {
                others = Arrays.copyOf(others, size * 2);
                rules = Arrays.copyOf(rules, size * 2);
            }
            others[size] = j;
            rules[size++] = rule;
        }
    }

    /**
     * Scores {@code t.i} against the statements of bucket {@code t.b} that share a proposing term with it; in its own
     * bucket only against later ones, so each pair is scored once. {@code seen[j] == i} marks those done for {@code i}
     * (a statement's tasks are each against another bucket, so the marks of one never hide a pair of another).
     * {@code joined}: {@code null} for links (every passing pair); when merging, a forest whose every pair is joined
     * by the time this task is merged: a pair it joins is counted and not scored (its merge would be skipped, and
     * most pairs of a much repeated happening are joined through others before they are scored), and a pair that
     * joins by a rule is joined in it too.
     */
    private Passed score(Task t, int[] seen, int[] joined) {
        int i = t.i();
        Passed out = new Passed();
        double min = Math.min(t.threshold(), EventRules.GIST_THRESHOLD);
        WeightedTerms terms = weights.get(i);
        for (int n = 0; n < terms.size(); n++) { // in the order the weights' maps held them
            Posting posting = t.b().posting(terms.term(n));
            if (posting == null) {
                continue;
            }
            int from = 0;
            int to = posting.size();
            if (posting.size() > EventRules.MAX_POSTING) {
                // a common term: only the next statements in its list (sorted neighbourhood); the chain of
                // neighbours still joins a happening a thousand outlets repeat
                int at = posting.search(i);
                from = at >= 0 ? at + 1 : -at - 1;
                to = Math.min(posting.size(), from + EventRules.WINDOW);
            }
            for (int k = from; k < to; k++) {
                int j = posting.get(k);
                if (t.sameBucket() && j <= i || seen[j] == i) {
                    continue;
                }
                seen[j] = i;
                out.comparisons++;
                if (joined != null && find(joined, i) == find(joined, j)) {
                    continue;
                }
                out.computed++;
                double sim = vectors.similarity(i, norms[i], j, norms[j]);
                if (sim < min) {
                    continue;
                }
                if (joined == null) {
                    out.add(j, sim);
                    continue;
                }
                // whether they join hangs on the two statements and their similarity alone: asked here, on
                // every core, rather than on the one thread that merges
                Sameness.Rule rule = Sameness.rule(candidates.get(i), candidates.get(j), sim, t.threshold());
                if (rule != Sameness.Rule.NONE) {
                    out.add(j, rule);
                    union(joined, i, j);
                }
            }
        }
        return out;
    }

    /** Merges (or links) the passing pairs of a task, in the order they were scored. */
    private void merge(Task t, Passed p) {
        comparisons += p.comparisons;
        computed += p.computed;
        int i = t.i();
        for (int k = 0; k < p.size; k++) {
            int j = p.others[k];
            if (links != null) {
                String why = Sameness.reason(candidates.get(i), candidates.get(j), p.similarities[k], t.threshold(),
                        weights.get(i));
                if (why != null) {
                    links.add(new EventClusterer.Link(i, j, why));
                }
                continue;
            }
            // joined already: no merge to give a reason for (most pairs of a much repeated happening); whether they
            // merge is decided here, in order; the words of why are written once all are merged
            if (union(parent, i, j)) {
                merges.add(i, j, p.rules[k]);
            }
        }
    }

    /**
     * Puts each merge's reason, by pair {@code i << 32 | j}, into {@code into} in the order the merges were made (a
     * map's order hangs on it), the words written first on every core: they read the two statements alone, and
     * writing them on the one thread that merges was half of merging. Asked once, after the tasks are run (the
     * clusterer asks it beside the reading of its groups); a second call throws.
     */
    Map<Long, String> reasons(Map<Long, String> into) {
        if (reasonsWritten) {
            throw new IllegalStateException("the reasons are written once");
        }
        reasonsWritten = true;
        String[] texts = IntStream.range(0, merges.size).parallel().mapToObj(k -> Sameness.text(merges.rules[k],
                candidates.get(merges.a[k]), candidates.get(merges.b[k]), weights.get(merges.a[k])))
                .toArray(String[]::new);
        for (int k = 0; k < merges.size; k++) {
            into.put(((long) merges.a[k] << 32) | merges.b[k], texts[k]);
        }
        return into;
    }

    /** Merges in the order made: the two statements and the rule that joined them. */
    private static final class Merges {
        int size;
        int[] a = new int[16];
        int[] b = new int[16];
        Sameness.Rule[] rules = new Sameness.Rule[16];

        void add(int i, int j, Sameness.Rule rule) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                rules = Arrays.copyOf(rules, size * 2);
            }
            a[size] = i;
            b[size] = j;
            rules[size++] = rule;
        }
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; whether they were apart. */
    static boolean union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
            return true;
        }
        return false;
    }

    /**
     * The statements of one date (or range) and an inverted index of their terms: each term's statements in the order
     * added, as ints (a list of boxed positions per term was most of making the buckets, on one core).
     */
    static final class Bucket {
        final TimexValue date;
        final List<Integer> members = new ArrayList<>();
        private final List<TermMap> terms = new ArrayList<>();
        private volatile Map<String, Posting> index;

        Bucket(TimexValue date) {
            this.date = date;
        }

        /** Adds statement {@code i} (after every one added before) with its terms. */
        void add(int i, TermMap terms) {
            if (index != null) {
                throw new IllegalStateException("indexed already");
            }
            members.add(i);
            this.terms.add(terms);
        }

        /** The statements holding {@code term}, in the order added; {@code null} when none does. */
        Posting posting(String term) {
            Map<String, Posting> made = index;
            return (made != null ? made : index()).get(term);
        }

        /** Makes the index once the statements are all added (on any thread: a bucket's own work). */
        synchronized Map<String, Posting> index() {
            if (index == null) {
                Map<String, Posting> made = new HashMap<>();
                for (int k = 0; k < members.size(); k++) {
                    int i = members.get(k);
                    TermMap ts = terms.get(k);
                    for (int n = 0; n < ts.size(); n++) { // by index in the map's order: no entry per term
                        made.computeIfAbsent(ts.keyAt(n), x -> new Posting()).add(i);
                    }
                }
                index = made;
                terms.clear(); // read: only the index is asked from now on
            }
            return index;
        }
    }

    /** One term's statements in a bucket, ascending. */
    static final class Posting {
        private int[] members = new int[2];
        private int size;

        private void add(int i) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = i;
        }

        int size() {
            return size;
        }

        int get(int k) {
            return members[k];
        }

        /** {@link java.util.Collections#binarySearch} of {@code i} among them. */
        int search(int i) {
            return Arrays.binarySearch(members, 0, size, i);
        }
    }
}

package org.parallax.compare.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The pairs of {@link Utterance}s worth comparing: every pair that could pass a link rule of {@link QuoteSimilarity},
 * found without comparing all pairs and without dropping common words. Each rule needs a least overlap, and a
 * quote's overlap of t tokens with another means any {@code size - t + 1} of its tokens hold one of them
 * (pigeonhole), so each utterance looks up only its rarest tokens in an index of every utterance's tokens (prefix
 * filtering, as in set-similarity joins):
 *
 * <ul>
 *   <li>a common run of {@value QuoteSimilarity#MIN_RUN} stems is a shared run of that many stems: runs are
 *       indexed whole;</li>
 *   <li>a containment of {@value QuoteSimilarity#TEXT_CONTAINMENT} (text link) or {@value QuoteSimilarity#NEAR_VERBATIM}
 *       (near-verbatim) needs that share of the shorter's stems in the longer: the shorter looks up its rarest
 *       stems, or for the text link, whichever is fewer postings, all but one of its content words (the rule needs
 *       {@value QuoteSimilarity#MIN_SHARED_CONTENT} of them);</li>
 *   <li>a translation link needs {@value QuoteSimilarity#MIN_TRANSLATION_SHARED} shared content classes and
 *       {@value QuoteSimilarity#TRANSLATION_OVERLAP} of the smaller's: direct quotes, by class;</li>
 *   <li>equal words without a speaker: by words.</li>
 * </ul>
 * A stem repeated in a quote is a token per occurrence (the second "no" matches only a quote with two). The result is
 * a superset of the pairs that link (never two utterances standing in one and the same article); {@link CoreLinks}
 * checks each.
 */
final class CandidateBlocking {

    private final List<Utterance> us;
    /** (stem, n-th occurrence) → utterances holding the stem at least n times. */
    private final Map<Long, IntList> stems = new HashMap<>();
    /** hash of a run of {@value QuoteSimilarity#MIN_RUN} stems ({@link Utterance#runs}) → utterances holding it. */
    private final Map<Long, IntList> runs = new HashMap<>();
    /** content class → direct utterances holding it. */
    private final Map<Integer, IntList> classes = new HashMap<>();
    /** words → utterances without a speaker. */
    private final Map<List<String>, IntList> unspoken = new HashMap<>();

    CandidateBlocking(List<Utterance> us) {
        this.us = us;
        for (int u = 0; u < us.size(); u++) {
            Utterance x = us.get(u);
            for (long t : occurrences(x.sortedStems())) {
                stems.computeIfAbsent(t, k -> new IntList()).add(u);
            }
            for (long run : x.runs()) {
                runs.computeIfAbsent(run, z -> new IntList()).add(u);
            }
            if (x.direct()) {
                for (int c : x.classes()) {
                    classes.computeIfAbsent(c, k -> new IntList()).add(u);
                }
            }
            if (x.who() == null) {
                unspoken.computeIfAbsent(x.words(), k -> new IntList()).add(u);
            }
        }
    }

    /** Every candidate pair once, as {@code (smaller << 32) | larger}, sorted; an utterance is not paired with itself. */
    long[] pairs() {
        // the partners each utterance has found, marked with its place u: an array is used by one utterance at a time
        // and handed on uncleared (a mark left by another is not u), so there are about as many as threads; local to
        // this call, so none outlives it (a ThreadLocal's stayed in each pool thread after the call, as 0090 found of
        // the undated joiner's)
        Queue<int[]> free = new ConcurrentLinkedQueue<>();
        long[][] each = IntStream.range(0, us.size()).parallel().mapToObj(u -> {
            int[] mark = free.poll();
            if (mark == null) {
                mark = new int[us.size()];
                Arrays.fill(mark, -1);
            }
            try {
                return probe(u, mark);
            } finally {
                free.offer(mark);
            }
        }).toArray(long[][]::new);
        int total = 0;
        for (long[] e : each) {
            total += e.length;
        }
        long[] all = new long[total];
        int n = 0;
        for (long[] e : each) {
            System.arraycopy(e, 0, all, n, e.length);
            n += e.length;
        }
        Arrays.parallelSort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    /** The partners utterance {@code u} finds through its own tokens, as pair keys ({@code mark[v] == u}: v found). */
    private long[] probe(int u, int[] mark) {
        Utterance x = us.get(u);
        IntList found = new IntList();
        for (long run : x.runs()) {
            collect(runs.get(run), u, mark, found, v -> v > u);
        }
        for (long t : containmentPrefix(x)) {
            collect(stems.get(t), u, mark, found, v -> us.get(v).size() >= x.size());
        }
        if (x.direct()) {
            int least = QuoteSimilarity.leastShared(x.classes().length, QuoteSimilarity.MIN_TRANSLATION_SHARED,
                    QuoteSimilarity.TRANSLATION_OVERLAP);
            if (least > 0) {
                for (int c : rarest(boxed(x.classes()), classes::get, x.classes().length - least + 1)) {
                    collect(classes.get(c), u, mark, found, v -> us.get(v).classes().length >= x.classes().length);
                }
            }
        }
        if (x.who() == null) {
            collect(unspoken.get(x.words()), u, mark, found, v -> v > u);
        }
        long[] out = new long[found.size];
        for (int i = 0; i < found.size; i++) {
            int v = found.values[i];
            out[i] = ((long) Math.min(u, v) << 32) | Math.max(u, v);
        }
        return out;
    }

    /**
     * The stem tokens {@code x} looks up as the shorter of a pair: enough of its rarest to meet any quote it could be
     * near-verbatim with, and for the text link the cheaper of its rarest stems or all but one of its content words.
     */
    private List<Long> containmentPrefix(Utterance x) {
        int n = x.size();
        List<Long> out = new ArrayList<>();
        if (n < Math.min(QuoteSimilarity.MIN_TEXT_WORDS, QuoteSimilarity.MIN_NEAR_VERBATIM_WORDS)) {
            return out;
        }
        List<Long> all = rarest(occurrences(x.sortedStems()), stems::get, Integer.MAX_VALUE);
        if (n >= QuoteSimilarity.MIN_NEAR_VERBATIM_WORDS) {
            out.addAll(all.subList(0, n - QuoteSimilarity.leastShared(n, 0, QuoteSimilarity.NEAR_VERBATIM) + 1));
        }
        int contentWords = x.sortedContent().length;
        if (n >= QuoteSimilarity.MIN_TEXT_WORDS && contentWords >= QuoteSimilarity.MIN_SHARED_CONTENT) {
            List<Long> byStems = all.subList(0, n - QuoteSimilarity.leastShared(n, 0, QuoteSimilarity.TEXT_CONTAINMENT) + 1);
            List<Long> byContent = rarest(occurrences(x.sortedContent()), stems::get,
                    contentWords - QuoteSimilarity.MIN_SHARED_CONTENT + 1);
            out.addAll(postings(byStems) <= postings(byContent) ? byStems : byContent);
        }
        return out;
    }

    private long postings(List<Long> tokens) {
        long sum = 0;
        for (long t : tokens) {
            IntList p = stems.get(t);
            sum += p == null ? 0 : p.size;
        }
        return sum;
    }

    private static <K> List<K> rarest(List<K> tokens, java.util.function.Function<K, IntList> postings, int count) {
        List<K> sorted = new ArrayList<>(tokens);
        sorted.sort(Comparator.comparingInt(t -> {
            IntList p = postings.apply(t);
            return p == null ? 0 : p.size;
        }));
        return sorted.subList(0, Math.max(0, Math.min(count, sorted.size())));
    }

    private static List<Integer> boxed(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** Adds the partners of {@code u} in {@code postings} not yet found that {@code accept}s and a link could join. */
    private void collect(IntList postings, int u, int[] mark, IntList found,
                                java.util.function.IntPredicate accept) {
        if (postings == null) {
            return;
        }
        for (int i = 0; i < postings.size; i++) {
            int v = postings.values[i];
            if (v != u && mark[v] != u && accept.test(v) && !us.get(u).inOneArticleWith(us.get(v))) {
                mark[v] = u;
                found.add(v);
            }
        }
    }

    /** Tokens (stem, n-th occurrence) of sorted stems. */
    private static List<Long> occurrences(int[] sorted) {
        List<Long> out = new ArrayList<>(sorted.length);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            n = i > 0 && sorted[i] == sorted[i - 1] ? n + 1 : 1;
            out.add(((long) sorted[i] << 32) | n);
        }
        return out;
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}

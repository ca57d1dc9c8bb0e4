package org.parallax.text;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search for the part-of-speech tagger ({@code opennlp.tools.ml.BeamSearch.bestSequence}), step for
 * step, with two changes: the score a tag must reach to stay in the beam (the beam size's largest of all the tags'
 * scores) is picked out in one pass instead of sorting every tag's score at every word of every beam (a seventh of
 * all tagging; the same number), and a sequence points to the one it extends instead of copying its tags and
 * probabilities (scored as OpenNLP's {@code Sequence} is, ordered the same in the same queues). So the tags are
 * OpenNLP's own. One per thread: the context generator keeps a cache of the words it last saw.
 *
 * <p>The scores of a sequence's context equal (by value) to the one just evaluated at the same word are reused, not
 * computed again: the model's answer depends on the context alone, so the numbers are the same. The model caches its
 * features per word ({@code cache="true"} in its descriptor), so most sequences at a word get equal contexts (two of
 * every three evaluations saved).
 */
final class TagBeam {

    /** OpenNLP's floor on a sequence's log score. */
    private static final double ZERO_LOG = -100000;

    private final int size;
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probs;

    TagBeam(int size, MaxentModel model, POSContextGenerator contexts, SequenceValidator<String> validator) {
        this.size = size;
        this.model = model;
        this.contexts = contexts;
        this.validator = validator;
        this.probs = new double[model.getNumOutcomes()];
    }

    /** The best sequence of tags for {@code words}, as OpenNLP's tagger gives it before naming its tag format. */
    String[] best(String[] words) {
        Queue<Path> prev = new PriorityQueue<>(size);
        Queue<Path> next = new PriorityQueue<>(size);
        prev.add(new Path());
        Object[] none = new Object[0];
        for (int i = 0; i < words.length; i++) {
            int sz = Math.min(size, prev.size());
            String[] evaluated = null;
            double[] scores = null;
            double min = 0;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Path top = prev.remove();
                String[] outcomes = top.tags();
                String[] context = contexts.getContext(i, words, outcomes, none);
                if (evaluated == null || !Arrays.equals(context, evaluated)) {
                    scores = model.eval(context, probs);
                    min = kthLargest(scores, size);
                    evaluated = context;
                }
                advance(next, top, i, words, outcomes, scores, min);
                if (next.isEmpty()) {
                    advance(next, top, i, words, outcomes, scores, Double.NEGATIVE_INFINITY);
                }
            }
            prev.clear();
            Queue<Path> tmp = prev;
            prev = next;
            next = tmp;
        }
        return prev.isEmpty() ? null : prev.remove().tags();
    }

    /** Every valid tag scoring {@code min} or more extends {@code top} (all valid ones when min is -∞). */
    private void advance(Queue<Path> next, Path top, int i, String[] words, String[] outcomes, double[] scores,
                         double min) {
        boolean all = min == Double.NEGATIVE_INFINITY;
        for (int p = 0; p < scores.length; p++) {
            if (all || scores[p] >= min) {
                String out = model.getOutcome(p);
                if (validator.validSequence(i, words, outcomes, out)) {
                    Path ns = new Path(top, out, scores[p]);
                    if (ns.score > ZERO_LOG) {
                        next.add(ns);
                    }
                }
            }
        }
    }

    /** A sequence of tags: the one it extends, its last tag, and its score as OpenNLP scores a {@code Sequence}. */
    private static final class Path implements Comparable<Path> {
        final Path before;
        final String tag;
        final int length;
        final double score;

        Path() {
            this.before = null;
            this.tag = null;
            this.length = 0;
            this.score = 0;
        }

        Path(Path before, String tag, double p) {
            this.before = before;
            this.tag = tag;
            this.length = before.length + 1;
            this.score = before.score + StrictMath.log(p);
        }

        String[] tags() {
            String[] out = new String[length];
            for (Path q = this; q.length > 0; q = q.before) {
                out[q.length - 1] = q.tag;
            }
            return out;
        }

        /** Best first, as {@code Sequence.compareTo}. */
        @Override
        public int compareTo(Path o) {
            return Double.compare(o.score, score);
        }
    }

    /**
     * The value a sorted copy of {@code scores} holds at {@code max(0, length - k)}: the k-th largest in
     * {@link Double#compare}'s order ({@code Arrays.sort}'s), or the smallest when there are no more than k.
     */
    static double kthLargest(double[] scores, int k) {
        int keep = Math.min(k, scores.length);
        if (keep < k || keep == 0) {
            double least = scores.length == 0 ? Double.NaN : scores[0];
            for (double s : scores) {
                if (Double.compare(s, least) < 0) {
                    least = s;
                }
            }
            return least; // no more scores than the beam: the smallest
        }
        double[] top = new double[k]; // descending
        int filled = 0;
        for (double s : scores) {
            int j;
            if (filled < k) {
                j = filled++;
            } else if (Double.compare(s, top[k - 1]) > 0) {
                j = k - 1; // the smallest kept leaves
            } else {
                continue;
            }
            while (j > 0 && Double.compare(top[j - 1], s) < 0) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = s;
        }
        return top[k - 1];
    }
}

package org.parallax.text;

import java.util.PriorityQueue;
import java.util.Queue;

/**
 * OpenNLP's beam search for the part-of-speech tagger ({@code opennlp.tools.ml.BeamSearch.bestSequence}), step for
 * step, with these changes: the score a tag must reach to stay in the beam (the beam size's largest of all the tags'
 * scores) is picked out in one pass instead of sorting every tag's score at every word of every beam (the same
 * number); a sequence points to the one it extends instead of copying its tags and probabilities (scored as OpenNLP's
 * {@code Sequence} is, ordered the same in the same queues); and the scores come from {@link TagScorer}, OpenNLP's
 * numbers without its feature strings, and the tags that pass and their logs are found once per word, not once per
 * sequence. So the tags are OpenNLP's own. One per thread (it keeps its queues and scores).
 *
 * <p>Each word is scored once, with the tags of the best sequence so far, and every sequence in the beam extends
 * with those scores. That is what OpenNLP does with this model: its descriptor says {@code cache="true"}, so the
 * features at a word, the previous tags' among them, are made for the first sequence asked (the best) and served
 * from the cache to the others.
 */
final class TagBeam {

    /** OpenNLP's floor on a sequence's log score. */
    private static final double ZERO_LOG = -100000;

    private final int size;
    private final TagScorer scorer;
    private final TagModel model;
    private final double[] scores;
    private final int[] kept;
    private final double[] keptLogs;
    private int keptCount;
    // the beam's two queues, kept between runs: a queue made anew grew its array at every run's first words
    private final Queue<Path> first = new PriorityQueue<>();
    private final Queue<Path> second = new PriorityQueue<>();

    TagBeam(TagScorer scorer) {
        this.scorer = scorer;
        this.model = scorer.model();
        this.size = model.beamSize();
        this.scores = new double[model.tagCount()];
        this.kept = new int[model.tagCount()];
        this.keptLogs = new double[model.tagCount()];
    }

    /** The best sequence of tags for {@code words}, as OpenNLP's tagger gives it before naming its tag format. */
    String[] best(String[] words) {
        WordFeatures[] features = scorer.features(words);
        Queue<Path> prev = first;
        Queue<Path> next = second;
        prev.clear();
        next.clear();
        prev.add(new Path());
        for (int i = 0; i < words.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Path top = prev.remove();
                if (sc == 0) {
                    scorer.scores(features, i, top.tag, top.length > 1 ? top.before.tag : -1, scores);
                    keep(words[i], kthLargest(scores, size));
                }
                extend(next, top);
                if (next.isEmpty()) {
                    extendByAll(next, top, words[i]);
                }
            }
            prev.clear();
            Queue<Path> tmp = prev;
            prev = next;
            next = tmp;
        }
        return prev.isEmpty() ? null : prev.remove().tags(model);
    }

    /**
     * The tags that may extend a sequence at this word: allowed and scoring {@code min} or more, in tag order (the
     * order OpenNLP tries them in), each with the log of its score, the same for every sequence in the beam.
     */
    private void keep(String word, double min) {
        keptCount = 0;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] >= min && model.allows(word, t)) {
                kept[keptCount] = t;
                keptLogs[keptCount++] = StrictMath.log(scores[t]);
            }
        }
    }

    /** Every kept tag extends {@code top}, unless the sequence falls to OpenNLP's floor. */
    private void extend(Queue<Path> next, Path top) {
        for (int k = 0; k < keptCount; k++) {
            double score = top.score + keptLogs[k];
            if (score > ZERO_LOG) {
                next.add(new Path(top, kept[k], score));
            }
        }
    }

    /** OpenNLP's second try when no kept tag extended the best sequence: every allowed tag, whatever its score. */
    private void extendByAll(Queue<Path> next, Path top, String word) {
        for (int t = 0; t < scores.length; t++) {
            if (model.allows(word, t)) {
                double score = top.score + StrictMath.log(scores[t]);
                if (score > ZERO_LOG) {
                    next.add(new Path(top, t, score));
                }
            }
        }
    }

    /** A sequence of tags: the one it extends, its last tag's id, its score as OpenNLP scores a {@code Sequence}. */
    private static final class Path implements Comparable<Path> {
        final Path before;
        final int tag;
        final int length;
        final double score;

        Path() {
            this.before = null;
            this.tag = -1;
            this.length = 0;
            this.score = 0;
        }

        Path(Path before, int tag, double score) {
            this.before = before;
            this.tag = tag;
            this.length = before.length + 1;
            this.score = score;
        }

        String[] tags(TagModel model) {
            String[] out = new String[length];
            for (Path q = this; q.length > 0; q = q.before) {
                out[q.length - 1] = model.tag(q.tag);
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

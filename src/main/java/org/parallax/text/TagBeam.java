package org.parallax.text;

/**
 * OpenNLP's beam search for the part-of-speech tagger ({@code opennlp.tools.ml.BeamSearch.bestSequence}), step for
 * step, with these changes: the score a tag must reach to stay in the beam (the beam size's largest of all the tags'
 * scores) is picked out in one pass instead of sorting every tag's score at every word of every beam (the same
 * number); a sequence is its last tag and the place of the one it extends instead of a copy of its tags and
 * probabilities (scored as OpenNLP's {@code Sequence} is, taken in the order of queues that break ties as OpenNLP's
 * do, {@link BeamCandidates} and {@link ScoreHeap}); and the scores come from {@link TagScorer}, OpenNLP's numbers
 * without its feature strings, and the tags that pass and their logs are found once per word, not once per sequence.
 * So the tags are OpenNLP's own. One per thread (it keeps its queues and scores).
 *
 * <p>Each word is scored once, with the tags of the best sequence so far, and every sequence in the beam extends
 * with those scores. That is what OpenNLP does with this model: its descriptor says {@code cache="true"}, so the
 * features at a word, the previous tags' among them, are made for the first sequence asked (the best) and served
 * from the cache to the others.
 */
final class TagBeam {

    /** OpenNLP's floor on a sequence's log score. */
    private static final double ZERO_LOG = -100000;
    /** The queued value of the empty sequence the search starts from. */
    private static final int START = -1;

    private final int size;
    private final int tagCount;
    private final TagScorer scorer;
    private final TagModel model;
    private final double[] scores;
    private final int[] kept;
    private final double[] keptLogs;
    private final double[] largest;
    /** The tags that may reach the threshold, found as the scores are divided (see {@link #keepDividing}). */
    private final int[] candidates;
    private int keptCount;
    /*
     * The sequences a word makes, and the best of them taken for the next word. A sequence is queued as its last tag
     * and the place of the sequence it extends among those taken at the word before (parent * tagCount + tag), with
     * its score: what OpenNLP's Sequence holds, without an object per sequence. The sequences taken at word i are
     * remembered in tagOf[i * size + place] and placeBefore[i * size + place], so a tag sequence is read back from its
     * last entry.
     */
    private final BeamCandidates next;
    private final double[] takenScores;
    private final int[] takenValues;
    private int[] tagOf = new int[0];
    private int[] placeBefore = new int[0];

    TagBeam(TagScorer scorer) {
        this.scorer = scorer;
        this.model = scorer.model();
        this.size = model.beamSize();
        this.tagCount = model.tagCount();
        this.scores = new double[tagCount];
        this.kept = new int[tagCount];
        this.keptLogs = new double[tagCount];
        this.largest = new double[size];
        this.candidates = new int[tagCount];
        this.next = new BeamCandidates(size * tagCount); // each sequence taken adds at most one per tag
        this.takenScores = new double[size];
        this.takenValues = new int[size];
    }

    /**
     * The best sequence of tags for the words whose features are {@code features} ({@link TagScorer#features}), as
     * OpenNLP's tagger gives it for the words before naming its tag format.
     */
    String[] best(WordFeatures[] features) {
        int length = features.length;
        if (tagOf.length < length * size) {
            tagOf = new int[length * size];
            placeBefore = new int[length * size];
        }
        takenScores[0] = 0;
        takenValues[0] = START;
        int taken = 1;
        for (int i = 0; i < length; i++) {
            boolean[] allowed = features[i].allowed;
            for (int sc = 0; sc < taken; sc++) {
                int top = takenValues[sc];
                tagOf[i * size + sc] = top == START ? -1 : top % tagCount;
                placeBefore[i * size + sc] = top == START ? -1 : top / tagCount;
            }
            next.clear();
            for (int sc = 0; sc < taken; sc++) {
                if (sc == 0) {
                    int tag = tagOf[i * size];
                    int before = placeBefore[i * size];
                    double normal = scorer.exponentials(features, i, tag, i >= 2 ? tagOf[(i - 1) * size + before] : -1,
                            scores);
                    keepDividing(allowed, normal);
                }
                extend(next, takenScores[sc], sc);
                if (next.isEmpty()) {
                    extendByAll(next, takenScores[sc], sc, allowed);
                }
            }
            taken = next.take(size, takenScores, takenValues);
        }
        return taken == 0 ? null : tags(takenValues[0], length);
    }

    /** The tags of the sequence queued as {@code last} after the last of {@code length} words. */
    private String[] tags(int last, int length) {
        String[] out = new String[length];
        if (length == 0) {
            return out;
        }
        out[length - 1] = model.tag(last % tagCount);
        int place = last / tagCount;
        for (int i = length - 1; i >= 1; i--) {
            out[i - 1] = model.tag(tagOf[i * size + place]);
            place = placeBefore[i * size + place];
        }
        return out;
    }

    /**
     * Divides each exponential in {@link #scores} by {@code normal}, making OpenNLP's probabilities, and keeps the
     * tags {@link #keep} keeps at {@link #kthLargest}'s threshold, with one pass over the tags where two more went over
     * all of them ({@link #divideAndNote}).
     */
    private void keepDividing(boolean[] allowed, double normal) {
        if (!(normal > 0.0 && normal < Double.POSITIVE_INFINITY) || tagCount < size || size == 0) {
            for (int t = 0; t < tagCount; t++) {
                scores[t] /= normal;
            }
            keep(allowed, kthLargest(scores, size, largest));
            return;
        }
        int noted = divideAndNote(scores, normal, size, largest, candidates);
        double min = largest[size - 1];
        keptCount = 0;
        for (int c = 0; c < noted; c++) {
            int t = candidates[c];
            if (scores[t] >= min && TagModel.allows(allowed, t)) {
                kept[keptCount] = t;
                keptLogs[keptCount++] = StrictLog.log(scores[t]);
            }
        }
    }

    /**
     * Divides every score by {@code normal} in place, leaves {@link #kthLargest}'s threshold (the k-th largest
     * score) in {@code top[k - 1]} and notes in {@code candidates}, in order, the places that may reach it; returns
     * how many. The largest so far are sifted as {@link #kthLargest} sifts them, and a place is noted when its score
     * reaches the k-th largest so far: that only rises, so every score that reaches the last one was noted, and a
     * few that do not (test them again). For a positive finite {@code normal}, k from 1 to the number of scores:
     * every exponential is +0.0 or more and none more than their sum, so every score lies in [+0.0, 1], where
     * {@code <} and {@code >} order doubles as {@link Double#compare} does (neither NaN nor -0.0 is among them).
     */
    static int divideAndNote(double[] scores, double normal, int k, double[] top, int[] candidates) {
        int last = k - 1;
        int filled = 0;
        int noted = 0;
        for (int t = 0; t < scores.length; t++) {
            double s = scores[t] / normal;
            scores[t] = s;
            int j;
            if (filled < k) {
                candidates[noted++] = t;
                j = filled++;
            } else if (s >= top[last]) {
                candidates[noted++] = t;
                if (s == top[last]) {
                    continue; // a tie with the k-th largest leaves the largest as they are
                }
                j = last; // the smallest kept leaves
            } else {
                continue;
            }
            while (j > 0 && top[j - 1] < s) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = s;
        }
        return noted;
    }

    /**
     * The tags that may extend a sequence at this word: allowed and scoring {@code min} or more, in tag order (the
     * order OpenNLP tries them in), each with the log of its score, the same for every sequence in the beam;
     * {@code allowed}: the word's {@link WordFeatures#allowed}.
     */
    private void keep(boolean[] allowed, double min) {
        keptCount = 0;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] >= min && TagModel.allows(allowed, t)) {
                kept[keptCount] = t;
                keptLogs[keptCount++] = StrictLog.log(scores[t]);
            }
        }
    }

    /** Every kept tag extends the sequence taken {@code place}-th, unless it falls to OpenNLP's floor. */
    private void extend(BeamCandidates next, double topScore, int place) {
        for (int k = 0; k < keptCount; k++) {
            double score = topScore + keptLogs[k];
            if (score > ZERO_LOG) {
                next.add(score, place * tagCount + kept[k]);
            }
        }
    }

    /** OpenNLP's second try when no kept tag extended the best sequence: every allowed tag, whatever its score. */
    private void extendByAll(BeamCandidates next, double topScore, int place, boolean[] allowed) {
        for (int t = 0; t < scores.length; t++) {
            if (TagModel.allows(allowed, t)) {
                double score = topScore + StrictLog.log(scores[t]);
                if (score > ZERO_LOG) {
                    next.add(score, place * tagCount + t);
                }
            }
        }
    }

    /**
     * The value a sorted copy of {@code scores} holds at {@code max(0, length - k)}: the k-th largest in
     * {@link Double#compare}'s order ({@code Arrays.sort}'s), or the smallest when there are no more than k; found in
     * {@code top} (k long or more, its values spent).
     */
    static double kthLargest(double[] scores, int k, double[] top) {
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
        // top[0, filled): the largest scores so far, descending
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

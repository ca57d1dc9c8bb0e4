package org.parallax.text;

/**
 * The sequences a word's beam step makes (a score and a queued value each, in the order the beam made them), and the
 * best {@code k} of them taken out in the order {@link ScoreHeap} would give them: every one queued, then k removed.
 * A heap's order is fixed by the scores alone when the best k are k distinct scores and none left out equals the
 * k-th: then the best k, highest first, are picked in one pass over the candidates, without queueing the rest (the
 * beam makes three or four times as many as it takes: the heap sifted each in and three out, about a sixth of
 * tagging). Where scores tie (possible: two tags of equal probability give two sequences of equal score), the order
 * depends on the heap's shape, so the candidates are queued in the heap as before and taken from it.
 */
final class BeamCandidates {

    private final double[] scores;
    private final int[] values;
    private int count;
    private final ScoreHeap ties;

    /** Room for {@code capacity} candidates a step (the beam's size times the tags). */
    BeamCandidates(int capacity) {
        scores = new double[Math.max(1, capacity)];
        values = new int[scores.length];
        ties = new ScoreHeap(scores.length);
    }

    void clear() {
        count = 0;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** A candidate, after those added before it (the order a heap would be offered them in). */
    void add(double score, int value) {
        scores[count] = score;
        values[count++] = value;
    }

    /**
     * Takes the best {@code min(k, candidates)} into {@code takenScores} and {@code takenValues}, best first, as that
     * many {@link ScoreHeap#remove}s after queueing every candidate in order would, and returns how many.
     */
    int take(int k, double[] takenScores, int[] takenValues) {
        int n = Math.min(k, count);
        if (n == 0) {
            return 0;
        }
        // takenScores[0, filled): the best so far, best first, by ScoreHeap's comparison (Double.compare)
        int filled = 0;
        double bestLeftOut = Double.NEGATIVE_INFINITY;
        boolean anyLeftOut = false;
        for (int c = 0; c < count; c++) {
            double s = scores[c];
            int j;
            if (filled < n) {
                j = filled++;
            } else if (Double.compare(s, takenScores[n - 1]) > 0) {
                double out = takenScores[n - 1];
                if (!anyLeftOut || Double.compare(out, bestLeftOut) > 0) {
                    bestLeftOut = out;
                }
                anyLeftOut = true;
                j = n - 1;
            } else {
                if (!anyLeftOut || Double.compare(s, bestLeftOut) > 0) {
                    bestLeftOut = s;
                }
                anyLeftOut = true;
                continue;
            }
            while (j > 0 && Double.compare(takenScores[j - 1], s) < 0) {
                takenScores[j] = takenScores[j - 1];
                takenValues[j] = takenValues[j - 1];
                j--;
            }
            takenScores[j] = s;
            takenValues[j] = values[c];
        }
        boolean tied = anyLeftOut && Double.compare(bestLeftOut, takenScores[n - 1]) == 0;
        for (int t = 1; t < n && !tied; t++) {
            tied = Double.compare(takenScores[t - 1], takenScores[t]) == 0;
        }
        if (tied) {
            ties.clear();
            for (int c = 0; c < count; c++) {
                ties.add(scores[c], values[c]);
            }
            for (int t = 0; t < n; t++) {
                takenScores[t] = ties.headScore();
                takenValues[t] = ties.remove();
            }
        }
        return n;
    }
}

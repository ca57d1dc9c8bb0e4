package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The best k of a step's candidates come out as k removes from the queue the beam filled before: a {@link
 * PriorityQueue} of every candidate, offered in the order made, compared as OpenNLP's {@code Sequence} (the
 * reference), ties, -0.0, NaN and infinities among them.
 */
class BeamCandidatesTest {

    /** What the beam queued before: a value with a score, best first as {@code Sequence.compareTo}. */
    private record Queued(double score, int value) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued o) {
            return Double.compare(o.score, score);
        }
    }

    @Test
    void theBestKComeOutInAPriorityQueuesOrderWithAndWithoutTies() {
        Random random = new Random(89);
        double[] few = {-3.5, -1.25, -1.25 - 1e-16, 0.0, -0.0, Double.NaN, -100000, Double.NEGATIVE_INFINITY};
        int[] paths = new int[2];
        for (int run = 0; run < 20_000; run++) {
            int capacity = 1 + random.nextInt(60);
            BeamCandidates candidates = new BeamCandidates(capacity);
            int k = 1 + random.nextInt(5);
            int count = random.nextInt(capacity + 1);
            int kind = random.nextInt(3); // distinct, a few values, or distinct with one score repeated
            PriorityQueue<Queued> reference = new PriorityQueue<>();
            double repeated = -random.nextDouble() * 10;
            for (int c = 0; c < count; c++) {
                double score = switch (kind) {
                    case 0 -> -random.nextDouble() * 10;
                    case 1 -> few[random.nextInt(random.nextInt(few.length) + 1)];
                    default -> random.nextInt(4) == 0 ? repeated : -random.nextDouble() * 10;
                };
                candidates.add(score, c);
                reference.add(new Queued(score, c));
            }
            double[] scores = new double[k];
            int[] values = new int[k];
            int taken = candidates.take(k, scores, values);
            assertThat(taken).isEqualTo(Math.min(k, count));
            for (int t = 0; t < taken; t++) {
                Queued head = reference.remove();
                assertThat(values[t]).as("run %d, taken %d", run, t).isEqualTo(head.value());
                assertThat(Double.compare(scores[t], head.score())).isZero();
            }
            paths[kind == 0 ? 0 : 1]++;
            candidates.clear();
            assertThat(candidates.isEmpty()).isTrue();
        }
        assertThat(paths[0]).isGreaterThan(5000);
    }

    @Test
    void tiedScoresTakeTheHeapsOrderNotTheOrderMade() {
        // ties broken by a heap's shape: offered 5, 3, 4, 4 (values 0-3), a PriorityQueue gives 0, then 3 before 2
        PriorityQueue<Queued> reference = new PriorityQueue<>();
        BeamCandidates candidates = new BeamCandidates(4);
        double[] made = {5, 3, 4, 4};
        for (int c = 0; c < made.length; c++) {
            candidates.add(made[c], c);
            reference.add(new Queued(made[c], c));
        }
        double[] scores = new double[3];
        int[] values = new int[3];
        candidates.take(3, scores, values);
        int[] expected = {reference.remove().value(), reference.remove().value(), reference.remove().value()};
        assertThat(values).containsExactly(expected);
    }
}

package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heap gives its entries in exactly a {@link PriorityQueue}'s order, ties included, for entries compared as
 * OpenNLP's beam compares its sequences: the queue the beam used before is the reference.
 */
class ScoreHeapTest {

    /** What the beam queued before: a value with a score, best first as {@code Sequence.compareTo}. */
    private record Queued(double score, int value) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued o) {
            return Double.compare(o.score, score);
        }
    }

    @Test
    void entriesComeOutInAPriorityQueuesOrderWithManyTiesAndAddsBetweenRemoves() {
        Random random = new Random(71);
        double[] few = {-3.5, -1.25, -1.25 - 1e-16, 0.0, -0.0, Double.NaN, -100000, Double.NEGATIVE_INFINITY};
        for (int run = 0; run < 3000; run++) {
            PriorityQueue<Queued> reference = new PriorityQueue<>();
            ScoreHeap heap = new ScoreHeap(1 + random.nextInt(4)); // small: it must grow as well
            int value = 0;
            int steps = 1 + random.nextInt(120);
            boolean ties = random.nextBoolean();
            for (int step = 0; step < steps; step++) {
                if (random.nextInt(3) > 0 || reference.isEmpty()) {
                    double score = ties ? few[random.nextInt(random.nextInt(few.length) + 1)] : -random.nextDouble();
                    reference.add(new Queued(score, value));
                    heap.add(score, value++);
                } else {
                    Queued head = reference.remove();
                    assertThat(Double.compare(heap.headScore(), head.score())).isZero();
                    assertThat(heap.remove()).as("run %d step %d", run, step).isEqualTo(head.value());
                }
                assertThat(heap.size()).isEqualTo(reference.size());
                if (random.nextInt(200) == 0) {
                    reference.clear();
                    heap.clear();
                }
            }
            while (!reference.isEmpty()) {
                assertThat(heap.remove()).as("run %d, emptying", run).isEqualTo(reference.remove().value());
            }
            assertThat(heap.isEmpty()).isTrue();
        }
    }

    @Test
    void anEmptyHeapGivesNothing() {
        ScoreHeap heap = new ScoreHeap(3);
        heap.add(1, 7);
        assertThat(heap.remove()).isEqualTo(7);
        assertThatThrownBy(heap::remove).isInstanceOf(IllegalStateException.class);
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapWatchTest {

    private static final int MB = 1024 * 1024;
    private static final int HELD = 128;
    private static final int DROPPED = 256;

    @Test
    void whatIsStillHeldCountsAsRetainedAndWhatWasDroppedDoesNot() {
        byte[][] held;
        HeapWatch.Figures figures;
        try (HeapWatch watch = new HeapWatch()) {
            held = new byte[HELD][];
            for (int i = 0; i < held.length; i++) {
                held[i] = new byte[MB];
            }
            assertThat(garbage()).isEqualTo((long) DROPPED * MB);
            figures = watch.figures();
        }
        assertThat(held[0]).hasSize(MB);
        // the held 128 MB, give or take what the rest of the test JVM holds or lets go of meanwhile (a few MB: the
        // margins are wide so the suite's other threads cannot decide it); never the dropped 256 MB too
        assertThat(figures.retainedAboveBase()).isBetween((HELD - 16L) * MB, (HELD + DROPPED / 2L) * MB);
        assertThat(figures.peakAfterGcBytes()).isGreaterThanOrEqualTo(figures.retainedBytes());
        assertThat(figures.peakUsedBytes()).isGreaterThanOrEqualTo(figures.baseBytes() + (HELD - 16L) * MB);
    }

    /** {@value #DROPPED} MB allocated and dropped. */
    private static long garbage() {
        long bytes = 0;
        for (int i = 0; i < DROPPED; i++) {
            bytes += new byte[MB].length;
        }
        return bytes;
    }
}

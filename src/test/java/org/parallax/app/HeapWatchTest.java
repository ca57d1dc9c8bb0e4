package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapWatchTest {

    private static final int MB = 1024 * 1024;

    @Test
    void whatIsStillHeldCountsAsRetainedAndWhatWasDroppedDoesNot() {
        byte[][] held;
        HeapWatch.Figures figures;
        try (HeapWatch watch = new HeapWatch()) {
            held = new byte[64][];
            for (int i = 0; i < held.length; i++) {
                held[i] = new byte[MB];
            }
            assertThat(garbage()).isEqualTo(64L * MB);
            figures = watch.figures();
        }
        assertThat(held[0]).hasSize(MB);
        // the held 64 MB, give or take what the rest of the JVM let go of meanwhile; never the dropped 64 MB too
        assertThat(figures.retainedAboveBase()).isBetween(56L * MB, 120L * MB);
        assertThat(figures.peakAfterGcBytes()).isGreaterThanOrEqualTo(figures.retainedBytes());
        assertThat(figures.peakUsedBytes()).isGreaterThanOrEqualTo(figures.baseBytes() + 56L * MB);
    }

    /** 64 MB allocated and dropped. */
    private static long garbage() {
        long bytes = 0;
        for (int i = 0; i < 64; i++) {
            bytes += new byte[MB].length;
        }
        return bytes;
    }
}

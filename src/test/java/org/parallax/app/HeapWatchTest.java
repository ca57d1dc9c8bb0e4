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
            held = new byte[40][];
            for (int i = 0; i < held.length; i++) {
                held[i] = new byte[MB];
            }
            assertThat(garbage()).isEqualTo(40L * MB);
            figures = watch.figures();
        }
        assertThat(held[0]).hasSize(MB);
        assertThat(figures.retainedAboveBase()).isBetween(40L * MB, 60L * MB);
        assertThat(figures.peakAfterGcBytes()).isGreaterThanOrEqualTo(figures.retainedBytes());
        assertThat(figures.peakUsedBytes()).isGreaterThanOrEqualTo(figures.baseBytes() + 40L * MB);
    }

    /** 40 MB allocated and dropped. */
    private static long garbage() {
        long bytes = 0;
        for (int i = 0; i < 40; i++) {
            bytes += new byte[MB].length;
        }
        return bytes;
    }
}

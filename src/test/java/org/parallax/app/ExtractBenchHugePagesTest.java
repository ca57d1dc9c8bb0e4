package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench says whether the heap lay in transparent huge pages: the JVM's ask and the kernel's mode together. */
class ExtractBenchHugePagesTest {

    @Test
    void madviseGivesHugePagesOnlyToAJvmThatAsks() {
        assertThat(ExtractBench.hugePages(true, "always [madvise] never\n"))
                .isEqualTo("transparent (asked, kernel madvise)");
        assertThat(ExtractBench.hugePages(false, "always [madvise] never\n"))
                .isEqualTo("none (not asked, kernel madvise)");
    }

    @Test
    void alwaysGivesThemToEveryJvmAndNeverOrNoFileToNone() {
        assertThat(ExtractBench.hugePages(false, "[always] madvise never"))
                .isEqualTo("transparent (not asked, kernel always)");
        assertThat(ExtractBench.hugePages(true, "always madvise [never]")).isEqualTo("none (asked, kernel never)");
        assertThat(ExtractBench.hugePages(true, "")).as("no such file: not Linux")
                .isEqualTo("none (asked, kernel none)");
    }
}

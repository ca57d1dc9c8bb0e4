package org.parallax.extract;

/** Told after each article is analysed, so a caller can show progress; called from the extraction's worker threads. */
@FunctionalInterface
public interface ExtractionProgress {

    ExtractionProgress NONE = (done, total, file) -> { };

    /** {@code done} of {@code total} articles are analysed, the last one read from {@code file}. */
    void articleDone(int done, int total, String file);
}

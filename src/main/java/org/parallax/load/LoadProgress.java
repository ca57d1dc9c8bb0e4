package org.parallax.load;

/** Told after each file, so a caller can show progress; called on the loading thread. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total, file) -> { };

    void fileDone(int done, int total, String file);
}

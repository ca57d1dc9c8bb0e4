package org.parallax.app;

import org.parallax.ui.shell.StatusText;

/**
 * Listens to an opening's progress as the window's status bar does (the same status line made for each report) and
 * notes when each phase begins: reading files, analysing articles, comparing outlets (the pipeline names the phase
 * in each report). Called on the loading thread only.
 */
final class FolderPhases {

    /** Nanoseconds per phase; comparing runs to the end of the opening (the extraction cache written included). */
    record Times(long readNanos, long analyseNanos, long compareNanos) {
    }

    private long calls;
    private long analysing;
    private long comparing;
    private int lastLength; // kept, so the status line is really made

    void told(int done, int total, String what) {
        calls++;
        lastLength = StatusText.loading(done, total, what).length(); // the work the window does per report
        if (analysing == 0 && what.startsWith("analysing")) {
            analysing = System.nanoTime();
        } else if (comparing == 0 && what.startsWith("comparing")) {
            comparing = System.nanoTime();
        }
    }

    long calls() {
        return calls;
    }

    Times times(long start, long end) {
        long a = analysing == 0 ? end : analysing;
        long c = comparing == 0 ? end : comparing;
        return new Times(a - start, c - a, end - c);
    }
}

package org.parallax.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.parallax.extract.ExtractionProgress;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;

/**
 * A long command's progress as one updating line on standard error ("Reading 12/40 files…"), only when standard
 * error is the process's own and there is a terminal: never in tests, pipes or redirected runs.
 */
final class TerminalProgress implements LoadProgress, ExtractionProgress {

    private static final long EVERY_NANOS = 100_000_000L;
    private static final int WIDTH = 79;

    private final PrintStream err;
    private long last;
    private int shown;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** Progress on {@code err} when it is a terminal, else none. */
    static LoadProgress on(PrintStream err) {
        return err == System.err && System.console() != null ? new TerminalProgress(err) : LoadProgress.NONE;
    }

    /** Each article analysed shown on {@code err} when it is a terminal, else nothing. */
    static ExtractionProgress analysing(PrintStream err) {
        return err == System.err && System.console() != null ? new TerminalProgress(err) : ExtractionProgress.NONE;
    }

    /** {@code input} through the standard pipeline, showing progress on a terminal; its warnings on {@code err}. */
    static LoadResult load(Path input, PrintStream err) {
        LoadProgress progress = on(err);
        LoadResult result;
        try {
            result = Pipeline.standard().run(input, progress);
        } finally {
            done(progress);
        }
        for (LoadWarning w : result.warnings()) {
            err.println("warning: " + w);
        }
        return result;
    }

    /** Clears the line, so what is printed next starts clean; nothing when no progress was shown. */
    static void done(Object progress) {
        if (progress instanceof TerminalProgress p) {
            p.clear();
        }
    }

    @Override
    public synchronized void fileDone(int done, int total, String step) {
        long now = System.nanoTime();
        if (done < total && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        String line = String.format(Locale.ROOT, "%s %d/%d…", capitalised(step), done, total);
        if (line.length() > WIDTH) {
            line = line.substring(0, WIDTH - 1) + "…";
        }
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    @Override
    public void articleDone(int done, int total, String file) {
        fileDone(done, total, "analysing " + file);
    }

    private synchronized void clear() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

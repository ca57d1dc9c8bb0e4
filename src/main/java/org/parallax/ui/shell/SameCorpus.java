package org.parallax.ui.shell;

import org.parallax.model.Corpus;
import org.parallax.store.Overlay;

/**
 * Whether a corpus made on a worker (a reopened folder, a workspace, a correction applied) is the corpus on show,
 * decided on that worker: the shell's properties tell a new corpus by reference ({@link IdentityProperty}), so one
 * equal to the corpus on show is replaced by it here and nothing is prepared again, as when the FX thread compared
 * the two with {@code equals} (a walk of the whole corpus after a correction of the same articles).
 */
final class SameCorpus {

    private SameCorpus() {
    }

    /** {@code shown} if {@code made} equals it, else {@code made}; on the worker that made it. */
    static Corpus asShown(Corpus made, Corpus shown) {
        return made != shown && made.equals(shown) ? shown : made;
    }

    /** {@code made} with its corpus {@link #asShown(Corpus, Corpus)}. */
    static Overlay.Result asShown(Overlay.Result made, Corpus shown) {
        Corpus corpus = asShown(made.corpus(), shown);
        return corpus == made.corpus() ? made : new Overlay.Result(corpus, made.corrected(), made.orphans());
    }
}

package org.parallax.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import org.parallax.model.Corpus;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The preparation of each corpus that arrives for the views ({@link CorpusLookup}: the article list's order, the
 * articles, quotes and timexes the event detail and the comparisons read), made through the window's task runner so the
 * FX thread never sorts or indexes a corpus, and handed to the views when made. What needs it meanwhile (opening an
 * article at a span) waits for it; only the latest such wish is kept.
 */
final class CorpusPreparation {

    private static final String KEY = "corpus-lookup";
    private static final System.Logger LOG = System.getLogger(CorpusPreparation.class.getName());
    private final TaskRunner runner;
    private final List<Consumer<CorpusLookup>> readers;
    private Corpus awaited = Corpus.EMPTY;
    private CorpusLookup made = CorpusLookup.EMPTY;
    private Runnable waiting;

    /** @param readers get each awaited corpus's lookup in turn, on the FX thread */
    @SafeVarargs
    CorpusPreparation(TaskRunner runner, Consumer<CorpusLookup>... readers) {
        this.runner = runner;
        this.readers = List.of(readers);
    }

    /** Prepares {@code corpus}, superseding the preparation of any corpus before it. */
    void prepare(Corpus corpus) {
        awaited = corpus;
        runner.submit(KEY, "Preparing the articles\u2026", progress -> CorpusLookup.of(corpus), this::prepared,
                failure -> LOG.log(System.Logger.Level.WARNING, "could not prepare the articles for the views", failure));
    }

    private void prepared(CorpusLookup lookup) {
        if (lookup.corpus() != awaited) {
            return;
        }
        made = lookup;
        readers.forEach(r -> r.accept(lookup));
        Runnable then = waiting;
        waiting = null;
        if (then != null) {
            then.run();
        }
    }

    /** Runs {@code action} now if the corpus last given is prepared, else once it is (in place of any earlier one). */
    void whenPrepared(Runnable action) {
        if (made.corpus() == awaited) {
            action.run();
        } else {
            waiting = action;
        }
    }
}

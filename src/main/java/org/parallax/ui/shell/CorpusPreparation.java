package org.parallax.ui.shell;

import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Corpus;
import org.parallax.ui.article.ArticleList;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.concurrent.TaskRunner;
import org.parallax.ui.timeline.EventDetail;
import org.parallax.ui.timeline.QuoteSpeakers;
import org.parallax.ui.timeline.TimelineChart;

/**
 * The preparation of each corpus that arrives, for the views that read it ({@link CorpusLookup}: the article list's
 * order, the articles, quotes and timexes the event detail, the timeline's tooltips and the comparisons read), made
 * through the window's task runner so the FX thread never sorts or indexes a corpus, and handed to those views when
 * made; then the events' quotes for the tooltips' speakers (the slowest index, so the list and the detail need not
 * wait for it). Until then the views say that the articles are opening and the tooltips name no speakers; what needs
 * the new corpus's articles in the list (opening an article at a span) waits for it, only the latest such wish kept.
 */
final class CorpusPreparation {

    static final String KEY = "corpus-lookup";
    private static final String EVENT_QUOTES_KEY = "corpus-event-quotes";
    private static final System.Logger LOG = System.getLogger(CorpusPreparation.class.getName());
    private final TaskRunner runner;
    private final Views views;
    private Corpus awaited = Corpus.EMPTY;
    private CorpusLookup made = CorpusLookup.EMPTY;
    private Runnable waiting;

    /** The views that read a corpus's lookup. */
    record Views(ArticleList articles, EventDetail detail, TimelineChart timeline, CompareWorkspace compare) {
    }

    CorpusPreparation(TaskRunner runner, Views views) {
        this.runner = runner;
        this.views = views;
    }

    /** Prepares {@code corpus}, superseding the preparation of any corpus before it; the views wait for it. */
    void prepare(Corpus corpus) {
        awaited = corpus;
        views.detail().awaitLookup(corpus);
        views.articles().awaitArticles();
        views.timeline().setQuoteSpeakers(QuoteSpeakers.NONE); // its tooltips name nobody until the lookup comes
        runner.submit(KEY, "Preparing the articles\u2026", progress -> CorpusLookup.of(corpus), this::prepared,
                failure -> unprepared(corpus, failure));
    }

    /**
     * The worker could not make the lookup: it is made here, as the views made it before decision 0031, rather than
     * leave the list, the detail and the wish to open an article waiting for a lookup that never comes.
     */
    private void unprepared(Corpus corpus, Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "could not prepare the articles off the FX thread: preparing them here",
                failure);
        if (corpus == awaited) {
            prepared(CorpusLookup.of(corpus));
        }
    }

    private void prepared(CorpusLookup lookup) {
        if (lookup.corpus() != awaited) {
            return;
        }
        made = lookup;
        views.compare().setLookup(lookup);
        views.detail().setLookup(lookup);
        views.articles().setLookup(lookup);
        Corpus corpus = lookup.corpus();
        runner.submit(EVENT_QUOTES_KEY, null, progress -> EventQuotes.of(corpus.events(), corpus.quotes()), quotes -> {
            if (made == lookup && corpus == awaited) {
                views.timeline().setQuoteSpeakers(QuoteSpeakers.of(lookup, quotes));
            }
        }, failure -> LOG.log(System.Logger.Level.WARNING, "could not find the events' quotes", failure));
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

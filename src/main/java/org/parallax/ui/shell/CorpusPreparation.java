package org.parallax.ui.shell;

import java.util.function.Consumer;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Article;
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
 * the new corpus's articles in the list (opening an article at a span) waits for it, only the latest such wish kept
 * (and kept for a next corpus only if it holds the same article).
 */
final class CorpusPreparation {

    static final String KEY = "corpus-lookup";
    private static final String EVENT_QUOTES_KEY = "corpus-event-quotes";
    private static final System.Logger LOG = System.getLogger(CorpusPreparation.class.getName());
    private final TaskRunner runner;
    private final Views views;
    private Corpus awaited = Corpus.EMPTY;
    private CorpusLookup made = CorpusLookup.EMPTY;
    private Wish waiting;

    /** To open {@code article} once the list holds the corpus's articles. */
    private record Wish(Article article, Consumer<Article> action) {
    }

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
        Wish then = waiting;
        waiting = null;
        if (then != null) {
            grant(then);
        }
    }

    /**
     * Gives {@code action} {@code article} as the corpus last given holds it: now if that corpus is prepared, else once
     * it is (in place of any earlier wish). A wish outlives its corpus only for the same article, the same id and text
     * (a correction re-makes the corpus of the same articles, and the span to show still marks the same words); an
     * article of that id in another folder is another article, so the wish is dropped rather than open it.
     */
    void whenPrepared(Article article, Consumer<Article> action) {
        Wish wish = new Wish(article, action);
        if (made.corpus() == awaited) {
            grant(wish);
        } else {
            waiting = wish;
        }
    }

    private void grant(Wish wish) {
        Article now = made.articles().get(wish.article().id());
        if (now != null && now.text().equals(wish.article().text())) {
            wish.action().accept(now);
        }
    }
}

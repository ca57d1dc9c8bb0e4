package org.parallax.ui.shell;

import java.util.function.Consumer;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.ui.article.ArticleList;
import org.parallax.ui.common.CorpusEventQuotes;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.SameArticles;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.concurrent.TaskRunner;
import org.parallax.ui.search.SearchBox;
import org.parallax.ui.timeline.EventDetail;
import org.parallax.ui.timeline.QuoteSpeakers;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;
import org.parallax.ui.timeline.TimelineFindings;

/**
 * The preparation of each corpus that arrives, for the views that read it, made through the window's task runner so the
 * FX thread never lists, sorts, counts or indexes a corpus, and handed to those views when made: first what shows the
 * corpus at once ({@link Shown}: the outlets and speakers the timeline's filter offers, the timeline's findings, the
 * status bar's counts; the timeline is laid out once the filter has them, and the search indexes the corpus), beside
 * them the {@link CorpusLookup} (the article list's order, the articles, quotes and timexes the event detail, the
 * timeline's tooltips and the comparisons read). The events' quotes, the slowest index, are one
 * {@link CorpusEventQuotes} per corpus made by the timeline's layout and read by the filter, the search and the
 * tooltips' speakers: no task waits for them but the layout (and a search finding a quote before they are made).
 * Until then the views say that the articles are opening and the tooltips name no speakers; what needs the new
 * corpus's articles in the list (opening an
 * article at a span) waits for it, only the latest such wish kept (and kept for a next corpus only if it holds the
 * same article).
 */
final class CorpusPreparation {

    static final String KEY = "corpus-lookup";
    static final String CHOICES_KEY = "timeline-filter-choices";
    private static final System.Logger LOG = System.getLogger(CorpusPreparation.class.getName());
    private final TaskRunner runner;
    private final Views views;
    private Corpus awaited = Corpus.EMPTY;
    private CorpusLookup made = CorpusLookup.EMPTY;
    private CorpusEventQuotes eventQuotes = CorpusEventQuotes.EMPTY;
    private Wish waiting;

    /** To open {@code article} once the list holds the corpus's articles. */
    private record Wish(Article article, Consumer<Article> action) {
    }

    /** The views that read a corpus's lookup. */
    record Views(ArticleList articles, EventDetail detail, TimelineChart timeline, CompareWorkspace compare,
                 TimelineFilter filter, SearchBox search, StatusBar status) {
    }

    /**
     * What shows a corpus at once, made on a worker (linear passes over its articles, quotes and timexes): the outlets
     * and speakers the filter offers, the timeline's findings (its events, their quotes, its dates' modifiers) and the
     * status bar's counts.
     */
    record Shown(TimelineFilter.Choices choices, TimelineFindings findings, StatusText.Counts counts) {

        static Shown of(Corpus corpus, CorpusEventQuotes quotes) {
            return new Shown(TimelineFilter.Choices.of(corpus), TimelineFindings.of(corpus, quotes),
                    StatusText.Counts.of(corpus.articles()));
        }
    }

    CorpusPreparation(TaskRunner runner, Views views) {
        this.runner = runner;
        this.views = views;
    }

    /**
     * Prepares {@code corpus}, superseding the preparation of any corpus before it; the views wait for it. First what
     * shows it at once: once the filter has its choices and the timeline its findings and articles, {@code filtered}
     * runs (the window feeds the timeline what the filter shows: one layout) and the search indexes the corpus; beside
     * them the lookup.
     */
    void prepare(Corpus corpus, Runnable filtered) {
        awaited = corpus;
        CorpusEventQuotes quotes = CorpusEventQuotes.of(corpus);
        eventQuotes = quotes;
        views.filter().awaitCorpus(corpus);
        views.detail().awaitLookup(corpus);
        views.articles().awaitArticles();
        views.status().setCounts(StatusText.Counts.pending(corpus.articles())); // never the corpus before's counts
        views.timeline().setQuoteSpeakers(QuoteSpeakers.NONE); // its tooltips name nobody until the lookup comes
        views.timeline().dropLayout(); // the corpus before's: the timeline waits for the filter, then lays this one out
        runner.submit(CHOICES_KEY, null, progress -> Shown.of(corpus, quotes),
                shown -> filter(corpus, shown, quotes, filtered), failure -> {
                    LOG.log(System.Logger.Level.WARNING, "could not list the filter's outlets and speakers off the FX"
                            + " thread: listing them here", failure);
                    if (corpus == awaited) { // a superseded corpus's are not made on the FX thread at all
                        filter(corpus, Shown.of(corpus, quotes), quotes, filtered);
                    }
                });
        runner.submit(KEY, "Preparing the articles\u2026", progress -> CorpusLookup.of(corpus), this::prepared,
                failure -> unprepared(corpus, failure));
    }

    private void filter(Corpus corpus, Shown shown, CorpusEventQuotes quotes, Runnable filtered) {
        if (corpus != awaited) {
            return;
        }
        views.filter().setCorpus(corpus, shown.choices(), quotes);
        views.status().setCounts(shown.counts());
        TimelineChart timeline = views.timeline();
        timeline.update(() -> { // one layout of the new corpus, as the filter shows it
            timeline.setFindings(shown.findings());
            timeline.setArticles(corpus.articles()); // whole: the filter hides outlets' articles off the FX thread
            filtered.run();
        });
        views.search().setCorpus(corpus, quotes); // after the timeline's layout is asked for: it is the one to wait for
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
        // the tooltips name an event's speakers once the events' quotes are made: the timeline's layout makes them
        views.timeline().setQuoteSpeakers(QuoteSpeakers.of(lookup, eventQuotes));
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
        if (now != null && SameArticles.same(wish.article(), now)) {
            wish.action().accept(now);
        }
    }
}

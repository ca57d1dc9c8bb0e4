package org.parallax.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.store.Overlay;
import org.parallax.store.TwoStageOverlay;

/**
 * The corrections part of {@code bench open}: on the opened corpus, how long the overlay takes with a working day's
 * corrections (speakers, labels, event dates, outlets, titles), with one article re-dated on top (its extraction and
 * the comparison of the whole corpus run again), and once more after that (the re-dated corpus reused). Until the
 * window applied corrections off the FX thread, the first figure was how long it froze on every correction.
 */
final class CorrectionBench {

    private static final int EACH = 8;
    private static final int RUNS = 5;

    /** Milliseconds: the overlay alone (median), with a re-dated article, and a correction after that. */
    record Times(int corrections, long overlayMs, long redateMs, long afterRedateMs) {
    }

    private CorrectionBench() {
    }

    static Times measure(Pipeline pipeline, Corpus corpus) {
        List<Correction> list = corrections(corpus);
        long overlay = median(() -> Overlay.apply(corpus, list));
        TwoStageOverlay stages = new TwoStageOverlay(pipeline::reextract);
        List<Correction> redated = new ArrayList<>(list);
        Article first = corpus.articles().get(0);
        if (first.isDated()) {
            redated.add(new Correction.ArticleDate(first.id(), first.published().plusDays(7)));
        }
        long redate = time(() -> stages.apply(corpus, redated));
        redated.add(new Correction.ArticleTitle(first.id(), "Re-dated and retitled"));
        long after = median(() -> stages.apply(corpus, redated));
        return new Times(list.size(), overlay, redate, after);
    }

    /** Corrections of every kind on targets spread over the corpus. */
    private static List<Correction> corrections(Corpus c) {
        List<Correction> list = new ArrayList<>();
        List<Quote> quotes = c.quotes();
        List<Event> events = c.events().stream().filter(e -> !e.mentions().isEmpty()).toList();
        List<Article> articles = c.articles();
        for (int i = 0; i < EACH; i++) {
            if (!quotes.isEmpty()) {
                list.add(new Correction.QuoteSpeaker(Overlay.keyOf(quotes.get(spread(i, quotes.size()))), "A. Speaker"));
            }
            if (!events.isEmpty()) {
                Event e = events.get(spread(i, events.size()));
                list.add(i % 2 == 0 ? new Correction.EventLabel(Overlay.keyOf(e, c), "Relabelled " + i)
                        : new Correction.EventDate(Overlay.keyOf(e, c), "2015-10-2" + i % 10));
            }
            Article a = articles.get(spread(i, articles.size()));
            list.add(i % 2 == 0 ? new Correction.ArticleOutlet(a.id(), "Outlet " + i)
                    : new Correction.ArticleTitle(a.id(), "Title " + i));
        }
        return list;
    }

    private static int spread(int i, int size) {
        return (int) ((long) i * size / EACH);
    }

    private static long median(Supplier<?> work) {
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            t[i] = time(work);
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package org.parallax.ui.common;

import java.util.function.Supplier;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Corpus;

/**
 * The events' quotes of one corpus ({@link EventQuotes#of} over all its events and quotes), made once, by the first
 * worker that needs them, and then shared: the timeline's tooltips, its filter (an event hidden by its speakers) and
 * the search (the event a quote was said in) read the one index, where each made its own before. At 100,000 articles
 * it takes seconds, so {@link #get} waits while another thread makes it: it belongs on a worker (or a host without
 * one), never on the FX thread of a window.
 */
public final class CorpusEventQuotes implements Supplier<EventQuotes> {

    /** The events' quotes of {@link Corpus#EMPTY}: none. */
    public static final CorpusEventQuotes EMPTY = new CorpusEventQuotes(Corpus.EMPTY, EventQuotes.EMPTY);

    private final Corpus corpus;
    private volatile EventQuotes made;

    private CorpusEventQuotes(Corpus corpus, EventQuotes made) {
        this.corpus = corpus;
        this.made = made;
    }

    /** The events' quotes of {@code corpus}, not made yet: cheap, on any thread. */
    public static CorpusEventQuotes of(Corpus corpus) {
        return corpus == Corpus.EMPTY ? EMPTY : new CorpusEventQuotes(corpus, null);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** Whether a thread has made the index: {@link #get} then answers at once, on any thread. */
    public boolean isMade() {
        return made != null;
    }

    /** The index, made now if no thread has made it yet (others asking meanwhile wait for it). */
    @Override
    public EventQuotes get() {
        EventQuotes quotes = made;
        if (quotes == null) {
            synchronized (this) {
                quotes = made;
                if (quotes == null) {
                    quotes = EventQuotes.of(corpus.events(), corpus.quotes());
                    made = quotes;
                }
            }
        }
        return quotes;
    }
}

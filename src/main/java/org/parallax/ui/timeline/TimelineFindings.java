package org.parallax.ui.timeline;

import java.util.List;
import java.util.Objects;
import org.parallax.chart.timeline.EventMods;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.ui.common.CorpusEventQuotes;

/**
 * What the timeline lays out of a corpus beside its articles, outlets and stories: its events, their quotes (each
 * mark counts them) and the modifiers its dates give the marks ("early 2011"). Made once per corpus off the FX thread
 * (the window's preparation) and read by every layout: the chart took the corpus's 804,055 quotes and 693,000 timexes
 * of a 100,000-article model into observable lists and copied them on the FX thread, and each layout (each change of
 * the filter) grouped them all again on a worker. The events' quotes are the corpus's one {@link CorpusEventQuotes},
 * made by the first worker that reads them: an event's quotes depend on its own mentions only, so the shown events'
 * counts are those of the corpus-wide index.
 */
public record TimelineFindings(List<Event> events, CorpusEventQuotes quotes, EventMods mods) {

    /** No findings: an empty chart. */
    public static final TimelineFindings NONE = new TimelineFindings(List.of(), CorpusEventQuotes.EMPTY,
            EventMods.NONE);

    public TimelineFindings {
        events = List.copyOf(events);
        Objects.requireNonNull(quotes);
        Objects.requireNonNull(mods);
    }

    /**
     * The findings of {@code corpus}, reading {@code quotes} (its events' quotes, made later by whoever needs them
     * first): linear in its timexes, on any thread.
     */
    public static TimelineFindings of(Corpus corpus, CorpusEventQuotes quotes) {
        if (quotes.corpus() != corpus) {
            throw new IllegalArgumentException("the events' quotes of another corpus");
        }
        return new TimelineFindings(corpus.events(), quotes, EventMods.of(corpus.timexes()));
    }

    /** As {@link #of(Corpus, CorpusEventQuotes)}, its events' quotes its own (a host that shares none). */
    public static TimelineFindings of(Corpus corpus) {
        return of(corpus, CorpusEventQuotes.of(corpus));
    }
}

package org.parallax.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Variant;
import org.parallax.ui.common.CorpusEventQuotes;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.SpeakerCredit;

/**
 * Who said an event's quotes, as the timeline's tooltip and the event detail say it, in {@link SpeakerCredit}'s words:
 * a quote carried by several outlets names its cluster's speaker and how many of them credit that speaker ("Jane Doe
 * (attributed by 2 of 3 outlets)"); a quote whose article names nobody takes its cluster's speaker, marked so. Plain
 * Java; it reads the corpus's {@link CorpusLookup}, made off the FX thread, and words each cluster's credit once.
 */
public final class QuoteSpeakers {

    public static final QuoteSpeakers NONE = of(CorpusLookup.EMPTY, EventQuotes.EMPTY);
    /** How many speakers a tooltip names before "…". */
    static final int MAX_NAMED = 4;

    private final CorpusLookup lookup;
    /** Which quotes each event holds, as far as known now: never made here, never waited for. */
    private final Supplier<EventQuotes> eventQuotes;
    private final Map<String, SpeakerCredit> credits = new HashMap<>();

    private QuoteSpeakers(CorpusLookup lookup, Supplier<EventQuotes> eventQuotes) {
        this.lookup = lookup;
        this.eventQuotes = eventQuotes;
    }

    /**
     * Who said the quotes of the corpus {@code lookup} was made for, and (for {@link #line}) which quotes each of its
     * events holds: reads them, builds nothing.
     */
    public static QuoteSpeakers of(CorpusLookup lookup, EventQuotes eventQuotes) {
        return new QuoteSpeakers(lookup, () -> eventQuotes);
    }

    /**
     * As {@link #of(CorpusLookup, EventQuotes)}, with the corpus's shared events' quotes, which a worker makes (the
     * timeline's layout reads them first): until then {@link #line} names nobody, as the FX thread, which asks it for a
     * tooltip, neither makes them nor waits for them. So no task of its own waits for them beside the layout.
     */
    public static QuoteSpeakers of(CorpusLookup lookup, CorpusEventQuotes shared) {
        return new QuoteSpeakers(lookup, () -> shared.isMade() ? shared.get() : EventQuotes.EMPTY);
    }

    /** Who said a quote ({@link #who}, {@link #reason}): no event's speakers are named ({@link #line} is empty). */
    public static QuoteSpeakers of(CorpusLookup lookup) {
        return of(lookup, EventQuotes.EMPTY);
    }

    /** As {@link #of(CorpusLookup, EventQuotes)}, made on the calling thread (a host without a preparation). */
    public static QuoteSpeakers of(Corpus corpus) {
        return of(CorpusLookup.of(corpus), EventQuotes.of(corpus.events(), corpus.quotes()));
    }

    /**
     * "Speakers: Jane Doe (attributed by 2 of 3 outlets), Tom Roe": who said the quotes within the event's sentences,
     * each once; empty when none names anybody.
     */
    public String line(Event event) {
        Set<String> named = new LinkedHashSet<>();
        for (Quote q : eventQuotes.get().quotes(event)) {
            QuoteCluster c = lookup.clusterOf(q.id());
            if (c != null && c.speaker() != null) {
                named.add(credit(c).text());
            } else if (q.speaker() != null) {
                named.add(q.speaker().name());
            }
        }
        if (named.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>(named);
        String more = shown.size() > MAX_NAMED ? ", \u2026" : "";
        return "Speakers: " + String.join(", ", shown.subList(0, Math.min(MAX_NAMED, shown.size()))) + more;
    }

    /** "Jane Doe", "Jane Doe (as other outlets credit)" for a speaker taken from the quote's cluster, "Unknown speaker". */
    public String who(Quote quote) {
        if (quote.speaker() != null) {
            return quote.speaker().name();
        }
        Variant v = lookup.memberOf(quote.id());
        return v != null && v.speakerInherited()
                ? v.speaker().name() + " (" + SpeakerCredit.INHERITED_NOTE + ")" : SpeakerCredit.UNKNOWN;
    }

    /** "Speaker: Jane Doe — named in the attribution": who said {@code quote} and why ({@link SpeakerCredit#line}). */
    public String reason(Quote quote) {
        Article a = lookup.articles().get(quote.articleId());
        Variant v = lookup.memberOf(quote.id());
        if (quote.speaker() == null && v != null && v.speakerInherited()) {
            return SpeakerCredit.line(v.speaker().name(), SpeakerFrom.CLUSTER, quote, a);
        }
        return SpeakerCredit.line(quote, a);
    }

    private SpeakerCredit credit(QuoteCluster c) {
        return credits.computeIfAbsent(c.id(), id -> SpeakerCredit.of(c, lookup.quotes(), lookup.articles()));
    }
}

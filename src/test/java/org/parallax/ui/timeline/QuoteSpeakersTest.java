package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/** Who said an event's quotes, as its tooltip and the event detail name them. */
class QuoteSpeakersTest {

    private static final String WORDS = "The ferry will run again in May";
    private final List<Article> articles = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Variant> members = new ArrayList<>();
    private final List<Span> mentions = new ArrayList<>();

    private Quote add(String id, String outlet, String own, boolean inherits) {
        String text = "\u201c" + WORDS + ",\u201d " + (own == null ? "a notice read" : own + " said") + " on Monday.";
        articles.add(new Article(id, id + ".txt", Outlet.of(outlet), "", null, DateSource.UNKNOWN, "", text, List.of()));
        int at = text.indexOf(WORDS);
        Quote q = new Quote("q-" + id, new Span(id, at, at + WORDS.length()), WORDS,
                own == null ? null : new Speaker(own), QuoteKind.DIRECT, own == null ? null : SpeakerFrom.CUE);
        quotes.add(q);
        members.add(new Variant(q.id(), Verdict.VERBATIM, own != null || inherits ? new Speaker("Anna Berg") : null,
                inherits));
        mentions.add(new Span(id, 0, text.length()));
        return q;
    }

    private QuoteSpeakers speakers(Event event) {
        return QuoteSpeakers.of(Corpus.of(articles).withQuotes(quotes).withEvents(List.of(event))
                .withQuoteClusters(List.of(new QuoteCluster("qc", new Speaker("Anna Berg"), members))));
    }

    @Test
    void anEventsTooltipSaysHowManyOutletsCreditTheSpeaker() {
        add("a", "Coast News", "Anna Berg", false);
        add("b", "Daily Port", "Anna Berg", false);
        Quote unnamed = add("c", "Harbour Times", null, true);
        Event e = new Event("e", "Ferry returns", "2024-05", null, mentions);
        QuoteSpeakers s = speakers(e);
        assertThat(s.line(e)).isEqualTo("Speakers: Anna Berg (attributed by 2 of 3 outlets)");
        assertThat(s.who(unnamed)).isEqualTo("Anna Berg (as other outlets credit)");
        assertThat(s.reason(unnamed))
                .isEqualTo("Speaker: Anna Berg \u2014 as other outlets credit this quote; the article names nobody");
        assertThat(s.reason(quotes.get(0))).startsWith("Speaker: Anna Berg \u2014 named in the attribution");
    }

    @Test
    void anEventWithoutQuotesNamesNobody() {
        add("a", "Coast News", "Anna Berg", false);
        Event quiet = new Event("e", "Ferry returns", "2024-05", null, List.of(new Span("a", 0, 1)));
        assertThat(speakers(quiet).line(quiet)).isEmpty();
        assertThat(QuoteSpeakers.NONE.line(quiet)).isEmpty();
    }
}

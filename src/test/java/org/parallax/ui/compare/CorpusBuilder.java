package org.parallax.ui.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Qualifier;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/** Small hand-made corpora for the compare views' tests: articles whose text is their quotes, one per line. */
final class CorpusBuilder {

    private final List<Article> articles = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<QuoteCluster> clusters = new ArrayList<>();
    private final List<Variant> pending = new ArrayList<>();

    /** An article whose text is the given sentences, each on its own paragraph. */
    CorpusBuilder article(String id, String outlet, String date, String... sentences) {
        articles.add(new Article(id, id + ".txt", Outlet.of(outlet), "Title " + id,
                date == null ? null : LocalDate.parse(date), date == null ? DateSource.UNKNOWN : DateSource.MANIFEST,
                "", String.join(Article.PARAGRAPH_BREAK, sentences), List.of()));
        return this;
    }

    Span span(String articleId, String text) {
        Article a = articles.stream().filter(x -> x.id().equals(articleId)).findFirst().orElseThrow();
        int at = a.text().indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(text + " not in " + articleId);
        }
        return new Span(articleId, at, at + text.length());
    }

    /** A quote of {@code articleId} and its verdict in the cluster being built. */
    CorpusBuilder quote(String articleId, String text, String speaker, Verdict verdict) {
        String id = "q-" + articleId + "-" + quotes.size();
        quotes.add(new Quote(id, span(articleId, text), text, speaker == null ? null : new Speaker(speaker),
                QuoteKind.DIRECT));
        pending.add(new Variant(id, verdict));
        return this;
    }

    CorpusBuilder cluster(String id, String speaker) {
        clusters.add(new QuoteCluster(id, speaker == null ? null : new Speaker(speaker), pending));
        pending.clear();
        return this;
    }

    CorpusBuilder claim(String articleId, String text, long value, Qualifier qualifier, String unit) {
        claims.add(new Claim("c-" + claims.size(), span(articleId, text), text, BigDecimal.valueOf(value), null, unit,
                qualifier, unit, ClaimKind.COUNT));
        return this;
    }

    CorpusBuilder event(String id, String label, String date, Span... mentions) {
        events.add(new Event(id, label, date, null, List.of(mentions)));
        return this;
    }

    Corpus build() {
        return Corpus.of(articles).withQuotes(quotes).withClaims(claims).withEvents(events).withQuoteClusters(clusters);
    }
}

package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.compare.event.EventQuotes;
import org.parallax.compare.event.EventQuotes.Relevance;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.SpeakerCredit;

/**
 * A quote cluster as the Quotes list shows it: the reference's words, the speaker, how many outlets carry it and how
 * much their versions differ ({@link QuoteComparison#difference()}).
 *
 * @param text   the reference quote's text (the first member's if none is the reference)
 * @param credit how many of the outlets credit the speaker
 */
public record ClusterSummary(QuoteCluster cluster, String speaker, String text, int outlets, int versions,
                             double difference, List<Verdict> verdicts, SpeakerCredit credit) {

    /** Most outlets first, then the most different, then by speaker and id. */
    public static final Comparator<ClusterSummary> ORDER = Comparator.comparingInt(ClusterSummary::outlets).reversed()
            .thenComparing(Comparator.comparingDouble(ClusterSummary::difference).reversed())
            .thenComparing(ClusterSummary::speaker).thenComparing(s -> s.cluster().id());

    public ClusterSummary {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(credit, "credit");
        verdicts = List.copyOf(verdicts);
    }

    public String id() {
        return cluster.id();
    }

    /** Every cluster of the corpus, in {@link #ORDER}. */
    public static List<ClusterSummary> of(Corpus corpus) {
        return of(CorpusLookup.of(corpus));
    }

    static List<ClusterSummary> of(CorpusLookup corpus) {
        Map<String, Quote> quotes = corpus.quotes();
        List<ClusterSummary> out = new ArrayList<>();
        for (QuoteCluster c : corpus.corpus().quoteClusters()) {
            QuoteComparison m = QuoteComparison.of(c, corpus, null);
            if (m.columns().isEmpty()) {
                continue;
            }
            String text = c.members().stream().filter(v -> v.verdict() == Verdict.REFERENCE)
                    .map(v -> quotes.get(v.quoteId())).filter(Objects::nonNull).map(Quote::text).findFirst()
                    .orElse(m.columns().get(0).text());
            out.add(new ClusterSummary(c, m.speaker(), text, m.outletCount(), m.columns().size(), m.difference(),
                    c.members().stream().map(Variant::verdict).distinct().toList(), m.credit()));
        }
        out.sort(ORDER);
        return out;
    }

    /** How this cluster belongs to {@code event}: its member quotes' {@link EventQuotes#relevance}. */
    public Relevance relevance(Event event, Corpus corpus) {
        return relevance(event, CorpusLookup.of(corpus));
    }

    Relevance relevance(Event event, CorpusLookup corpus) {
        List<Quote> members = cluster.members().stream().map(v -> corpus.quotes().get(v.quoteId()))
                .filter(Objects::nonNull).toList();
        return EventQuotes.relevance(event, members, corpus.articles());
    }

    /** Whether this cluster is among {@code event}'s quotes at relevance {@code least} or closer. */
    public boolean saidIn(Event event, Corpus corpus, Relevance least) {
        return saidIn(event, CorpusLookup.of(corpus), least);
    }

    boolean saidIn(Event event, CorpusLookup corpus, Relevance least) {
        return relevance(event, corpus).compareTo(least) >= 0;
    }

    /** Whether {@code quoteId} is a member. */
    public boolean has(String quoteId) {
        return cluster.members().stream().anyMatch(v -> v.quoteId().equals(quoteId));
    }

    /** The distinct speakers of {@code summaries}, sorted. */
    public static List<String> speakers(List<ClusterSummary> summaries) {
        return summaries.stream().map(ClusterSummary::speaker).distinct().sorted().toList();
    }
}

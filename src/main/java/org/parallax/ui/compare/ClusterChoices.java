package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.SpeakerCredit;

/**
 * The clusters a quote may move into, or a cluster merge with, as the user picks one: each by its reference's words,
 * speaker and how many articles carry it ("“We will rebuild…” — Tom Hale · 3 articles"), the same speaker's first
 * (the likeliest), then the most widely carried. Labels are unique (a repeated one names its cluster's id).
 */
public final class ClusterChoices {

    /** One cluster to choose, {@code reference} naming it in a correction. */
    public record Choice(String label, QuoteCluster cluster, Quote reference) {
    }

    private ClusterChoices() {
    }

    /** Every cluster of {@code corpus} but {@code except}, labelled, likeliest first. */
    public static List<Choice> of(Corpus corpus, QuoteCluster except) {
        Map<String, Quote> quotes = corpus.quotes().stream()
                .collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a));
        List<QuoteCluster> others = corpus.quoteClusters().stream()
                .filter(c -> except == null || !c.id().equals(except.id()))
                .filter(c -> !c.members().isEmpty() && quotes.containsKey(c.members().get(0).quoteId()))
                .sorted(Comparator.comparing((QuoteCluster c) -> except == null
                                || !Objects.equals(c.speaker(), except.speaker()))
                        .thenComparing(c -> -c.members().size()).thenComparing(QuoteCluster::id))
                .toList();
        List<Choice> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (QuoteCluster c : others) {
            Quote ref = quotes.get(c.members().get(0).quoteId());
            long articles = c.members().stream().map(v -> quotes.get(v.quoteId())).filter(Objects::nonNull)
                    .map(Quote::articleId).distinct().count();
            String label = "\u201c" + ArticleLabels.elide(ref.text(), 70) + "\u201d \u2014 "
                    + (c.speaker() == null ? SpeakerCredit.UNKNOWN : c.speaker().name()) + " \u00b7 "
                    + ArticleLabels.count(articles, "article", "articles");
            out.add(new Choice(labels.add(label) ? label : label + " (" + c.id() + ")", c, ref));
        }
        return out;
    }
}

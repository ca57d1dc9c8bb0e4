package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.compare.figure.FigureComparison;
import org.parallax.compare.figure.FigureGroup;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;

/**
 * A corpus's figures compared across outlets once ({@link FigureComparison#compare}, tens of seconds at 100,000
 * articles) and the figures table's rows read from that: the whole corpus's, made with it, and one event's, found
 * through the claims of the event's articles. Made off the FX thread with the comparisons' preparation; the table
 * compared the whole corpus on the FX thread when the comparisons came and again at every event selected on the
 * timeline. Immutable.
 */
final class FigureRows {

    static final FigureRows NONE = of(Corpus.EMPTY, Map.of());

    private final Map<String, Article> articles;
    /** Every group, disagreeing ones first, then by subject. */
    private final List<FigureGroup> groups;
    private final List<Claim> claims;
    /** The indices in {@link #claims} of each article's claims, in the corpus's order. */
    private final Map<String, List<Integer>> claimsOfArticle;
    private final List<FigureRow> all;

    private FigureRows(Map<String, Article> articles, List<FigureGroup> groups, List<Claim> claims) {
        this.articles = articles;
        this.groups = groups;
        this.claims = claims;
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byArticle.computeIfAbsent(claims.get(i).span().articleId(), k -> new ArrayList<>()).add(i);
        }
        this.claimsOfArticle = byArticle;
        this.all = collect(null);
    }

    /** The figures of {@code corpus}, whose articles by id are {@code articles}: on a worker. */
    static FigureRows of(Corpus corpus, Map<String, Article> articles) {
        List<FigureGroup> groups = new ArrayList<>(FigureComparison.compare(corpus));
        groups.sort(Comparator.comparing((FigureGroup g) -> !g.disagreement()).thenComparing(FigureGroup::subject));
        return new FigureRows(articles, List.copyOf(groups), corpus.claims());
    }

    static FigureRows of(Corpus corpus) {
        return of(corpus, corpus.articlesById());
    }

    /** The rows of {@code event} ({@code null}: of the whole corpus), as {@link FigureRow#of} orders them. */
    List<FigureRow> rows(Event event) {
        return event == null ? all : collect(event);
    }

    private List<FigureRow> collect(Event event) {
        Map<String, List<Span>> mentions = new HashMap<>();
        if (event != null) {
            event.mentions().forEach(m -> mentions.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m));
        }
        List<FigureRow> out = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        int index = 0;
        for (FigureGroup g : groups) {
            if (event != null && g.members().stream().noneMatch(c -> within(c, mentions))) {
                continue;
            }
            for (Claim c : g.members()) {
                out.add(FigureRow.grouped(g, c, articles.get(c.articleId()), index));
                grouped.add(c.id());
            }
            index++;
        }
        List<Claim> rest = new ArrayList<>();
        for (int i : candidates(event, mentions)) {
            Claim c = claims.get(i);
            if (!grouped.contains(c.id()) && (event == null || within(c, mentions))) {
                rest.add(c);
            }
        }
        rest.sort(Comparator.comparing(Claim::span)); // stable: ties in the corpus's order
        rest.forEach(c -> out.add(FigureRow.single(c, articles.get(c.articleId()))));
        return List.copyOf(out); // the whole corpus's are kept and handed out: nobody may change them
    }

    /** The indices of the claims that may stand in the event's mentions (all for no event), in the corpus's order. */
    private Iterable<Integer> candidates(Event event, Map<String, List<Span>> mentions) {
        if (event == null) {
            List<Integer> every = new ArrayList<>(claims.size());
            for (int i = 0; i < claims.size(); i++) {
                every.add(i);
            }
            return every;
        }
        Set<Integer> found = new TreeSet<>();
        for (String article : new LinkedHashSet<>(mentions.keySet())) {
            found.addAll(claimsOfArticle.getOrDefault(article, List.of()));
        }
        return found;
    }

    /** Whether {@code c} is stated within one of the mentions (grouped by article: a span overlaps only its own). */
    private static boolean within(Claim c, Map<String, List<Span>> mentions) {
        return mentions.getOrDefault(c.span().articleId(), List.of()).stream().anyMatch(m -> m.overlaps(c.span()));
    }
}

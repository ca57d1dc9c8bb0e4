package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Variant;
import org.parallax.ui.common.SpeakerCredit;

/**
 * Whom one column of a quote comparison credits the words to, as its own article says: the cluster's speaker
 * ({@link Kind#AGREES}), someone else ({@link Kind#DIFFERS}: an attribution disagreement), nobody, so the column
 * takes the speaker the other outlets credit ({@link Kind#INHERITED}), or nobody at all ({@link Kind#NOBODY}).
 * Plain Java, tested without a toolkit.
 *
 * @param speaker the name shown, {@code null} for {@link Kind#NOBODY}
 */
public record ColumnAttribution(String speaker, Kind kind) {

    public static final String UNKNOWN = SpeakerCredit.UNKNOWN;
    public static final String INHERITED_NOTE = SpeakerCredit.INHERITED_NOTE;

    /** How a column's attribution stands to the cluster's. */
    public enum Kind {
        AGREES, DIFFERS, INHERITED, NOBODY
    }

    public ColumnAttribution {
        Objects.requireNonNull(kind, "kind");
        if ((speaker == null) != (kind == Kind.NOBODY)) {
            throw new IllegalArgumentException("a speaker is named exactly when someone is credited");
        }
    }

    /** The attribution of {@code column} in {@code cluster}. */
    public static ColumnAttribution of(QuoteCluster cluster, ComparisonColumn column) {
        Set<String> ids = column.quotes().stream().map(Quote::id).collect(Collectors.toSet());
        Speaker inherited = null;
        for (Variant v : cluster.members()) {
            if (!ids.contains(v.quoteId())) {
                continue;
            }
            if (v.ownSpeaker().isPresent()) {
                Speaker own = v.ownSpeaker().get();
                boolean differs = cluster.attributionDiffers() && !own.equals(cluster.speaker());
                return new ColumnAttribution(own.name(), differs ? Kind.DIFFERS : Kind.AGREES);
            }
            if (v.speakerInherited()) {
                inherited = v.speaker();
            }
        }
        // a document written before members carried speakers: the quote's own, else the cluster's is inherited
        if (inherited == null) {
            for (Quote q : column.quotes()) {
                if (q.speaker() != null) {
                    return new ColumnAttribution(q.speaker().name(), Kind.AGREES);
                }
            }
        }
        Speaker taken = inherited != null ? inherited : cluster.speaker();
        return taken == null ? new ColumnAttribution(null, Kind.NOBODY)
                : new ColumnAttribution(taken.name(), Kind.INHERITED);
    }

    /**
     * "Speaker: Jane Doe — named in the attribution": whom the column credits and why, in {@link SpeakerCredit}'s
     * words; a speaker taken from the other outlets says so.
     *
     * @param article the column's article, for where a joined name was given; may be null
     */
    public String reason(ComparisonColumn column, Article article) {
        Quote named = column.quotes().stream().filter(q -> q.speaker() != null).findFirst()
                .orElse(column.quotes().get(0));
        return switch (kind) {
            case NOBODY -> SpeakerCredit.line(null, null, named, article);
            case INHERITED -> SpeakerCredit.line(speaker, SpeakerFrom.CLUSTER, named, article);
            case AGREES, DIFFERS -> SpeakerCredit.line(speaker, named.speakerFrom(), named, article);
        };
    }

    /** As the column head shows it: "Jane Doe", "Jane Doe (as other outlets credit)", "Unknown speaker". */
    public String text() {
        return switch (kind) {
            case AGREES, DIFFERS -> speaker;
            case INHERITED -> speaker + " (" + INHERITED_NOTE + ")";
            case NOBODY -> UNKNOWN;
        };
    }

    /**
     * For a cluster whose articles credit different people: whom, in how many of the columns, the cluster's speaker
     * first ("Credited to Jane Doe in 2 of 4 articles, to Tom Roe in 1; 1 names nobody"); empty when they agree.
     */
    public static String summary(QuoteCluster cluster, List<ComparisonColumn> columns) {
        if (!cluster.attributionDiffers() || columns.isEmpty()) {
            return "";
        }
        Map<String, Integer> credited = new LinkedHashMap<>();
        for (Speaker s : cluster.creditedSpeakers()) {
            credited.put(s.name(), 0);
        }
        int nobody = 0;
        for (ComparisonColumn c : columns) {
            ColumnAttribution a = of(cluster, c);
            if (a.kind() == Kind.AGREES || a.kind() == Kind.DIFFERS) {
                credited.merge(a.speaker(), 1, Integer::sum);
            } else {
                nobody++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : credited.entrySet()) {
            if (e.getValue() > 0) {
                parts.add((parts.isEmpty() ? "Credited to " : "to ") + e.getKey() + " in " + e.getValue()
                        + (parts.isEmpty() ? " of " + columns.size() + (columns.size() == 1 ? " article" : " articles")
                        : ""));
            }
        }
        return String.join(", ", parts) + (nobody == 0 ? "" : "; " + nobody + " " + (nobody == 1 ? "names" : "name")
                + " nobody");
    }

    /** "credited to 2 speakers", for a cluster whose articles disagree on who said it; empty when they agree. */
    public static String badgeText(QuoteCluster cluster) {
        int n = cluster.creditedSpeakers().size();
        return n > 1 ? "credited to " + n + " speakers" : "";
    }
}

package org.parallax.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * The quote clusters while the user's corrections regroup them: which quotes each cluster holds and which is its
 * reference. A cluster whose members changed in any way (one moved in or out, struck as not a quote, another
 * speaker, another reference) is formed again the way extraction forms one ({@link QuoteClusterer#form}): the
 * verdicts against its reference and its speaker reconciled across its members, so "attributed by N of M outlets"
 * follows a corrected speaker. Clusters nothing touched stay exactly as extracted.
 */
final class ClusterEdits {

    private static final QuoteClusterer CLUSTERER = new QuoteClusterer();

    private final List<QuoteCluster> extracted;
    /** Each cluster's members by quote id, in order; a merged-away cluster is gone. */
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final Map<String, String> clusterOf = new HashMap<>();
    private final Map<String, String> references = new HashMap<>();
    private final Set<String> regrouped = new LinkedHashSet<>();

    ClusterEdits(List<QuoteCluster> extracted) {
        this.extracted = extracted;
        for (QuoteCluster c : extracted) {
            List<String> ids = new ArrayList<>();
            for (Variant v : c.members()) {
                ids.add(v.quoteId());
                clusterOf.putIfAbsent(v.quoteId(), c.id());
            }
            members.put(c.id(), ids);
        }
    }

    /** The ids of the clusters the user regrouped, those merged away included: to mark "corrected by you". */
    Set<String> regrouped() {
        return regrouped;
    }

    /** {@code q} leaves its cluster; false when it is in none. */
    boolean splitOff(Quote q) {
        String from = clusterOf.remove(q.id());
        if (from == null) {
            return false;
        }
        members.get(from).remove(q.id());
        regrouped.add(from);
        return true;
    }

    /** {@code q} joins the cluster of {@code inCluster}, leaving its own; false when {@code inCluster} is in none. */
    boolean moveTo(Quote q, Quote inCluster) {
        String to = clusterOf.get(inCluster.id());
        if (to == null) {
            return false;
        }
        if (!to.equals(clusterOf.get(q.id()))) {
            if (clusterOf.containsKey(q.id())) {
                splitOff(q);
            }
            members.get(to).add(q.id());
            clusterOf.put(q.id(), to);
            regrouped.add(to);
        }
        return true;
    }

    /** The cluster of {@code other} joins that of {@code into}; false when either quote is in none. */
    boolean merge(Quote into, Quote other) {
        String a = clusterOf.get(into.id());
        String b = clusterOf.get(other.id());
        if (a == null || b == null) {
            return false;
        }
        if (!a.equals(b)) {
            for (String id : members.remove(b)) {
                members.get(a).add(id);
                clusterOf.put(id, a);
            }
            references.remove(b);
            regrouped.add(a);
            regrouped.add(b);
        }
        return true;
    }

    /** {@code q} becomes its cluster's reference; false when it is in none. */
    boolean reference(Quote q) {
        String c = clusterOf.get(q.id());
        if (c == null) {
            return false;
        }
        references.put(c, q.id());
        regrouped.add(c);
        return true;
    }

    /**
     * The clusters now, in their extracted order: untouched ones as they were, changed ones formed again from
     * {@code quotes} (the corrected quotes by id; one missing was struck). A cluster left with fewer than two
     * articles is none.
     *
     * @param respoken the quotes whose speaker the user corrected
     */
    List<QuoteCluster> result(Map<String, Quote> quotes, Set<String> respoken) {
        List<QuoteCluster> out = new ArrayList<>();
        for (QuoteCluster c : extracted) {
            List<String> ids = members.get(c.id());
            if (ids == null) {
                continue;
            }
            List<Quote> now = ids.stream().map(quotes::get).filter(Objects::nonNull).toList();
            if (!regrouped.contains(c.id()) && now.size() == ids.size() && ids.stream().noneMatch(respoken::contains)) {
                out.add(c);
            } else if (now.stream().map(Quote::articleId).distinct().count() >= 2) {
                out.add(CLUSTERER.form(c.id(), now, reference(c, now)));
            }
        }
        return out;
    }

    /** The reference the user chose, else the extracted one while it is a member, else none (the fullest version). */
    private Quote reference(QuoteCluster c, List<Quote> now) {
        String chosen = references.get(c.id());
        String extractedRef = c.members().stream().filter(v -> v.verdict() == Verdict.REFERENCE)
                .map(Variant::quoteId).findFirst().orElse(null);
        for (String id : Arrays.asList(chosen, extractedRef)) {
            for (Quote q : now) {
                if (q.id().equals(id)) {
                    return q;
                }
            }
        }
        return null;
    }
}

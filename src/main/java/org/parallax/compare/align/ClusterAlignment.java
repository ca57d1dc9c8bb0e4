package org.parallax.compare.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * The alignment of every member of a quote cluster against its reference, for the comparison view. A member that is
 * a piece of the utterance ({@code trimmed}, {@code partial}, each of the pieces of a quote an outlet split in two,
 * and an {@code altered} or {@code paraphrase} member with fewer words than the reference) is aligned with {@link WordAlignment#ofPart} against the part of the reference it covers; the others with
 * {@link WordAlignment#of}. The reference itself is all {@code SHARED}.
 */
public final class ClusterAlignment {

    private ClusterAlignment() {
    }

    /** @param quotesById the corpus's quotes by id; members it lacks are left out */
    public static Map<String, List<AlignedSegment>> of(QuoteCluster cluster, Map<String, Quote> quotesById) {
        Map<String, List<AlignedSegment>> out = new LinkedHashMap<>();
        Optional<Quote> ref = cluster.members().stream().filter(v -> v.verdict() == Verdict.REFERENCE)
                .map(v -> quotesById.get(v.quoteId())).filter(q -> q != null).findFirst();
        if (ref.isEmpty()) {
            return out;
        }
        for (Variant v : cluster.members()) {
            Quote q = quotesById.get(v.quoteId());
            if (q == null) {
                continue;
            }
            boolean shorter = WordAlignment.tokens(q.text()).size() < WordAlignment.tokens(ref.get().text()).size();
            boolean piece = v.verdict() == Verdict.TRIMMED || v.verdict() == Verdict.PARTIAL
                    || shorter && (v.verdict() == Verdict.ALTERED || v.verdict() == Verdict.PARAPHRASE);
            out.put(q.id(), piece ? WordAlignment.ofPart(ref.get().text(), q.text())
                    : WordAlignment.of(ref.get().text(), q.text()));
        }
        return out;
    }
}

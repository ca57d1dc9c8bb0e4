package org.parallax.compare.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * The alignment of every version of a quote cluster against a base, for the comparison view. The members are grouped
 * by article (an article that split the utterance into two quotes gives one version of both pieces, in text order);
 * the base is one article's version (the reference's unless another is chosen), its pieces' words in a row. Every
 * other member is aligned against the base's words with {@link WordAlignment}: a piece of the utterance (shorter than
 * the base, and one of several pieces of its article or {@code trimmed}, {@code partial}, {@code altered},
 * {@code paraphrase}) with {@link WordAlignment#ofPart} against the part of the base it covers, the others whole. A
 * member that shares hardly a word with the base ({@link Member#loose}) has no place in it.
 */
public final class ClusterAlignment {

    private static final Set<Verdict> PIECE_VERDICTS =
            EnumSet.of(Verdict.TRIMMED, Verdict.PARTIAL, Verdict.ALTERED, Verdict.PARAPHRASE);

    /**
     * One member's alignment against the base.
     *
     * @param segments its words against the base's, from base word {@code offset} on
     * @param offset   where its aligned base words start among the base's words
     * @param loose    whether it shares too little to be placed in the base: no shared run of two words and under
     *                 half its words shared (a fragment of another translation that meets the base on an "and")
     */
    public record Member(Quote quote, Verdict verdict, List<AlignedSegment> segments, int offset, boolean loose) {

        public Member {
            segments = List.copyOf(segments);
        }
    }

    private final String referenceArticleId;
    private final String baseArticleId;
    private final Map<String, List<Quote>> quotesByArticle;
    private final Map<String, Verdict> verdicts;
    private final List<String> baseWords;
    private final List<Span> baseSpans;
    private final Map<String, Member> members;

    private ClusterAlignment(String referenceArticleId, String baseArticleId, Map<String, List<Quote>> quotesByArticle,
                             Map<String, Verdict> verdicts, List<String> baseWords, List<Span> baseSpans,
                             Map<String, Member> members) {
        this.referenceArticleId = referenceArticleId;
        this.baseArticleId = baseArticleId;
        this.quotesByArticle = quotesByArticle;
        this.verdicts = verdicts;
        this.baseWords = baseWords;
        this.baseSpans = baseSpans;
        this.members = members;
    }

    /**
     * @param quotesById    the corpus's quotes by id; members it lacks are left out
     * @param baseArticleId the article whose version the others are aligned against; the reference's when
     *                      {@code null} or not in the cluster
     */
    public static ClusterAlignment of(QuoteCluster cluster, Map<String, Quote> quotesById, String baseArticleId) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
        String referenceArticle = null;
        for (Variant v : cluster.members()) {
            Quote q = quotesById.get(v.quoteId());
            if (q == null) {
                continue;
            }
            verdicts.put(q.id(), v.verdict());
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
            if (v.verdict() == Verdict.REFERENCE && referenceArticle == null) {
                referenceArticle = q.articleId();
            }
        }
        if (byArticle.isEmpty()) {
            return new ClusterAlignment(null, null, Map.of(), Map.of(), List.of(), List.of(), Map.of());
        }
        String ref = referenceArticle != null ? referenceArticle : byArticle.keySet().iterator().next();
        String base = baseArticleId != null && byArticle.containsKey(baseArticleId) ? baseArticleId : ref;
        byArticle.replaceAll((id, qs) -> qs.stream().sorted(Comparator.comparing(Quote::span)).toList());
        List<String> baseWords = new ArrayList<>();
        List<Span> baseSpans = new ArrayList<>();
        for (Quote q : byArticle.get(base)) {
            for (String t : WordAlignment.tokens(q.text())) {
                baseWords.add(t);
                baseSpans.add(q.span());
            }
        }
        String baseText = String.join(" ", baseWords);
        Map<String, Member> members = new LinkedHashMap<>();
        for (Map.Entry<String, List<Quote>> e : byArticle.entrySet()) {
            if (e.getKey().equals(base)) {
                continue;
            }
            for (Quote q : e.getValue()) {
                members.put(q.id(), align(q, verdicts.get(q.id()), e.getValue().size() > 1, baseWords, baseText));
            }
        }
        return new ClusterAlignment(ref, base, byArticle, verdicts, List.copyOf(baseWords), List.copyOf(baseSpans),
                members);
    }

    private static Member align(Quote q, Verdict verdict, boolean split, List<String> baseWords, String baseText) {
        int size = WordAlignment.tokens(q.text()).size();
        boolean piece = size < baseWords.size() && (split || PIECE_VERDICTS.contains(verdict));
        List<AlignedSegment> segments = piece ? WordAlignment.ofPart(baseText, q.text())
                : WordAlignment.of(baseText, q.text());
        int offset = piece ? offset(baseWords, segments) : 0;
        if (offset < 0) {
            segments = WordAlignment.of(baseText, q.text());
            offset = 0;
        }
        return new Member(q, verdict, segments, offset, loose(segments, size));
    }

    /** Where a part alignment's base words start among the base's words, or -1. */
    private static int offset(List<String> baseWords, List<AlignedSegment> segments) {
        List<String> words = new ArrayList<>();
        for (AlignedSegment s : segments) {
            words.addAll(s.referenceWords());
        }
        if (words.isEmpty()) {
            return 0;
        }
        for (int i = 0; i + words.size() <= baseWords.size(); i++) {
            if (baseWords.subList(i, i + words.size()).equals(words)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean loose(List<AlignedSegment> segments, int memberWords) {
        int shared = 0;
        int longest = 0;
        for (AlignedSegment s : segments) {
            if (s.kind() == AlignedSegment.Kind.SHARED) {
                shared += s.memberWords().size();
                longest = Math.max(longest, s.memberWords().size());
            }
        }
        return memberWords > 0 && longest < 2 && shared * 2 < memberWords;
    }

    /** Whether no member of the cluster is among the quotes. */
    public boolean isEmpty() {
        return quotesByArticle.isEmpty();
    }

    /** The reference's article (the first article when no member is the reference). */
    public String referenceArticleId() {
        return referenceArticleId;
    }

    public String baseArticleId() {
        return baseArticleId;
    }

    /** The members by article, articles in member order, each article's quotes in text order. */
    public Map<String, List<Quote>> quotesByArticle() {
        return quotesByArticle;
    }

    public Verdict verdict(Quote quote) {
        return verdicts.get(quote.id());
    }

    /** The base's words as the alignment counts them, its pieces' in a row. */
    public List<String> baseWords() {
        return baseWords;
    }

    /** For each of {@link #baseWords}, the span of the base quote it is in. */
    public List<Span> baseSpans() {
        return baseSpans;
    }

    /** The alignment of a member outside the base's article. */
    public Member member(Quote quote) {
        Member m = members.get(quote.id());
        if (m == null) {
            throw new IllegalArgumentException(quote.id() + " is no member outside the base");
        }
        return m;
    }

    /** Every member's words against the base by quote id; a quote of the base's article is all shared. */
    public Map<String, List<AlignedSegment>> segments() {
        Map<String, List<AlignedSegment>> out = new LinkedHashMap<>();
        quotesByArticle.forEach((id, qs) -> qs.forEach(q -> {
            List<String> words = WordAlignment.tokens(q.text());
            out.put(q.id(), id.equals(baseArticleId)
                    ? List.of(new AlignedSegment(AlignedSegment.Kind.SHARED, words, words)) : member(q).segments());
        }));
        return out;
    }
}

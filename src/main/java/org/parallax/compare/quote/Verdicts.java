package org.parallax.compare.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Verdict;

/**
 * Chooses a cluster's reference and gives every other member its verdict.
 *
 * <p><b>Reference</b>: the fullest direct version, the direct quote with the most words (ties: one with a speaker,
 * then the earlier article id and position); with no direct member, the longest indirect one, else the longest partial.
 *
 * <p><b>Verdicts</b>, in this order, on normalised words (lower case, punctuation and quote marks stripped) and
 * their light stems:
 * <ol>
 *   <li>{@code partial}: the member is a partial quote (a few quoted words inside reported speech).</li>
 *   <li>{@code verbatim}: the same normalised words.</li>
 *   <li>{@code trimmed}: fewer words, every member word found in order in the reference (a contiguous or in-order subset;
 *       one piece of a quote another outlet gives whole).</li>
 *   <li>{@code extended}: every reference word found in order in the member, and the member is longer. As the
 *       reference is the longest direct version this happens when the member is reported speech that wraps the
 *       reference's words.</li>
 *   <li>{@code altered}: mostly the same words with some changed: the common subsequence covers at least
 *       {@value #ALTERED_CONTAINMENT} of the member's words, or at least {@value #ALTERED_COVERAGE} of the longer
 *       of the two, or a run of at least {@value QuoteSimilarity#MIN_RUN} words in a row covers half the member
 *       (a piece that overlaps the reference word for word and goes on beyond it).</li>
 *   <li>{@code paraphrase}: anything else (it joined on content words: a different translation or wording);
 *       but see {@link #verdict(Quote, Quote, List)} for a piece of the statement the reference lacks.</li>
 * </ol>
 */
public final class Verdicts {

    public static final double ALTERED_CONTAINMENT = 0.75;
    public static final double ALTERED_COVERAGE = 0.6;

    private final QuoteSimilarity similarity;

    public Verdicts(QuoteSimilarity similarity) {
        this.similarity = similarity;
    }

    public static Verdicts standard() {
        return new Verdicts(QuoteSimilarity.standard());
    }

    /** Direct quotes first, then indirect, then partial. */
    private static int rank(QuoteKind kind) {
        return switch (kind) {
            case DIRECT -> 0;
            case INDIRECT -> 1;
            case PARTIAL -> 2;
        };
    }

    /**
     * The reference of a cluster: direct quotes before indirect before partial, then the most words, then one with a
     * speaker, then the earliest span (the first member where all of these tie).
     */
    public Quote reference(List<Quote> members) {
        Map<String, Integer> counted = new HashMap<>(); // wire copies: each text read into words once
        int[] words = new int[members.size()];
        for (int k = 0; k < words.length; k++) {
            words[k] = counted.computeIfAbsent(members.get(k).text(), t -> QuoteWords.words(t).size());
        }
        return reference(members, words);
    }

    /**
     * {@link #reference(List)} when each member's {@linkplain QuoteWords#words word} count is known ({@code words},
     * in the members' order): the order's comparator read the words of both quotes at every comparison, a third of
     * the clusterer's time.
     */
    Quote reference(List<Quote> members, int[] words) {
        if (members.isEmpty()) {
            throw new NoSuchElementException("a cluster without members has no reference");
        }
        int best = 0;
        for (int k = 1; k < words.length; k++) {
            if (before(members.get(k), words[k], members.get(best), words[best])) {
                best = k;
            }
        }
        return members.get(best);
    }

    /** Whether {@code a} (of {@code aWords} words) comes strictly before {@code b} in {@link #reference}'s order. */
    private static boolean before(Quote a, int aWords, Quote b, int bWords) {
        if (a.kind() != b.kind()) {
            return rank(a.kind()) < rank(b.kind());
        }
        if (aWords != bWords) {
            return aWords > bWords;
        }
        if ((a.speaker() == null) != (b.speaker() == null)) {
            return a.speaker() != null;
        }
        return a.span().compareTo(b.span()) < 0;
    }

    public Verdict verdict(Quote reference, Quote member) {
        if (member.id().equals(reference.id())) {
            return Verdict.REFERENCE;
        }
        if (member.kind() == QuoteKind.PARTIAL) {
            return Verdict.PARTIAL;
        }
        return verdict(QuoteWords.of(reference.text()), QuoteWords.of(member.text()));
    }

    /**
     * The verdict of a member in a cluster. When the words of a member would be a {@code paraphrase} of the
     * reference but it is a piece of the utterance the reference lacks (outlets quote different parts of one
     * statement, none in full), it is judged against the longer members: {@code trimmed} if its words stand word
     * for word in one of them, {@code altered} if mostly; else it stays a paraphrase.
     */
    public Verdict verdict(Quote reference, Quote member, List<Quote> cluster) {
        return judge(reference, cluster).apply(member);
    }

    /**
     * The verdicts of the members of one cluster, as {@link #verdict(Quote, Quote, List)} gives them. A member's
     * verdict depends on its words alone (besides being the reference or partial), so members with equal words —
     * wire copies — are judged once and every text is read into words once: a cluster of a thousand copies costs
     * as many judgements as it has distinct texts, not the square of its size.
     */
    public Function<Quote, Verdict> judge(Quote reference, List<Quote> cluster) {
        Map<String, QuoteWords> words = new HashMap<>();
        Function<String, QuoteWords> wordsOf = text -> words.computeIfAbsent(text, QuoteWords::of);
        Map<String, Verdict> byText = new HashMap<>();
        return member -> {
            if (member.id().equals(reference.id())) {
                return Verdict.REFERENCE;
            }
            if (member.kind() == QuoteKind.PARTIAL) {
                return Verdict.PARTIAL;
            }
            return byText.computeIfAbsent(member.text(), t -> refined(reference, member, cluster, wordsOf));
        };
    }

    private Verdict refined(Quote reference, Quote member, List<Quote> cluster, Function<String, QuoteWords> wordsOf) {
        QuoteWords mw = wordsOf.apply(member.text());
        Verdict v = verdict(wordsOf.apply(reference.text()), mw);
        if (v != Verdict.PARAPHRASE) {
            return v;
        }
        Verdict best = v;
        for (Quote other : cluster) {
            if (other == member || other.kind() == QuoteKind.PARTIAL) {
                continue;
            }
            QuoteWords ow = wordsOf.apply(other.text());
            if (ow.size() <= mw.size()) {
                continue;
            }
            Verdict against = verdict(ow, mw);
            if (against == Verdict.VERBATIM || against == Verdict.TRIMMED) {
                return Verdict.TRIMMED;
            }
            if (against == Verdict.ALTERED) {
                best = Verdict.ALTERED;
            }
        }
        return best;
    }

    /** The verdict of a (non-partial) member's words against the reference's. */
    public Verdict verdict(QuoteWords ref, QuoteWords member) {
        if (ref.words().equals(member.words())) {
            return Verdict.VERBATIM;
        }
        int wordLcs = QuoteSimilarity.lcs(ref.words(), member.words());
        if (wordLcs == member.size() && member.size() < ref.size()) {
            return Verdict.TRIMMED;
        }
        if (wordLcs == ref.size() && member.size() > ref.size()) {
            return Verdict.EXTENDED;
        }
        QuoteSimilarity.Match m = similarity.match(ref, member);
        double memberShare = member.size() == 0 ? 0 : (double) m.lcs() / member.size();
        boolean longRun = m.run() >= QuoteSimilarity.MIN_RUN && 2 * m.run() >= member.size();
        if (memberShare >= ALTERED_CONTAINMENT || m.coverage() >= ALTERED_COVERAGE || longRun) {
            return Verdict.ALTERED;
        }
        return Verdict.PARAPHRASE;
    }
}

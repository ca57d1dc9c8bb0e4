package org.parallax.compare.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

/**
 * Step 1 of {@link QuoteClusterer}: links core quotes of different articles that pass a rule of
 * {@link QuoteSimilarity}, near-linear in the corpus. Equal quotes are one {@link Utterance}, compared once; candidate
 * pairs come from {@link CandidateBlocking} (every pair that could link, however common its words); a pair is
 * compared only if the quotes share a content stem (as candidates always had to), and a cheap bound on the stems they
 * share rules most pairs out before the word-by-word table. Blocking never pairs utterances that all stand in one and
 * the same article (no link joins two quotes of one article). Pairs are judged on every core; unions follow in one
 * thread. The groups are those of comparing every such pair of quotes one by one, in index order.
 */
final class CoreLinks {

    private static final byte FORWARD = 1;
    private static final byte BACKWARD = 2;

    private final QuoteSimilarity similarity;

    CoreLinks(QuoteSimilarity similarity) {
        this.similarity = similarity;
    }

    /**
     * Links {@code core} (indices into {@code quotes}) in {@code groups}; returns how many pairs were judged.
     * {@code coded} gives a quote's words as {@link QuoteSimilarity#match} reads them, in the clusterer's one
     * numbering of stems (the partials are matched against the same codes).
     */
    int link(List<Integer> core, List<Quote> quotes, List<QuoteWords> words, String[] who,
            IntFunction<QuoteSimilarity.Coded> coded, UnionFind groups) {
        List<Utterance> us = utterances(core, quotes, words, who, coded);
        long[] pairs = new CandidateBlocking(us).pairs();
        byte[] judged = new byte[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(i -> judged[i] = judge(us.get(CandidateBlocking.first(
                pairs[i])), us.get(CandidateBlocking.second(pairs[i]))));
        boolean[] self = new boolean[us.size()];
        IntStream.range(0, us.size()).parallel().forEach(u -> self[u] = linksItself(us.get(u)));
        for (int u = 0; u < us.size(); u++) {
            if (self[u]) {
                for (int m : us.get(u).members()) {
                    groups.union(us.get(u).members()[0], m);
                }
            }
        }
        for (int i = 0; i < pairs.length; i++) {
            Utterance a = us.get(CandidateBlocking.first(pairs[i]));
            Utterance b = us.get(CandidateBlocking.second(pairs[i]));
            if (judged[i] == (FORWARD | BACKWARD)) {
                unionAll(a, b, groups);
            } else if (judged[i] != 0) {
                unionInOrder(a, b, judged[i], groups);
            }
        }
        return pairs.length + us.size();
    }

    /** The core quotes grouped by speaker key, kind and words, in the order of their first quote. */
    private static List<Utterance> utterances(List<Integer> core, List<Quote> quotes, List<QuoteWords> words,
            String[] who, IntFunction<QuoteSimilarity.Coded> coded) {
        Map<SameWords, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i : core) {
            boolean direct = quotes.get(i).kind() == QuoteKind.DIRECT;
            byKey.computeIfAbsent(new SameWords(who[i], direct, words.get(i).words()), k -> new ArrayList<>()).add(i);
        }
        Map<String, Integer> classIds = new HashMap<>();
        Map<String, Integer> articleIds = new HashMap<>();
        List<Utterance> out = new ArrayList<>(byKey.size());
        // loops numbering what they meet first, not streams: under C1 a lambda holding the map was made at every member
        for (List<Integer> members : byKey.values()) {
            int first = members.get(0);
            QuoteWords w = words.get(first);
            int[] memberIndexes = new int[members.size()];
            int[] memberArticles = new int[members.size()];
            for (int k = 0; k < memberIndexes.length; k++) {
                memberIndexes[k] = members.get(k);
                memberArticles[k] = numbered(articleIds, quotes.get(memberIndexes[k]).articleId());
            }
            int[] classes = new int[w.content().size()];
            int k = 0;
            for (String c : w.content()) {
                classes[k++] = numbered(classIds, c);
            }
            out.add(Utterance.of(memberIndexes, memberArticles, w.words(), coded.apply(first), classes, who[first],
                    quotes.get(first).kind() == QuoteKind.DIRECT));
        }
        return out;
    }

    /** The number of {@code key} in {@code ids}, the next number if it has none yet. */
    private static int numbered(Map<String, Integer> ids, String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    /**
     * What makes quotes one utterance: the speaker key ({@code null}: no speaker), direct or not, the words. A key,
     * not a string joining them: the string copied a long quote's words for every quote, and spelt no speaker as a
     * speaker named "Null" is keyed.
     */
    private record SameWords(String who, boolean direct, List<String> words) {
    }

    /** Whether equal quotes in different articles link (they are judged like any pair). */
    private boolean linksItself(Utterance u) {
        return u.articles().length >= 2 && u.distinctContent().length > 0 && linked(u, u);
    }

    /** {@link #FORWARD} if a quote of {@code a} links a later quote of {@code b}, {@link #BACKWARD} if the reverse. */
    private byte judge(Utterance a, Utterance b) {
        if (QuoteSimilarity.shared(a.distinctContent(), b.distinctContent()) == 0) {
            return 0;
        }
        boolean forward = linked(a, b);
        // the rules read the first quote as the shorter when both are as long, and speakers' names in order
        boolean ordered = a.size() == b.size()
                || Attribution.samePerson(a.who(), b.who()) != Attribution.samePerson(b.who(), a.who());
        boolean backward = ordered ? linked(b, a) : forward;
        return (byte) ((forward ? FORWARD : 0) | (backward ? BACKWARD : 0));
    }

    /** The rules of the clusterer for a quote of {@code a} followed by one of {@code b}. */
    private boolean linked(Utterance a, Utterance b) {
        if (Attribution.samePerson(a.who(), b.who())) {
            return mayTextLink(a, b) && QuoteSimilarity.textLink(QuoteSimilarity.match(a.coded(), b.coded()))
                    || a.direct() && b.direct() && QuoteSimilarity.translationLink(a.classes(), b.classes());
        }
        if (a.who() == null && b.who() == null && a.words().equals(b.words())) {
            return true;
        }
        // most pairs of different speakers share a rare word and little else: bound the common words first
        return QuoteSimilarity.mayCopy(a.sortedStems(), b.sortedStems()) && mayCopy(a, b)
                && QuoteSimilarity.copyLink(QuoteSimilarity.match(a.coded(), b.coded()));
    }

    /**
     * Whether a text link is possible at all: the stems both hold bound the common subsequence and run, and the
     * shorter's content words among them bound the content words in either; a common run needs a run hash in common
     * (two quotes of a page without punctuation, each a sentence long, share most of their stems and no run).
     */
    private static boolean mayTextLink(Utterance a, Utterance b) {
        Utterance s = a.size() <= b.size() ? a : b;
        Utterance l = s == a ? b : a;
        int shared = QuoteSimilarity.shared(a.sortedStems(), b.sortedStems());
        int content = QuoteSimilarity.shared(s.sortedContent(), l.sortedStems());
        boolean contained = s.size() >= QuoteSimilarity.MIN_TEXT_WORDS
                && (double) shared / s.size() >= QuoteSimilarity.TEXT_CONTAINMENT
                && content >= QuoteSimilarity.MIN_SHARED_CONTENT;
        return contained || shared >= QuoteSimilarity.MIN_RUN && content >= QuoteSimilarity.MIN_RUN_CONTENT
                && a.mayShareRun(b);
    }

    /** As {@link #mayTextLink}, for {@link QuoteSimilarity#copyLink}. */
    private static boolean mayCopy(Utterance a, Utterance b) {
        Utterance s = a.size() <= b.size() ? a : b;
        Utterance l = s == a ? b : a;
        int shared = QuoteSimilarity.shared(a.sortedStems(), b.sortedStems());
        boolean nearVerbatim = s.size() >= QuoteSimilarity.MIN_NEAR_VERBATIM_WORDS
                && (double) shared / s.size() >= QuoteSimilarity.NEAR_VERBATIM;
        return nearVerbatim || shared >= QuoteSimilarity.MIN_RUN && 2 * shared >= s.size()
                && QuoteSimilarity.shared(s.sortedContent(), l.sortedStems()) >= QuoteSimilarity.MIN_RUN_CONTENT
                && a.mayShareRun(b);
    }

    /**
     * Joins what linking every quote of {@code a} with every quote of {@code b} in another article joins: a quote is
     * left out if all of the other side stands in its own article; the rest is one group, except when both sides stand
     * in the same two articles x and y (a's x quotes join b's y quotes, a's y quotes b's x quotes).
     */
    private static void unionAll(Utterance a, Utterance b, UnionFind groups) {
        int[] sa = a.articles();
        int[] sb = b.articles();
        if (sa.length == 2 && sb.length == 2 && sa[0] == sb[0] && sa[1] == sb[1]) {
            unionAcross(a, b, sa[0], sa[1], groups);
            unionAcross(a, b, sa[1], sa[0], groups);
            return;
        }
        int root = -1;
        root = unionNotIn(a, sb.length == 1 ? sb[0] : -1, root, groups);
        unionNotIn(b, sa.length == 1 ? sa[0] : -1, root, groups);
    }

    /** Joins the quotes of {@code u} outside {@code article} to {@code root} (or to the first of them); the root. */
    private static int unionNotIn(Utterance u, int article, int root, UnionFind groups) {
        for (int k = 0; k < u.members().length; k++) {
            if (u.memberArticles()[k] != article) {
                if (root < 0) {
                    root = u.members()[k];
                } else {
                    groups.union(root, u.members()[k]);
                }
            }
        }
        return root;
    }

    /** Joins a's quotes in article {@code x} with b's in article {@code y}. */
    private static void unionAcross(Utterance a, Utterance b, int x, int y, UnionFind groups) {
        int root = -1;
        for (int k = 0; k < a.members().length; k++) {
            if (a.memberArticles()[k] == x) {
                root = root < 0 ? a.members()[k] : root;
                groups.union(root, a.members()[k]);
            }
        }
        for (int k = 0; k < b.members().length; k++) {
            if (b.memberArticles()[k] == y) {
                root = root < 0 ? b.members()[k] : root;
                groups.union(root, b.members()[k]);
            }
        }
    }

    /**
     * When the verdict depends on which quote comes first: each pair of quotes as the old order would judge it, a's
     * quote before b's ({@link #FORWARD}) or after it ({@link #BACKWARD}), never two of one article.
     */
    private static void unionInOrder(Utterance a, Utterance b, byte judged, UnionFind groups) {
        if ((judged & FORWARD) != 0) {
            OrderedLinks.join(a.members(), a.memberArticles(), b.members(), b.memberArticles(), groups);
        }
        if ((judged & BACKWARD) != 0) {
            OrderedLinks.join(b.members(), b.memberArticles(), a.members(), a.memberArticles(), groups);
        }
    }
}

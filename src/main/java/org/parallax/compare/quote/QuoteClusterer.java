package org.parallax.compare.quote;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Speaker;
import org.parallax.model.Variant;
import org.parallax.text.Accents;

/**
 * Groups the corpus's quotes into clusters of the same utterance across articles.
 *
 * <ol>
 *   <li><b>Core links</b> (direct and indirect quotes of at least {@value #MIN_CORE_WORDS} words): two quotes of
 *       <em>different</em> articles with the <em>same</em> speaker are linked by a {@linkplain
 *       QuoteSimilarity#textLink text link}, or, both direct, by a {@linkplain QuoteSimilarity#translationLink
 *       translation link}. Linked quotes are merged (union-find), so a quote one outlet splits in two joins the
 *       other outlet's whole version through both pieces. Candidate pairs come from blocking: an inverted index of
 *       content stems, where a stem held by more than {@value #MAX_POSTING} quotes is too common to propose
 *       pairs; only pairs that share a rarer stem are compared, never all pairs.</li>
 *   <li><b>Quotes without a speaker</b> are linked to others only when {@linkplain QuoteSimilarity#nearVerbatim
 *       near-verbatim} (or, both without a speaker, equal in words); such a group joins the speaker group most of its
 *       copies belong to (none on a tie), else stays a cluster without a speaker. Speakers are compared by
 *       {@linkplain #speakerKey a key} (case and accents ignored) and never mixed.</li>
 *   <li><b>Partial quotes</b> (at least {@value #MIN_PARTIAL_WORDS} words, one content word) attach to at most
 *       one core group of the same speaker in another article, the best of: (a) text: a partial of at least
 *       three words with at least {@value #PARTIAL_CONTAINMENT} of its stems, two of them content words, in order
 *       in a member (score 2 + containment);
 *       (b) sense, direct members only: at least half of the partial's own content classes are in the member
 *       (the anchor: "almost on their own" needs "almost" and "alone" or their related words),
 *       and the partial with its sentence (the reported speech around it) shares at least
 *       {@value #PARTIAL_CONTEXT_SHARED} content classes with the member (score 1 + shared / 100). A partial that
 *       attaches to nothing may still group with equal partials of other articles (text link). Attaching never
 *       merges two groups. Candidates are the speaker's core quotes sharing a content class with the partial.</li>
 *   <li><b>Output</b>: groups with at least two members from at least two articles; a single quote is not a
 *       cluster (the comparison view has nothing to compare). Each quote is in at most one cluster. Members are
 *       ordered reference first, then by position; clusters by their reference's position. Ids {@code qc-1},
 *       {@code qc-2}, ... in that order.</li>
 * </ol>
 */
public final class QuoteClusterer {

    private static final Logger LOG = System.getLogger(QuoteClusterer.class.getName());

    public static final int MIN_CORE_WORDS = 3;
    public static final int MIN_PARTIAL_WORDS = 2;
    public static final int MAX_POSTING = 200;
    public static final double PARTIAL_CONTAINMENT = 0.8;
    public static final int PARTIAL_CONTEXT_SHARED = 3;

    private final QuoteLexicon lexicon;
    private final QuoteSimilarity similarity;
    private final Verdicts verdicts;

    public QuoteClusterer() {
        this(QuoteLexicon.standard());
    }

    public QuoteClusterer(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.similarity = new QuoteSimilarity(lexicon);
        this.verdicts = new Verdicts(similarity);
    }

    public List<QuoteCluster> cluster(Corpus corpus) {
        return cluster(corpus.quotes(), corpus.articlesById());
    }

    /** @param articles the quotes' articles by id (for a partial quote's sentence); may miss some */
    public List<QuoteCluster> cluster(List<Quote> quotes, Map<String, Article> articles) {
        int n = quotes.size();
        List<QuoteWords> words = new ArrayList<>(n);
        for (Quote q : quotes) {
            words.add(QuoteWords.of(q.text(), lexicon));
        }
        String[] who = new String[n];
        for (int i = 0; i < n; i++) {
            who[i] = speakerKey(quotes.get(i).speaker());
        }
        UnionFind groups = new UnionFind(n);
        List<Integer> core = new ArrayList<>();
        List<Integer> partials = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Quote q = quotes.get(i);
            if (q.kind() == QuoteKind.PARTIAL) {
                if (words.get(i).size() >= MIN_PARTIAL_WORDS && !words.get(i).content().isEmpty()) {
                    partials.add(i);
                }
            } else if (words.get(i).size() >= MIN_CORE_WORDS) {
                core.add(i);
            }
        }
        // 1 and 2: core links, blocked by rare content stems
        Map<Integer, Set<Integer>> nullLinks = new HashMap<>();
        int compared = 0;
        for (int[] pair : candidatePairs(core, quotes, words, who)) {
            int a = pair[0];
            int b = pair[1];
            Quote qa = quotes.get(a);
            Quote qb = quotes.get(b);
            compared++;
            if (who[a] != null && who[b] != null) {
                if (!who[a].equals(who[b])) {
                    continue;
                }
                boolean bothDirect = qa.kind() == QuoteKind.DIRECT && qb.kind() == QuoteKind.DIRECT;
                if (similarity.textLink(words.get(a), words.get(b))
                        || bothDirect && similarity.translationLink(words.get(a), words.get(b))) {
                    groups.union(a, b);
                }
            } else if (similarity.nearVerbatim(words.get(a), words.get(b))
                    || who[a] == null && who[b] == null && words.get(a).words().equals(words.get(b).words())) {
                if (who[a] == null && who[b] == null) {
                    groups.union(a, b);
                } else {
                    int unknown = who[a] == null ? a : b;
                    int known = unknown == a ? b : a;
                    nullLinks.computeIfAbsent(unknown, k -> new HashSet<>()).add(known);
                }
            }
        }
        joinUnknownSpeakers(quotes, groups, nullLinks);
        // 3: partial quotes
        Map<Integer, Integer> attachedTo = new HashMap<>();
        // blocking for partial quotes: a speaker's core quotes by content class
        Map<String, List<Integer>> coreBySpeakerClass = new HashMap<>();
        for (int i : core) {
            if (who[i] != null) {
                for (String c : words.get(i).content()) {
                    coreBySpeakerClass.computeIfAbsent(who[i] + "\u0000" + c, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Integer> loose = new ArrayList<>();
        for (int p : partials) {
            Quote qp = quotes.get(p);
            Set<Integer> candidates = new java.util.TreeSet<>();
            if (who[p] != null) {
                for (String c : words.get(p).content()) {
                    candidates.addAll(coreBySpeakerClass.getOrDefault(who[p] + "\u0000" + c, List.of()));
                }
            }
            QuoteWords context = null;
            double best = 0;
            int bestIndex = -1;
            for (int c : candidates) {
                Quote qc = quotes.get(c);
                if (qc.articleId().equals(qp.articleId())) {
                    continue;
                }
                QuoteSimilarity.Match m = similarity.match(words.get(p), words.get(c));
                double score = 0;
                if (m.shorter() == words.get(p).size() && m.shorter() >= QuoteSimilarity.MIN_TEXT_WORDS
                        && m.containment() >= PARTIAL_CONTAINMENT && m.lcsContent() >= 2) {
                    score = 2 + m.containment();
                } else if (qc.kind() == QuoteKind.DIRECT
                        && 2 * QuoteSimilarity.sharedContent(words.get(p).content(), words.get(c).content())
                        >= words.get(p).content().size()) {
                    if (context == null) {
                        context = QuoteWords.of(sentenceAround(qp, articles.get(qp.articleId())), lexicon);
                    }
                    Set<String> all = new HashSet<>(context.content());
                    all.addAll(words.get(p).content());
                    int shared = QuoteSimilarity.sharedContent(all, words.get(c).content());
                    if (shared >= PARTIAL_CONTEXT_SHARED) {
                        score = 1 + shared / 100.0;
                    }
                }
                if (score > best) {
                    best = score;
                    bestIndex = c;
                }
            }
            if (bestIndex >= 0) {
                attachedTo.put(p, groups.find(bestIndex));
            } else {
                loose.add(p);
            }
        }
        // partials that attached to nothing: equal partials of other articles, same speaker (or both unknown)
        Map<String, Integer> firstByText = new HashMap<>();
        for (int p : loose) {
            Quote qp = quotes.get(p);
            String key = (who[p] == null ? "" : who[p]) + "\u0000" + words.get(p).stems();
            Integer first = firstByText.putIfAbsent(key, p);
            if (first != null && !quotes.get(first).articleId().equals(qp.articleId())) {
                groups.union(first, p);
            }
        }
        // 4: output
        Map<Integer, List<Quote>> byRoot = new LinkedHashMap<>();
        Set<Integer> members = new HashSet<>(core);
        members.addAll(loose);
        for (int i = 0; i < n; i++) {
            int root;
            if (attachedTo.containsKey(i)) {
                root = groups.find(attachedTo.get(i));
            } else if (members.contains(i)) {
                root = groups.find(i);
            } else {
                continue;
            }
            byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(quotes.get(i));
        }
        List<List<Quote>> kept = new ArrayList<>();
        for (List<Quote> g : byRoot.values()) {
            if (g.size() >= 2 && g.stream().map(Quote::articleId).distinct().count() >= 2) {
                kept.add(g);
            }
        }
        List<QuoteCluster> out = new ArrayList<>();
        List<Map.Entry<Quote, List<Quote>>> withRef = new ArrayList<>();
        for (List<Quote> g : kept) {
            withRef.add(Map.entry(verdicts.reference(g), g));
        }
        withRef.sort(Comparator.comparing(e -> e.getKey().span()));
        for (Map.Entry<Quote, List<Quote>> e : withRef) {
            Quote ref = e.getKey();
            List<Quote> g = new ArrayList<>(e.getValue());
            g.sort(Comparator.comparing((Quote q) -> q != ref).thenComparing(Quote::span));
            List<Variant> variants = new ArrayList<>();
            for (Quote q : g) {
                variants.add(new Variant(q.id(), verdicts.verdict(ref, q, g)));
            }
            Speaker speaker = mostGiven(g);
            out.add(new QuoteCluster("qc-" + (out.size() + 1), speaker, variants));
        }
        LOG.log(Logger.Level.DEBUG, "{0} quotes, {1} pairs compared, {2} clusters", n, compared, out.size());
        return out;
    }

    /** Pairs of core quotes from different articles sharing at least one content stem held by few quotes. */
    private List<int[]> candidatePairs(List<Integer> core, List<Quote> quotes, List<QuoteWords> words,
                                       String[] who) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i : core) {
            Set<String> seen = new HashSet<>();
            QuoteWords w = words.get(i);
            for (int k = 0; k < w.size(); k++) {
                String s = w.stems().get(k);
                if (similarity.isContent(w.words().get(k)) && seen.add(s)) {
                    postings.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Long> seenPairs = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> list : postings.values()) {
            if (list.size() > MAX_POSTING) {
                continue;
            }
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int a = list.get(x);
                    int b = list.get(y);
                    if (quotes.get(a).articleId().equals(quotes.get(b).articleId())) {
                        continue;
                    }
                    if (who[a] != null && who[b] != null && !who[a].equals(who[b])) {
                        continue;
                    }
                    long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
                    if (seenPairs.add(key)) {
                        pairs.add(new int[] {Math.min(a, b), Math.max(a, b)});
                    }
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    /**
     * A group of speakerless quotes joins the speaker group most of its near-verbatim copies belong to (counted in
     * linked quotes); on a tie between groups it joins none.
     */
    private static void joinUnknownSpeakers(List<Quote> quotes, UnionFind groups, Map<Integer, Set<Integer>> links) {
        Map<Integer, Map<Integer, Integer>> targetsByRoot = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> e : links.entrySet()) {
            Map<Integer, Integer> t = targetsByRoot.computeIfAbsent(groups.find(e.getKey()), k -> new HashMap<>());
            for (int known : e.getValue()) {
                t.merge(groups.find(known), 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Map<Integer, Integer>> e : targetsByRoot.entrySet()) {
            int best = -1;
            int bestCount = 0;
            boolean tie = false;
            for (Map.Entry<Integer, Integer> t : e.getValue().entrySet()) {
                if (t.getValue() > bestCount) {
                    best = t.getKey();
                    bestCount = t.getValue();
                    tie = false;
                } else if (t.getValue() == bestCount) {
                    tie = true;
                }
            }
            if (best >= 0 && !tie) {
                groups.union(e.getKey(), best);
            }
        }
    }

    /**
     * Speakers are compared by a key: the name in lower case without accents, spaces collapsed ("PETER Capaldi" is
     * "Peter Capaldi"); {@code null} when unknown.
     */
    static String speakerKey(Speaker s) {
        if (s == null) {
            return null;
        }
        String n = Accents.strip(s.name());
        return n.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The speaker name most members give (ties: the first member's), {@code null} if none. */
    private static Speaker mostGiven(List<Quote> g) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Quote q : g) {
            if (q.speaker() != null) {
                counts.merge(q.speaker().name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> new Speaker(e.getKey()))
                .orElse(null);
    }

    /** The sentence a quote stands in: back to the last sentence end before it, on to the first after it. */
    static String sentenceAround(Quote q, Article article) {
        if (article == null || q.span().end() > article.text().length()) {
            return q.text();
        }
        String t = article.text();
        int start = q.span().start();
        while (start > 0 && !sentenceEndBefore(t, start)) {
            start--;
        }
        int end = q.span().end();
        while (end < t.length() && !sentenceEndBefore(t, end)) {
            end++;
        }
        return t.substring(start, end);
    }

    private static boolean sentenceEndBefore(String t, int i) {
        char c = t.charAt(i - 1);
        if (c == '\n') {
            return true;
        }
        if (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
            return false;
        }
        return c == '.' || c == '!' || c == '?' || (c == '”' || c == '"') && i >= 2 && ".!?".indexOf(t.charAt(i - 2)) >= 0;
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}

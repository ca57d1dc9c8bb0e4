package org.parallax.compare.quote;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;
import org.parallax.text.SentenceBounds;

/**
 * Groups the corpus's quotes into clusters of the same utterance across articles: by their words first, by whom
 * their articles credit second.
 *
 * <ol>
 *   <li><b>Core links</b> (direct and indirect quotes of at least {@value #MIN_CORE_WORDS} words) between quotes of
 *       different articles. A {@linkplain QuoteSimilarity#copyLink copy link} (near-verbatim, or a long common run)
 *       links them whoever the articles credit, or if one credits nobody: outlets do give the same words to
 *       different people. Weaker evidence needs speakers that {@linkplain Attribution#samePerson may name one
 *       person} ("Capaldi" and "Peter Capaldi"): a {@linkplain QuoteSimilarity#textLink text link}, or, both
 *       direct, a {@linkplain QuoteSimilarity#translationLink translation link} on shared content words; two quotes
 *       without a speaker link when equal in words. Linked quotes are merged (union-find), so a quote one outlet
 *       splits in two joins the other outlet's whole version through both pieces. Quotes sharing no content stem are
 *       never linked; of the rest, only pairs that could pass a rule are compared, found by blocking that drops no
 *       word however common ({@link CoreLinks}, {@link CandidateBlocking}), never all pairs.</li>
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
 *       {@code qc-2}, ... in that order. The cluster's speaker and each member's are {@linkplain Attribution
 *       reconciled}: the person most articles credit, the members that credit someone else kept as they are (an
 *       attribution disagreement), a member crediting nobody inheriting the cluster's speaker, marked so.</li>
 * </ol>
 */
public final class QuoteClusterer {

    private static final Logger LOG = System.getLogger(QuoteClusterer.class.getName());

    public static final int MIN_CORE_WORDS = 3;
    public static final int MIN_PARTIAL_WORDS = 2;
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
        Work w = new Work(quotes, lexicon);
        int compared = new CoreLinks(similarity).link(w.core, w.quotes, w.words, w.who,
                i -> w.coded(i, similarity), w.groups);
        Map<Integer, Integer> attachedTo = new HashMap<>();
        List<Integer> loose = new ArrayList<>();
        int[] best = bestCores(w, articles);
        for (int k = 0; k < best.length; k++) {
            int p = w.partials.get(k);
            if (best[k] >= 0) {
                attachedTo.put(p, w.groups.find(best[k]));
            } else {
                loose.add(p);
            }
        }
        groupEqualPartials(w, loose);
        List<QuoteCluster> out = output(w, attachedTo, loose);
        LOG.log(Logger.Level.DEBUG, "{0} quotes, {1} pairs compared, {2} clusters", quotes.size(), compared,
                out.size());
        return out;
    }

    /** The quotes, their words and speaker keys, and the groups being built. */
    private static final class Work {
        final List<Quote> quotes;
        final List<QuoteWords> words = new ArrayList<>();
        final String[] who;
        final UnionFind groups;
        final List<Integer> core = new ArrayList<>();
        final List<Integer> partials = new ArrayList<>();
        /** Each quote's text as a number: equal texts, equal numbers. */
        final int[] textOf;
        private Map<String, List<List<Integer>>> coreBySpeakerClass;
        /** Stems as numbers for {@link #coded}: one numbering for all quotes (equal stems, equal numbers). */
        private final Map<String, Integer> stemIds = new HashMap<>();
        /** Each distinct text's words as {@link QuoteSimilarity#match} reads them, made when first asked. */
        private final Map<QuoteWords, QuoteSimilarity.Coded> codedWords = new IdentityHashMap<>();

        Work(List<Quote> quotes, QuoteLexicon lexicon) {
            this.quotes = quotes;
            int n = quotes.size();
            who = new String[n];
            groups = new UnionFind(n);
            textOf = new int[n];
            List<QuoteWords> read = wordsOfTexts(quotes, textOf, lexicon);
            Map<String, String> keyByName = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Quote q = quotes.get(i);
                QuoteWords qw = read.get(textOf[i]);
                words.add(qw);
                String key = null;
                if (q.speaker() != null) {
                    // looked up and put, not computed: a lambda holding the quote was made at every quote (under C1)
                    key = keyByName.get(q.speaker().name());
                    if (key == null) {
                        key = Attribution.key(q.speaker());
                        keyByName.put(q.speaker().name(), key);
                    }
                }
                who[i] = key == null || key.isEmpty() ? null : key;
                if (q.kind() == QuoteKind.PARTIAL) {
                    if (qw.size() >= MIN_PARTIAL_WORDS && !qw.content().isEmpty()) {
                        partials.add(i);
                    }
                } else if (qw.size() >= MIN_CORE_WORDS) {
                    core.add(i);
                }
            }
        }

        /**
         * Quote {@code i}'s words coded once, for the core links and the partials alike: partials are
         * matched against many core quotes, and coding both for every match was half of attaching them. Locked for
         * the partials, scored on every core: a stem's number then depends on which thread asks first, which no
         * output reads ({@link QuoteSimilarity#match} compares numbers for equality only; the core quotes' run
         * hashes are made from codes numbered before, on one thread).
         */
        synchronized QuoteSimilarity.Coded coded(int i, QuoteSimilarity similarity) {
            return codedWords.computeIfAbsent(words.get(i), qw -> similarity.code(qw, stemIds));
        }

        /**
         * The words of each distinct text in first-met order, read on every core: wire copies repeat a text across
         * articles, and reading every quote's words one by one on one thread was a third of the clusterer's time.
         * Sets {@code textOf[i]}, quote i's text among them: each text is looked up once (a distinct pass and then a
         * map from texts to words compared every long text twice, on one thread).
         */
        private static List<QuoteWords> wordsOfTexts(List<Quote> quotes, int[] textOf, QuoteLexicon lexicon) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < textOf.length; i++) {
                String text = quotes.get(i).text();
                Integer id = ids.putIfAbsent(text, texts.size());
                if (id == null) {
                    id = texts.size();
                    texts.add(text);
                }
                textOf[i] = id;
            }
            return texts.parallelStream().map(t -> QuoteWords.of(t, lexicon)).toList();
        }

        /**
         * The core quotes with a speaker, as groups of equal quotes (same speaker key, text and kind: they score alike
         * against any partial), by "speaker key, NUL, content class"; built when first asked. Each group's members
         * are in quote order.
         */
        Map<String, List<List<Integer>>> coreBySpeakerClass() {
            if (coreBySpeakerClass == null) {
                coreBySpeakerClass = new HashMap<>();
                Map<EqualCore, List<Integer>> equal = new LinkedHashMap<>();
                for (int i : core) {
                    if (who[i] != null) {
                        equal.computeIfAbsent(new EqualCore(who[i], quotes.get(i).kind(), textOf[i]),
                                k -> new ArrayList<>()).add(i);
                    }
                }
                for (List<Integer> group : equal.values()) {
                    int first = group.get(0);
                    for (String c : words.get(first).content()) {
                        coreBySpeakerClass.computeIfAbsent(who[first] + "\u0000" + c, k -> new ArrayList<>())
                                .add(group);
                    }
                }
            }
            return coreBySpeakerClass;
        }
    }

    /**
     * What makes core quotes equal for the partials: speaker key, kind and text (its number), not a string joining
     * them, which copied and hashed every core quote's text.
     */
    private record EqualCore(String who, QuoteKind kind, int text) {
    }

    /**
     * Step 2 for every partial in turn ({@link #bestCoreFor}, -1 for none), scored on every core: a partial's choice
     * depends on nothing another partial does, and the unions wait for the caller. The index of core quotes is built
     * first so the scoring only reads it; the words' codes are made under a lock when first asked.
     */
    private int[] bestCores(Work w, Map<String, Article> articles) {
        w.coreBySpeakerClass();
        return w.partials.stream().parallel().mapToInt(p -> bestCoreFor(w, p, articles)).toArray();
    }

    /**
     * Step 2: the core quote partial {@code p} attaches to (the best scoring, the first in quote order of equal
     * scores), -1 if none. Equal core quotes score alike, so each group of them is scored once: a speaker quoted
     * by a hundred wire copies costs one comparison, not a hundred.
     */
    private int bestCoreFor(Work w, int p, Map<String, Article> articles) {
        Quote qp = w.quotes.get(p);
        QuoteWords pw = w.words.get(p);
        QuoteWords context = null;
        double best = 0;
        int bestIndex = -1;
        for (List<Integer> group : partialCandidates(w, p)) {
            int c = firstOutside(w, group, qp.articleId());
            if (c < 0) {
                continue;
            }
            Quote qc = w.quotes.get(c);
            QuoteWords cw = w.words.get(c);
            QuoteSimilarity.Match m = QuoteSimilarity.match(w.coded(p, similarity), w.coded(c, similarity));
            double score = 0;
            if (m.shorter() == pw.size() && m.shorter() >= QuoteSimilarity.MIN_TEXT_WORDS
                    && m.containment() >= PARTIAL_CONTAINMENT && m.lcsContent() >= 2) {
                score = 2 + m.containment();
            } else if (qc.kind() == QuoteKind.DIRECT
                    && 2 * QuoteSimilarity.sharedContent(pw.content(), cw.content()) >= pw.content().size()) {
                if (context == null) {
                    context = QuoteWords.of(sentenceAround(qp, articles.get(qp.articleId())), lexicon);
                }
                Set<String> all = new HashSet<>(context.content());
                all.addAll(pw.content());
                int shared = QuoteSimilarity.sharedContent(all, cw.content());
                if (shared >= PARTIAL_CONTEXT_SHARED) {
                    score = 1 + shared / 100.0;
                }
            }
            if (score > best || score == best && score > 0 && c < bestIndex) {
                best = score;
                bestIndex = c;
            }
        }
        return bestIndex;
    }

    /** The first member of a group of equal quotes that is not in {@code articleId}, -1 if all are. */
    private static int firstOutside(Work w, List<Integer> group, String articleId) {
        for (int c : group) {
            if (!w.quotes.get(c).articleId().equals(articleId)) {
                return c;
            }
        }
        return -1;
    }

    /** The groups of equal core quotes of {@code p}'s speaker that share a content class with it, each once. */
    private static Set<List<Integer>> partialCandidates(Work w, int p) {
        Set<List<Integer>> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        if (w.who[p] != null) {
            for (String c : w.words.get(p).content()) {
                candidates.addAll(w.coreBySpeakerClass().getOrDefault(w.who[p] + "\u0000" + c, List.of()));
            }
        }
        return candidates;
    }

    /** Partials that attached to nothing: equal partials of other articles, same speaker (or both unknown). */
    private static void groupEqualPartials(Work w, List<Integer> loose) {
        Map<String, Integer> firstByText = new HashMap<>();
        for (int p : loose) {
            String key = (w.who[p] == null ? "" : w.who[p]) + "\u0000" + w.words.get(p).stems();
            Integer first = firstByText.putIfAbsent(key, p);
            if (first != null && !w.quotes.get(first).articleId().equals(w.quotes.get(p).articleId())) {
                w.groups.union(first, p);
            }
        }
    }

    /** Step 3: the groups of two or more articles as clusters, with verdicts and reconciled speakers. */
    private List<QuoteCluster> output(Work w, Map<Integer, Integer> attachedTo, List<Integer> loose) {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        Set<Integer> members = new HashSet<>(w.core);
        members.addAll(loose);
        for (int i = 0; i < w.quotes.size(); i++) {
            int root;
            if (attachedTo.containsKey(i)) {
                root = w.groups.find(attachedTo.get(i));
            } else if (members.contains(i)) {
                root = w.groups.find(i);
            } else {
                continue;
            }
            byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(i);
        }
        List<Map.Entry<Quote, List<Quote>>> withRef = new ArrayList<>();
        for (List<Integer> group : byRoot.values()) {
            // most groups are one quote: tested before any list is made (loops, not streams, under C1)
            if (group.size() < 2 || !inTwoArticles(w, group)) {
                continue;
            }
            List<Quote> g = new ArrayList<>(group.size());
            int[] sizes = new int[group.size()];
            for (int k = 0; k < sizes.length; k++) {
                g.add(w.quotes.get(group.get(k)));
                sizes[k] = w.words.get(group.get(k)).size();
            }
            withRef.add(Map.entry(verdicts.reference(g, sizes), Collections.unmodifiableList(g)));
        }
        withRef.sort(Comparator.comparing(e -> e.getKey().span()));
        // formed on every core (a cluster's verdicts read its own members only), kept in order, ids by place
        List<QuoteCluster> out = IntStream.range(0, withRef.size()).parallel()
                .mapToObj(k -> form("qc-" + (k + 1), withRef.get(k).getValue(), withRef.get(k).getKey()))
                .collect(Collectors.toCollection(ArrayList::new));
        return out;
    }

    /** Whether the quotes of {@code group} stand in two articles or more. */
    private static boolean inTwoArticles(Work w, List<Integer> group) {
        String first = w.quotes.get(group.get(0)).articleId();
        for (int k = 1; k < group.size(); k++) {
            if (!w.quotes.get(group.get(k)).articleId().equals(first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cluster of exactly {@code members}, as step 3 makes one: {@code reference} first (the fullest version when
     * {@code null}), the others by position, each with its verdict and its {@linkplain Attribution reconciled}
     * speaker. Also for a cluster the user corrected (a speaker changed, a quote moved in or out, another reference).
     */
    public QuoteCluster form(String id, List<Quote> members, Quote reference) {
        Quote ref = reference != null ? reference : verdicts.reference(members);
        List<Quote> g = new ArrayList<>(members);
        g.sort(Comparator.comparing((Quote q) -> !q.id().equals(ref.id())).thenComparing(Quote::span));
        Attribution credit = Attribution.of(g);
        List<Variant> variants = new ArrayList<>();
        Function<Quote, Verdict> judge = verdicts.judge(ref, g);
        for (Quote q : g) {
            variants.add(credit.variant(q, judge.apply(q)));
        }
        return new QuoteCluster(id, credit.speaker(), variants);
    }

    /** The sentence a quote stands in ({@link SentenceBounds}). */
    public static String sentenceAround(Quote q, Article article) {
        if (article == null || q.span().end() > article.text().length()) {
            return q.text();
        }
        SentenceBounds b = SentenceBounds.around(article.text(), q.span().start(), q.span().end());
        return article.text().substring(b.start(), b.end());
    }
}

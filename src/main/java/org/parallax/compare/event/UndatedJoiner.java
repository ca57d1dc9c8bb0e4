package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.work.ForkedTask;

/**
 * Lets a statement without a date join the dated event that is clearly the same happening.
 *
 * <ul>
 *   <li><b>Within its article</b> (within-document coreference): a clause of a dated article with the same action (one
 *       synonym class) and an actor of the same head (last name: "Bashar al-Assad", "Assad") as one of the article's
 *       dated statements (not a background one: "Fiat plans to buy ..." is not "In 2009, Fiat bought ...") is a
 *       further mention of that statement's event ("Acme on Friday reversed its decision ...
 *       Acme reversed course after ..."); of several, the one it overlaps most, then the nearest before it. Every such
 *       clause joins: they are the article telling it.</li>
 *   <li><b>Across articles</b>: the same action, the same actor when either names one, and a weighted term overlap of
 *       at least {@link EventRules#UNDATED_THRESHOLD} with one of the event's statements in another article
 *       ({@link EventRules#UNDATED_NO_ACTOR_THRESHOLD} when neither names an actor). An article published before the
 *       event cannot report it; a clause of an article of unknown date needs an actor, since nothing else tells one
 *       "five people were killed" from another of a different year. Each article adds at most one such clause to an
 *       event, the one that overlaps most: the report, not every sentence that elaborates it.</li>
 * </ul>
 *
 * The statement joins the event it overlaps most; it never makes an event of its own, since it has no place on the
 * timeline.
 *
 * <p>Blocking: dated statements are indexed by action and actor name (or action alone when they name no actor), and
 * at most {@link EventRules#MAX_POSTING} of them are scored per undated statement; within an article only the
 * article's own statements are looked at.
 */
public final class UndatedJoiner {

    public List<EventClusterer.Cluster> join(List<EventClusterer.Cluster> clusters, List<Undated> undated) {
        return join(clusters, undated, null);
    }

    /**
     * As above, {@code dated} the term counts of the clusters' statements ({@link EventClusterer#termCounts}, made
     * when clustering them), to which the undated statements' are added; {@code null}: counted here. Counts of another
     * number of statements than the clusters hold are refused (a cheap guard: equal numbers are not checked further).
     */
    public List<EventClusterer.Cluster> join(List<EventClusterer.Cluster> clusters, List<Undated> undated,
                                             TermCounts dated) {
        if (undated.isEmpty() || clusters.isEmpty()) {
            return clusters;
        }
        int statements = statements(clusters);
        if (dated != null && dated.statements() != statements) {
            throw new IllegalArgumentException("term counts of " + dated.statements() + " statements, clusters of "
                    + statements);
        }
        // listed on every core: reading each statement from memory was a pass of its own on one thread
        List<Map<String, Double>> undatedTerms = undated.parallelStream().map(Undated::terms).toList();
        TermCounts datedCounts = dated != null ? dated : TermCounts.of(clusters.stream()
                .flatMap(c -> c.members().stream()).map(Candidate::terms).toList());
        Map<String, Double> idf = datedCounts.plus(undatedTerms).idf();
        List<List<Member>> weighted = java.util.stream.IntStream.range(0, clusters.size()).parallel()
                .mapToObj(c -> members(c, clusters.get(c).members(), idf)).toList();
        TermVectors.Numbers numbers = TermVectors.Numbers.of(idf.keySet());
        TermVectors.Vector[][] vectors = weighted.parallelStream().map(ms -> ms.stream()
                .map(m -> m.weighted() == null ? null : numbers.vector(m.weighted().terms()))
                .toArray(TermVectors.Vector[]::new)).toArray(TermVectors.Vector[][]::new);
        // every statement's index keys made once and hashed on every core: the index is then filled on one thread
        // with no key made or hashed there (making them there, twice for the undated, was most of that thread's work)
        List<List<String>> undatedKeys = undated.parallelStream().map(u -> hashed(keys(u.gist()))).toList();
        List<List<List<String>>> datedKeys = weighted.parallelStream().map(ms -> ms.stream()
                .map(m -> hashed(keys(m.statement().gist()))).toList()).toList();
        // postings only for the keys undated statements ask (choosing reads no other), each of its first MAX_POSTING
        Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
        undatedKeys.parallelStream().forEach(asked::addAll);
        // each article's statements gathered beside the index: two passes on one thread each, on two cores
        Map<String, List<Member>> index = new HashMap<>();
        Map<String, List<Member>> byArticle;
        try (ForkedTask<Map<String, List<Member>>> byArticleTask = ForkedTask.fork(() -> byArticle(weighted))) {
            for (int c = 0; c < weighted.size(); c++) {
                List<Member> ms = weighted.get(c);
                for (int k = 0; k < ms.size(); k++) {
                    for (String key : datedKeys.get(c).get(k)) {
                        if (asked.contains(key)) {
                            List<Member> posting = index.computeIfAbsent(key, x -> new ArrayList<>());
                            if (posting.size() < EventRules.MAX_POSTING) {
                                posting.add(ms.get(k));
                            }
                        }
                    }
                }
            }
            byArticle = byArticleTask.join();
        }
        int[] firstOfCluster = new int[weighted.size()];
        for (int c = 1; c < firstOfCluster.length; c++) {
            firstOfCluster[c] = firstOfCluster[c - 1] + weighted.get(c - 1).size();
        }
        Map<String, Integer> articleNumbers = new HashMap<>(byArticle.size() * 2);
        byArticle.keySet().forEach(a -> articleNumbers.put(a, articleNumbers.size()));
        Map<String, UndatedPosting> postings = new HashMap<>();
        index.entrySet().parallelStream().map(e -> Map.entry(e.getKey(),
                new UndatedPosting(e.getValue(), vectors, firstOfCluster, articleNumbers)))
                .toList().forEach(e -> postings.put(e.getKey(), e.getValue()));
        // the dated statements an undated one has considered, marked with its place i: an array is used by one
        // statement at a time and handed on uncleared (a mark left by another statement is not i), so there are about
        // as many as threads; local to this call, so none outlives it (a ThreadLocal's stayed in each pool thread)
        Queue<int[]> free = new ConcurrentLinkedQueue<>();
        // each statement's event found on every core, then taken in statement order as one thread would
        List<Choice> choices = java.util.stream.IntStream.range(0, undated.size()).parallel()
                .mapToObj(i -> {
                    String article = undated.get(i).mention().articleId();
                    int[] seen = free.poll();
                    if (seen == null) {
                        seen = unmarked(statements);
                    }
                    try {
                        return choose(undated.get(i), undatedKeys.get(i), postings, idf, numbers,
                                byArticle.getOrDefault(article, List.of()), seen, i,
                                articleNumbers.getOrDefault(article, -1));
                    } finally {
                        free.offer(seen);
                    }
                }).toList();
        return joined(clusters, choices.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** The dated statements of each article, in the events' order. */
    private static Map<String, List<Member>> byArticle(List<List<Member>> weighted) {
        return weighted.stream().flatMap(List::stream).collect(Collectors.groupingBy(m -> m.statement().articleId()));
    }

    /**
     * Cluster {@code c}'s statements as the joiner indexes them, weighted by {@code idf} when they name an action:
     * only those are ever scored (another article's through the index, whose keys all hold the action; the article's
     * own when their action is the undated one's). The others were weighted and made vectors for nothing.
     */
    static List<Member> members(int c, List<Candidate> statements, Map<String, Double> idf) {
        List<Member> out = new ArrayList<>(statements.size());
        for (int m = 0; m < statements.size(); m++) {
            Member member = new Member(c, m, statements.get(m), null);
            out.add(scorable(member.statement()) ? member.weighed(idf) : member);
        }
        return out;
    }

    /** Whether an undated statement may ever be scored against this dated one: it names an action. */
    static boolean scorable(Candidate statement) {
        return statement.gist().action() != null;
    }

    /**
     * The clusters with the choices of the undated statements (in the statements' order, those that join nothing left
     * out) joined: an article's own statements each, another article's the best per article and event. Where the
     * Spark job, which chooses on its executors, joins the desktop.
     */
    public static List<EventClusterer.Cluster> joined(List<EventClusterer.Cluster> clusters, List<Choice> choices) {
        Map<Integer, List<Span>> added = new HashMap<>();
        Map<Integer, Set<String>> reasons = new HashMap<>();
        record EventArticle(int cluster, String article) { } // a key of its parts: no string made per choice
        Map<EventArticle, Joining> perArticle = new java.util.LinkedHashMap<>(); // in the order first chosen
        List<Joining> joinings = new ArrayList<>();
        for (Choice c : choices) {
            if (c.own()) {
                joinings.add(c.joining());
            } else {
                perArticle.merge(new EventArticle(c.joining().cluster(), c.joining().mention().articleId()),
                        c.joining(), (x, y) -> y.score() > x.score() ? y : x);
            }
        }
        joinings.addAll(perArticle.values());
        for (Joining j : joinings) {
            added.computeIfAbsent(j.cluster(), k -> new ArrayList<>()).add(j.mention());
            reasons.computeIfAbsent(j.cluster(), k -> new LinkedHashSet<>()).add(j.reason());
        }
        // each event with its joinings made on every core (it reads its own alone)
        return java.util.stream.IntStream.range(0, clusters.size()).parallel().mapToObj(c -> {
            EventClusterer.Cluster cl = clusters.get(c);
            return added.containsKey(c) ? new EventClusterer.Cluster(with(cl.event(), added.get(c), reasons.get(c)),
                    cl.members()) : cl;
        }).toList();
    }

    /**
     * The event an undated statement joins: one its own article tells ({@code own}), else the best of another
     * article's (at most one per article and event is kept, by the caller); {@code null} when none.
     */
    private static Choice choose(Undated u, List<String> keys, Map<String, UndatedPosting> index,
                                 Map<String, Double> idf, TermVectors.Numbers numbers, List<Member> own, int[] seen,
                                 int mark, int article) {
        Supplier<Weighted> wu = weighing(u.terms(), idf); // weighed only if a statement is scored against it
        Joining same = sameArticle(u, wu, own);
        if (same != null) {
            return new Choice(same, true);
        }
        if (!acrossArticles(u)) {
            return null;
        }
        Supplier<TermVectors.Vector> vu = once(() -> numbers.vector(wu.get().terms()));
        Best best = new Best(u);
        for (String key : keys) {
            UndatedPosting posting = index.get(key);
            if (posting != null) {
                best.considerKeyed(posting, seen, mark, article, wu, vu);
            }
        }
        return best.choice();
    }

    /** Marks of the dated statements, none marked (every mark is an undated statement's place: 0 or more). */
    private static int[] unmarked(int statements) {
        int[] marks = new int[statements];
        java.util.Arrays.fill(marks, -1);
        return marks;
    }

    /** The dated statements of {@code clusters}. */
    private static int statements(List<EventClusterer.Cluster> clusters) {
        int n = 0;
        for (EventClusterer.Cluster c : clusters) {
            n += c.members().size();
        }
        return n;
    }

    /** {@code keys}, each string's hash read (and so kept in it) on the thread that made it. */
    private static List<String> hashed(List<String> keys) {
        keys.forEach(String::hashCode);
        return keys;
    }

    /** Whether an undated statement may join another article's event: an article of unknown date needs an actor. */
    public static boolean acrossArticles(Undated u) {
        // an article of unknown date cannot tell one "five people were killed" from another
        return u.published() != null || !u.gist().actor().isEmpty();
    }

    /**
     * A dated statement as the joiner indexes it: its event's place in the events' order, its own place among the
     * event's statements, and its terms weighted by rarity ({@code null} until {@link #weighed}, and kept so for a
     * statement that names no action: nothing is scored against it).
     */
    public record Member(int cluster, int member, Candidate statement, Weighted weighted) {

        /** With its terms weighted by {@code idf} (which holds every term of it). */
        public Member weighed(Map<String, Double> idf) {
            return new Member(cluster, member, statement, Weighted.of(statement.terms(), idf));
        }
    }

    /**
     * The best of another article's statements for an undated one, considered in the index's order (key by key, each
     * posting in the events' order): the first of those that overlap it most, enough and more than nothing.
     */
    public static final class Best {
        private final Undated u;
        private final java.util.function.ToDoubleFunction<Member> similarity;
        private double score;
        private Member best;

        public Best(Undated u, Weighted wu) {
            this(u, m -> EventClusterer.similarity(wu.terms(), wu.sum(), m.weighted().terms(), m.weighted().sum()));
        }

        /** @param similarity the undated statement's weighted term overlap with a member ({@link EventClusterer#similarity}) */
        private Best(Undated u, java.util.function.ToDoubleFunction<Member> similarity) {
            this.u = u;
            this.similarity = similarity;
        }

        /** A best of statements read from postings ({@link #considerKeyed}). */
        Best(Undated u) {
            this(u, (java.util.function.ToDoubleFunction<Member>) null);
        }

        /** Considers {@code m} (weighted). */
        public void consider(Member m) {
            if (compatible(u, m.statement())) {
                score(m);
            }
        }

        /**
         * {@link #consider} of each statement of a posting not {@code seen} before (then marked: {@code seen[s] ==
         * mark}), read from the posting's arrays; {@code article}: the number of the undated statement's article among
         * the posting's ({@link UndatedPosting#articles}), -1 when none of them is in it; {@code wu} and {@code vu}:
         * the undated statement's weighted and numbered terms. The posting's statements share an index key
         * ({@link #keys}) with the undated one: then they have the same action and the same actor or none on both
         * sides (a key splits one way: neither a lemma nor a name holds a '|'), so only the dates and the article are
         * left to check (the gists' tests were a third of choosing).
         */
        void considerKeyed(UndatedPosting p, int[] seen, int mark, int article, Supplier<Weighted> wu,
                           Supplier<TermVectors.Vector> vu) {
            LocalDate published = u.published();
            long day = published == null ? Long.MAX_VALUE : published.toEpochDay(); // not before any date when unknown
            double needed = u.gist().actor().isEmpty() ? EventRules.UNDATED_NO_ACTOR_THRESHOLD
                    : EventRules.UNDATED_THRESHOLD;
            TermVectors.Vector v = null; // asked once a statement is scored, not per statement
            double sum = 0;
            for (int k = 0; k < p.size; k++) {
                int s = p.statements[k];
                if (seen[s] == mark) {
                    continue;
                }
                seen[s] = mark;
                if (day < p.firstDays[k] || p.articles[k] == article) {
                    continue;
                }
                if (v == null) {
                    v = vu.get();
                    sum = wu.get().sum();
                }
                double sim = TermVectors.similarity(v, sum, p.vectors[k], p.sums[k]);
                if (sim >= needed && sim > score) {
                    score = sim;
                    best = p.members[k];
                }
            }
        }

        private void score(Member m) {
            Candidate c = m.statement();
            if (c.articleId().equals(u.mention().articleId())) {
                return;
            }
            double sim = similarity.applyAsDouble(m);
            double needed = u.gist().actor().isEmpty() ? EventRules.UNDATED_NO_ACTOR_THRESHOLD
                    : EventRules.UNDATED_THRESHOLD;
            if (sim >= needed && sim > score) {
                score = sim;
                best = m;
            }
        }

        /** The choice of the best statement considered, {@code null} when none. */
        public Choice choice() {
            return best == null ? null : new Choice(new Joining(best.cluster(), u.mention(), score,
                    reason(u.gist(), best.statement())), false);
        }
    }

    /** A statement's joining and whether its own article told it. */
    public record Choice(Joining joining, boolean own) { }

    /** {@link Weighted#of}, made when first asked and then kept (most undated statements are never scored). */
    private static Supplier<Weighted> weighing(Map<String, Double> terms, Map<String, Double> idf) {
        return once(() -> Weighted.of(terms, idf));
    }

    /** What {@code make} makes, made when first asked and then kept (on the one thread that asks). */
    private static <T> Supplier<T> once(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) made[0];
            return t;
        };
    }

    /**
     * Terms weighted by rarity and their sum, read once per statement. The terms are put in the order of the terms,
     * then as a {@code HashMap} given them so iterates them ({@link WeightedTerms#inKeyOrder}; not in the order of the
     * statement's own map): the order its weights are summed in then hangs on the set of terms alone, whether the
     * statement was read here or from a Spark row. Kept in two arrays, not a map of boxed weights per statement.
     */
    public record Weighted(Map<String, Double> terms, double sum) {
        public static Weighted of(Map<String, Double> terms, Map<String, Double> idf) {
            WeightedTerms w = WeightedTerms.inKeyOrder(terms, idf);
            return new Weighted(w, w.sum()); // summed as a stream of the map's values summed them
        }
    }

    /**
     * The event an undated clause of a dated article tells again (within-document coreference): one of the article's
     * dated statements ({@code own}, weighted, in the events' order), not a background one, has the same action and
     * an actor of the same head (last name). Of several, the one that overlaps it most, then the nearest before it;
     * {@code null} when none.
     */
    public static Joining sameArticle(Undated u, Weighted wu, List<Member> own) {
        return sameArticle(u, () -> wu, own);
    }

    /** As above, the undated statement weighed when first needed. */
    static Joining sameArticle(Undated u, Supplier<Weighted> weighted, List<Member> own) {
        if (u.published() == null) {
            return null; // in an undated article even the dated statements may be another story's background
        }
        if (!u.speaker().isEmpty()) {
            return occasion(u, own);
        }
        Joining best = null;
        for (Member at : own) {
            Candidate m = at.statement();
            Gist a = u.gist();
            Gist b = m.gist();
            if (m.background() || !a.sameAction(b) || a.actorHead() == null || b.actorHead() == null
                    || !Gist.sameName(a.actorHead(), b.actorHead())) {
                continue; // one article names its actor by one last name ("Assad", not "Syrian")
            }
            Weighted wm = at.weighted();
            Weighted wu = weighted.get();
            double sim = EventClusterer.similarity(wu.terms(), wu.sum(), wm.terms(), wm.sum());
            boolean before = m.mention().start() < u.mention().start();
            double score = sim + (before ? 1e-6 / (1 + u.mention().start() - m.mention().start()) : 0);
            if (best == null || score > best.score) {
                best = new Joining(at.cluster(), u.mention(), score, "same article, " + reason(u.gist(), m).substring(
                        "undated, ".length()));
            }
        }
        return best;
    }

    /**
     * The occasion a speaker's undated words belong to: the nearest statement before them in their article, not a
     * background one, whose actor is the speaker ("Obama on Monday presented a rescue plan ... Obama stated that
     * ..."); {@code null} when none. Words reported without a date of their own were said where the article last
     * placed their speaker.
     */
    private static Joining occasion(Undated u, List<Member> own) {
        String speaker = u.speaker().get(u.speaker().size() - 1);
        Joining best = null;
        int nearest = -1;
        for (Member at : own) {
            Candidate m = at.statement();
            String head = m.gist().actorHead();
            int start = m.mention().start();
            if (!m.background() && head != null && Gist.sameName(speaker, head) && start < u.mention().start()
                    && start > nearest) {
                nearest = start;
                best = new Joining(at.cluster(), u.mention(), 0, "same article, words of " + m.gist().actorText()
                        + " where the article places them");
            }
        }
        return best;
    }

    /** An undated clause joining an event (by its place in the events' order), with its overlap and why. */
    public record Joining(int cluster, Span mention, double score, String reason) {
    }

    /** The index keys of a gist: action and each actor name, or the action alone without an actor. */
    public static List<String> keys(Gist g) {
        if (g.action() == null) {
            return List.of();
        }
        if (g.actor().isEmpty()) {
            return List.of(g.action());
        }
        return g.actor().stream().map(a -> g.action() + "|" + a).toList();
    }

    /** Same action, the same actor or none on both sides, and not published before the event. */
    static boolean compatible(Undated u, Candidate m) {
        Gist a = u.gist();
        Gist b = m.gist();
        return a.sameAction(b) && (a.actor().isEmpty() == b.actor().isEmpty()) && (a.actor().isEmpty() || a.sameActor(b))
                && notBefore(u, m);
    }

    /** Whether the undated statement's article was not published before the dated statement's date. */
    private static boolean notBefore(Undated u, Candidate m) {
        return u.published() == null || !u.published().isBefore(m.date().first());
    }

    private static String reason(Gist u, Candidate m) {
        String who = u.actor().isEmpty() ? "" : " of " + shorter(u.actorText(), m.gist().actorText());
        String what = u.actionText().equalsIgnoreCase(m.gist().actionText()) ? u.actionText()
                : u.actionText() + " ≈ " + m.gist().actionText();
        return "undated, same action" + who + ": " + what;
    }

    private static Event with(Event e, List<Span> more, Set<String> why) {
        // the dated statements first, then the undated ones that joined them
        List<Span> mentions = new ArrayList<>(e.mentions());
        Set<Span> have = new java.util.HashSet<>(mentions); // a list's contains made a big event quadratic
        for (Span s : more.stream().sorted().toList()) {
            if (have.add(s)) {
                mentions.add(s);
            }
        }
        List<String> reasons = new ArrayList<>(e.reasons());
        why.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        return new Event(e.id(), e.label(), e.date(), e.storyId(), mentions,
                e.background(), e.end(), reasons.subList(0, Math.min(reasons.size(), EventRules.MAX_REASONS + 2)));
    }

    private static String shorter(String x, String y) {
        return x.length() <= y.length() || y.isEmpty() ? x : y;
    }
}

package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Event;
import org.parallax.model.Span;

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
        if (undated.isEmpty() || clusters.isEmpty()) {
            return clusters;
        }
        List<Map<String, Double>> all = new ArrayList<>();
        clusters.forEach(c -> c.members().forEach(m -> all.add(m.terms())));
        undated.forEach(u -> all.add(u.terms()));
        Map<String, Double> idf = EventClusterer.idfOf(all);
        Map<String, List<int[]>> index = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Candidate> members = clusters.get(c).members();
            for (int m = 0; m < members.size(); m++) {
                for (String key : keys(members.get(m).gist())) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {c, m});
                }
            }
        }
        Map<String, List<int[]>> byArticle = byArticle(clusters);
        List<List<Weighted>> weighted = clusters.parallelStream()
                .map(c -> c.members().stream().map(m -> Weighted.of(m.terms(), idf)).toList()).toList();
        // each statement's event found on every core, then taken in statement order as one thread would
        List<Choice> choices = undated.parallelStream().map(u -> choose(u, clusters, index, idf, weighted,
                byArticle.getOrDefault(u.mention().articleId(), List.of()))).toList();
        Map<Integer, List<Span>> added = new HashMap<>();
        Map<Integer, Set<String>> reasons = new HashMap<>();
        Map<String, Joining> perArticle = new java.util.LinkedHashMap<>();
        List<Joining> joinings = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c == null) {
                continue;
            }
            if (c.own()) {
                joinings.add(c.joining());
            } else {
                perArticle.merge(c.joining().cluster + "|" + undated.get(i).mention().articleId(), c.joining(),
                        (x, y) -> y.score > x.score ? y : x);
            }
        }
        joinings.addAll(perArticle.values());
        for (Joining j : joinings) {
            added.computeIfAbsent(j.cluster, k -> new ArrayList<>()).add(j.mention);
            reasons.computeIfAbsent(j.cluster, k -> new LinkedHashSet<>()).add(j.reason);
        }
        List<EventClusterer.Cluster> out = new ArrayList<>(clusters.size());
        for (int c = 0; c < clusters.size(); c++) {
            EventClusterer.Cluster cl = clusters.get(c);
            out.add(added.containsKey(c) ? new EventClusterer.Cluster(with(cl.event(), added.get(c), reasons.get(c)),
                    cl.members()) : cl);
        }
        return out;
    }

    /**
     * The event an undated statement joins: one its own article tells ({@code own}), else the best of another
     * article's (at most one per article and event is kept, by the caller); {@code null} when none.
     */
    private static Choice choose(Undated u, List<EventClusterer.Cluster> clusters, Map<String, List<int[]>> index,
                                 Map<String, Double> idf, List<List<Weighted>> weighted, List<int[]> own) {
        Weighted wu = Weighted.of(u.terms(), idf);
        Joining same = sameArticle(u, clusters, own, wu, weighted);
        if (same != null) {
            return new Choice(same, true);
        }
        if (u.published() == null && u.gist().actor().isEmpty()) {
            return null; // an article of unknown date cannot tell one "five people were killed" from another
        }
        double best = 0;
        int bestCluster = -1;
        Candidate bestMember = null;
        Set<Long> seen = new java.util.HashSet<>();
        for (String key : keys(u.gist())) {
            List<int[]> posting = index.getOrDefault(key, List.of());
            for (int[] at : posting.subList(0, Math.min(posting.size(), EventRules.MAX_POSTING))) {
                Candidate m = clusters.get(at[0]).members().get(at[1]);
                if (!seen.add((long) at[0] << 32 | at[1]) || !compatible(u, m)
                        || m.articleId().equals(u.mention().articleId())) {
                    continue;
                }
                Weighted wm = weighted.get(at[0]).get(at[1]);
                double sim = EventClusterer.similarity(wu.terms(), wu.sum(), wm.terms(), wm.sum());
                double needed = u.gist().actor().isEmpty() ? EventRules.UNDATED_NO_ACTOR_THRESHOLD
                        : EventRules.UNDATED_THRESHOLD;
                if (sim >= needed && sim > best) {
                    best = sim;
                    bestCluster = at[0];
                    bestMember = m;
                }
            }
        }
        return bestCluster < 0 ? null
                : new Choice(new Joining(bestCluster, u.mention(), best, reason(u.gist(), bestMember)), false);
    }

    /** A statement's joining and whether its own article told it. */
    private record Choice(Joining joining, boolean own) {
    }

    /** Terms weighted by rarity and their sum, read once per statement. */
    private record Weighted(Map<String, Double> terms, double sum) {
        static Weighted of(Map<String, Double> terms, Map<String, Double> idf) {
            Map<String, Double> w = weigh(terms, idf);
            return new Weighted(w, UndatedJoiner.sum(w));
        }
    }

    /** Where each article's dated statements are: {cluster, member} pairs by article id. */
    private static Map<String, List<int[]>> byArticle(List<EventClusterer.Cluster> clusters) {
        Map<String, List<int[]>> out = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Candidate> members = clusters.get(c).members();
            for (int m = 0; m < members.size(); m++) {
                out.computeIfAbsent(members.get(m).articleId(), k -> new ArrayList<>()).add(new int[] {c, m});
            }
        }
        return out;
    }

    /**
     * The event an undated clause of a dated article tells again (within-document coreference): one of the article's
     * dated statements, not a background one, has the same action and an actor of the same head (last name). Of several, the one that overlaps it most, then the
     * nearest before it; {@code null} when none.
     */
    private static Joining sameArticle(Undated u, List<EventClusterer.Cluster> clusters, List<int[]> own,
                                       Weighted wu, List<List<Weighted>> weighted) {
        if (u.published() == null) {
            return null; // in an undated article even the dated statements may be another story's background
        }
        if (!u.speaker().isEmpty()) {
            return occasion(u, clusters, own);
        }
        Joining best = null;
        for (int[] at : own) {
            Candidate m = clusters.get(at[0]).members().get(at[1]);
            Gist a = u.gist();
            Gist b = m.gist();
            if (m.background() || !a.sameAction(b) || a.actorHead() == null || b.actorHead() == null
                    || !Gist.sameName(a.actorHead(), b.actorHead())) {
                continue; // one article names its actor by one last name ("Assad", not "Syrian")
            }
            Weighted wm = weighted.get(at[0]).get(at[1]);
            double sim = EventClusterer.similarity(wu.terms(), wu.sum(), wm.terms(), wm.sum());
            boolean before = m.mention().start() < u.mention().start();
            double score = sim + (before ? 1e-6 / (1 + u.mention().start() - m.mention().start()) : 0);
            if (best == null || score > best.score) {
                best = new Joining(at[0], u.mention(), score, "same article, " + reason(u.gist(), m).substring(
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
    private static Joining occasion(Undated u, List<EventClusterer.Cluster> clusters, List<int[]> own) {
        String speaker = u.speaker().get(u.speaker().size() - 1);
        Joining best = null;
        int nearest = -1;
        for (int[] at : own) {
            Candidate m = clusters.get(at[0]).members().get(at[1]);
            String head = m.gist().actorHead();
            int start = m.mention().start();
            if (!m.background() && head != null && Gist.sameName(speaker, head) && start < u.mention().start()
                    && start > nearest) {
                nearest = start;
                best = new Joining(at[0], u.mention(), 0, "same article, words of " + m.gist().actorText()
                        + " where the article places them");
            }
        }
        return best;
    }

    /** An undated clause joining an event, with its overlap and why. */
    private record Joining(int cluster, Span mention, double score, String reason) {
    }

    /** The index keys of a gist: action and each actor name, or the action alone without an actor. */
    private static List<String> keys(Gist g) {
        if (g.action() == null) {
            return List.of();
        }
        if (g.actor().isEmpty()) {
            return List.of(g.action());
        }
        return g.actor().stream().map(a -> g.action() + "|" + a).toList();
    }

    /** Same action, the same actor or none on both sides, and not published before the event. */
    private static boolean compatible(Undated u, Candidate m) {
        Gist a = u.gist();
        Gist b = m.gist();
        return a.sameAction(b) && (a.actor().isEmpty() == b.actor().isEmpty()) && (a.actor().isEmpty() || a.sameActor(b))
                && (u.published() == null || !u.published().isBefore(m.date().first()));
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

    private static Map<String, Double> weigh(Map<String, Double> terms, Map<String, Double> idf) {
        Map<String, Double> out = new HashMap<>();
        terms.forEach((t, w) -> out.put(t, w * idf.get(t)));
        return out;
    }

    private static double sum(Map<String, Double> w) {
        return w.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}

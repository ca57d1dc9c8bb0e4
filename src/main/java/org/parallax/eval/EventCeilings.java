package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a statement-level event model can reach on ECB+ at best: the B³ of a grouping that knows the gold, where each
 * unit (a statement, or a sentence) keeps all its gold mentions together, as the app's unit (one statement, one
 * event) does; mentions in no unit are singletons. The grouping is searched greedily (each unit moved to the group
 * that raises B³ F1 most, among those sharing a gold cluster with it, until nothing moves), so the figures are a
 * close lower bound of the true ceilings: figures to report, not to tune against.
 *
 * <ul>
 *   <li>{@code statements}: the app's statements as they are (the mentions they cover).</li>
 *   <li>{@code sentences}: every sentence holding a gold mention made a statement (full coverage).</li>
 *   <li>{@code oneMention}: each statement stands for one gold mention (that of the largest gold cluster), its
 *       others stay singletons, and those mentions are grouped as the gold does: the ceiling of a mapping that reads
 *       one happening per statement; {@code oneMentionPerSentence} the same with every sentence a statement.</li>
 * </ul>
 */
record EventCeilings(EventScore statements, EventScore sentences, EventScore oneMention, EventScore oneMentionPerSentence) {

    /** One gold mention: its document and gold cluster, its statement's key (or null) and its sentence's key. */
    record Mention(String doc, String id, String gold, String statement, String sentence) {
    }

    static EventCeilings of(List<Mention> mentions) {
        return new EventCeilings(best(mentions, Mention::statement), best(mentions, Mention::sentence),
                oneMention(mentions, Mention::statement), oneMention(mentions, Mention::sentence));
    }

    /** Each unit stands for its mention of the largest gold cluster, grouped as the gold does; the rest alone. */
    static EventScore oneMention(List<Mention> mentions, Function<Mention, String> unit) {
        Map<String, Integer> goldSize = new HashMap<>();
        mentions.forEach(m -> goldSize.merge(m.gold(), 1, Integer::sum));
        Map<String, Mention> stands = new HashMap<>();
        for (Mention m : mentions) {
            if (unit.apply(m) != null) {
                stands.merge(unit.apply(m), m, (a, b) -> goldSize.get(b.gold()) > goldSize.get(a.gold()) ? b : a);
            }
        }
        List<EventScore.Item> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean standsFor = unit.apply(m) != null && stands.get(unit.apply(m)) == m;
            out.add(new EventScore.Item(m.doc(), m.gold(), standsFor ? "g:" + m.gold() : "m:" + m.id()));
        }
        return EventScore.of(out);
    }

    /** The greedy best grouping of the units {@code unit} makes (null: a singleton). */
    static EventScore best(List<Mention> mentions, Function<Mention, String> unit) {
        Map<String, Integer> goldSize = new HashMap<>();
        mentions.forEach(m -> goldSize.merge(m.gold(), 1, Integer::sum));
        Map<String, Map<String, Integer>> units = new LinkedHashMap<>();
        Grouping g = new Grouping(goldSize, mentions.size());
        for (Mention m : mentions) {
            String u = unit.apply(m);
            if (u == null) {
                g.fixed(Map.of(m.gold(), 1)); // in no unit: alone for good
            } else {
                units.computeIfAbsent(u, k -> new HashMap<>()).merge(m.gold(), 1, Integer::sum);
            }
        }
        units.forEach(g::add);
        boolean moved = true;
        for (int pass = 0; moved && pass < 10; pass++) {
            moved = false;
            for (String u : units.keySet()) {
                moved |= g.improve(u);
            }
        }
        List<EventScore.Item> items = new ArrayList<>();
        for (Mention m : mentions) {
            String u = unit.apply(m);
            items.add(new EventScore.Item(m.doc(), m.gold(), u == null ? "m:" + m.id() : "g" + g.groupOf.get(u)));
        }
        return EventScore.of(items);
    }

    /** Units in groups, with B³ precision and recall sums kept per group (both are sums over groups). */
    private static final class Grouping {
        final Map<String, Integer> goldSize;
        final int n;
        final Map<String, Map<String, Integer>> unitGolds = new HashMap<>();
        final Map<String, Integer> groupOf = new HashMap<>();
        final Map<Integer, Map<String, Integer>> groups = new HashMap<>();
        final Map<String, Set<Integer>> groupsWith = new HashMap<>();
        double p;
        double r;

        Grouping(Map<String, Integer> goldSize, int n) {
            this.goldSize = goldSize;
            this.n = n;
        }

        /** A mention that stays alone: it counts in the sums, no unit joins it. */
        void fixed(Map<String, Integer> golds) {
            p += precision(golds);
            r += recall(golds);
        }

        void add(String unit, Map<String, Integer> golds) {
            int id = groups.size();
            unitGolds.put(unit, golds);
            groupOf.put(unit, id);
            groups.put(id, new HashMap<>(golds));
            golds.keySet().forEach(k -> groupsWith.computeIfAbsent(k, x -> new HashSet<>()).add(id));
            p += precision(golds);
            r += recall(golds);
        }

        /** Moves {@code unit} to the group that raises F1 most; whether it moved. */
        boolean improve(String unit) {
            Map<String, Integer> u = unitGolds.get(unit);
            int from = groupOf.get(unit);
            Map<String, Integer> left = minus(groups.get(from), u);
            double baseP = p - precision(groups.get(from)) + precision(left);
            double baseR = r - recall(groups.get(from)) + recall(left);
            double bestF = Ratios.f1(p / n, r / n);
            int best = -1;
            Set<Integer> candidates = new HashSet<>();
            u.keySet().forEach(k -> candidates.addAll(groupsWith.getOrDefault(k, Set.of())));
            candidates.remove(from);
            for (int to : candidates) {
                Map<String, Integer> joined = plus(groups.get(to), u);
                double np = baseP - precision(groups.get(to)) + precision(joined);
                double nr = baseR - recall(groups.get(to)) + recall(joined);
                double f = Ratios.f1(np / n, nr / n);
                if (f > bestF + 1e-12) {
                    bestF = f;
                    best = to;
                }
            }
            if (best < 0) {
                return false;
            }
            int to = best;
            Map<String, Integer> joined = plus(groups.get(to), u);
            p = baseP - precision(groups.get(to)) + precision(joined);
            r = baseR - recall(groups.get(to)) + recall(joined);
            groups.put(from, left);
            groups.put(to, joined);
            u.keySet().forEach(k -> {
                groupsWith.get(k).add(to);
                if (!left.containsKey(k)) {
                    groupsWith.get(k).remove(from);
                }
            });
            groupOf.put(unit, to);
            return true;
        }

        private double precision(Map<String, Integer> group) {
            int size = group.values().stream().mapToInt(Integer::intValue).sum();
            return size == 0 ? 0 : group.values().stream().mapToDouble(c -> (double) c * c).sum() / size;
        }

        private double recall(Map<String, Integer> group) {
            return group.entrySet().stream().mapToDouble(e -> (double) e.getValue() * e.getValue() / goldSize.get(e.getKey())).sum();
        }

        private static Map<String, Integer> plus(Map<String, Integer> a, Map<String, Integer> b) {
            Map<String, Integer> out = new HashMap<>(a);
            b.forEach((k, v) -> out.merge(k, v, Integer::sum));
            return out;
        }

        private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
            Map<String, Integer> out = new HashMap<>(a);
            b.forEach((k, v) -> out.computeIfPresent(k, (x, c) -> c - v == 0 ? null : c - v));
            return out;
        }
    }
}

package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A timeline as the temporal graph SemEval-2015 Task 4 scores (Minard et al. 2015, after the task's description of
 * its scorer): each date is a time node and each mention an event node; an event is SIMULTANEOUS with its date's
 * node; an event at an earlier position is BEFORE one at a later position, events at one position are SIMULTANEOUS.
 * Lines at position 0 (not anchored) take part in no relation and are left out.
 *
 * <p>SIMULTANEOUS is an equivalence, so the graph is held as classes of simultaneous nodes (union-find) with a
 * BEFORE order between classes, added position by position. A BEFORE that the anchors contradict (two positions with
 * one date are one class: annotators order events within a day) is dropped and counted, as a temporal closure
 * drops an inconsistent relation.
 *
 * <p>The closure ({@code ⁺}) is every SIMULTANEOUS pair inside a class and every BEFORE pair between ordered classes;
 * the reduced graph ({@code ⁻}) is a chain through each class ({@code size - 1} SIMULTANEOUS relations) and the
 * transitive reduction of the class order. Within a class, or between two classes, which members carry the reduced
 * relations is a free choice that changes no closure; {@link #entailedIn} counts the choice the other graph entails
 * most of, so the score does not depend on the order nodes were read in, except that a BEFORE is carried by two
 * events, as the scorer states it: ordering the dates alone earns nothing (a system that sorts by date would).
 */
final class TimelineGraph {

    private final Map<String, Integer> classOf;
    private final List<List<String>> members;
    private final boolean[][] before;
    private final List<int[]> reducedOrder;
    private final int dropped;

    private TimelineGraph(Map<String, Integer> classOf, List<List<String>> members, boolean[][] before, int dropped) {
        this.classOf = classOf;
        this.members = members;
        this.before = before;
        this.dropped = dropped;
        this.reducedOrder = reduction(before);
    }

    /** The node of a mention ({@code docid-sentence-word}). */
    static String event(String mention) {
        return "e:" + mention;
    }

    private static boolean isEvent(String node) {
        return node.startsWith("e:");
    }

    /** The node of a date, as the timeline writes it: nodes of the same date string are one node in both graphs. */
    static String time(String date) {
        return "t:" + date;
    }

    static TimelineGraph of(Timelines.Timeline timeline) {
        TreeMap<Integer, List<Timelines.Entry>> byPosition = new TreeMap<>();
        for (Timelines.Entry e : timeline.entries()) {
            if (e.position() > 0 && !e.mentions().isEmpty()) {
                byPosition.computeIfAbsent(e.position(), k -> new ArrayList<>()).add(e);
            }
        }
        UnionFind sets = new UnionFind();
        for (List<Timelines.Entry> line : byPosition.values()) {
            for (Timelines.Entry e : line) {
                for (String m : e.mentions()) {
                    sets.union(event(m), time(e.date()));
                }
            }
            for (Timelines.Entry e : line) {
                // one position is one moment, even if its lines give different dates
                sets.union(event(line.get(0).mentions().get(0)), event(e.mentions().get(0)));
            }
        }
        Map<String, Integer> classOf = new LinkedHashMap<>();
        List<List<String>> members = new ArrayList<>();
        Map<String, Integer> classOfRoot = new HashMap<>();
        for (String node : sets.nodes()) {
            int c = classOfRoot.computeIfAbsent(sets.find(node), k -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            classOf.put(node, c);
            members.get(c).add(node);
        }
        boolean[][] before = new boolean[members.size()][members.size()];
        int dropped = 0;
        Integer previous = null;
        for (List<Timelines.Entry> line : byPosition.values()) {
            int c = classOf.get(event(line.get(0).mentions().get(0)));
            if (previous != null) {
                if (previous == c || before[c][previous]) {
                    dropped++;
                } else {
                    order(before, previous, c);
                }
            }
            previous = c;
        }
        return new TimelineGraph(classOf, members, before, dropped);
    }

    /** Adds {@code a BEFORE b} and what follows from it. */
    private static void order(boolean[][] before, int a, int b) {
        int n = before.length;
        for (int x = 0; x < n; x++) {
            if (x != a && !before[x][a]) {
                continue;
            }
            for (int y = 0; y < n; y++) {
                if (y == b || before[b][y]) {
                    before[x][y] = true;
                }
            }
        }
    }

    /** The BEFORE pairs of classes that no third class lies between. */
    private static List<int[]> reduction(boolean[][] before) {
        int n = before.length;
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (!before[a][b]) {
                    continue;
                }
                boolean direct = true;
                for (int c = 0; c < n && direct; c++) {
                    direct = !(before[a][c] && before[c][b]);
                }
                if (direct) {
                    out.add(new int[] {a, b});
                }
            }
        }
        return out;
    }

    /** Whether the closure holds {@code a SIMULTANEOUS b}. */
    boolean simultaneous(String a, String b) {
        Integer x = classOf.get(a);
        return x != null && x.equals(classOf.get(b));
    }

    /** Whether the closure holds {@code a BEFORE b}. */
    boolean before(String a, String b) {
        Integer x = classOf.get(a);
        Integer y = classOf.get(b);
        return x != null && y != null && before[x][y];
    }

    /** The number of relations of the reduced graph. */
    int reducedSize() {
        int n = reducedOrder.size();
        for (List<String> c : members) {
            n += c.size() - 1;
        }
        return n;
    }

    /** The BEFORE relations dropped because the anchors contradicted them. */
    int dropped() {
        return dropped;
    }

    /** How many relations of this reduced graph {@code other}'s closure holds (see the class comment). */
    int entailedIn(TimelineGraph other) {
        int n = 0;
        for (List<String> c : members) {
            // a chain through the class can link, without a gap, each group of members the other finds simultaneous
            Map<Integer, Integer> groups = new HashMap<>();
            for (String node : c) {
                Integer o = other.classOf.get(node);
                if (o != null) {
                    groups.merge(o, 1, Integer::sum);
                }
            }
            for (int size : groups.values()) {
                n += size - 1;
            }
        }
        for (int[] edge : reducedOrder) {
            n += orderedIn(other, members.get(edge[0]), members.get(edge[1])) ? 1 : 0;
        }
        return n;
    }

    private static boolean orderedIn(TimelineGraph other, List<String> earlier, List<String> later) {
        for (String a : earlier) {
            for (String b : later) {
                if (isEvent(a) && isEvent(b) && other.before(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Disjoint sets of node names, in the order they were first seen. */
    private static final class UnionFind {

        private final Map<String, String> parent = new LinkedHashMap<>();

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        String find(String x) {
            parent.putIfAbsent(x, x);
            String p = parent.get(x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        List<String> nodes() {
            return new ArrayList<>(parent.keySet());
        }
    }
}

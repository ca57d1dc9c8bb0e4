package org.parallax.compare.happening;

import static org.parallax.compare.happening.TwinNodes.NONE;

import java.util.Arrays;

/**
 * A map from whole numbers to doubles laid out as {@code java.util.HashMap} lays out the same calls on boxed keys
 * ({@code Integer} or {@code Long}, {@link #ofIntegers} or {@link #ofLongs}): the same table growing at the same
 * calls, the same bins, each a list or a red-black tree with its nodes in the same order, so it iterates in the same
 * order. {@link ArticleStories} merges stories in the order its maps give their entries (which of two equal
 * similarities merges first decides the stories, and replicated articles tie often); the boxed maps were most of
 * that work, on one core. {@code put}, {@code merge} with {@code Double::sum} and {@code remove} are {@code
 * HashMap}'s: a new key goes at the tail of its bin by {@code put} and at its head by {@code merge}; {@code put}
 * grows the table after the insertion that passes the threshold, {@code merge} before the next call; a bin of eight
 * or more becomes a tree once the table has 64 bins (before, the table grows instead), and the trees keep {@code
 * HashMap}'s order ({@link TwinTrees}). {@code TwinMapTest} holds it to {@code HashMap}, trees included.
 */
final class TwinMap {

    /** No node: the end of the iteration. */
    static final int END = NONE;

    private static final int TREEIFY = 8;
    private static final int MIN_TREEIFY_CAPACITY = 64;

    private final boolean longKeys;
    private TwinNodes nodes = new TwinNodes();
    /** Each bin's first node, {@link TwinNodes#NONE} when empty; null until the first insertion, as HashMap's. */
    private int[] table;
    private int threshold;
    private int size;

    private TwinMap(boolean longKeys) {
        this.longKeys = longKeys;
    }

    /** The twin of a {@code HashMap<Integer, Double>}: keys are ints. */
    static TwinMap ofIntegers() {
        return new TwinMap(false);
    }

    /** The twin of a {@code HashMap<Long, Double>}. */
    static TwinMap ofLongs() {
        return new TwinMap(true);
    }

    int size() {
        return size;
    }

    /** The table's length, 0 before the first insertion. */
    int bins() {
        return table == null ? 0 : table.length;
    }

    /** The first node in the order of iteration, {@link #END} when empty. */
    int first() {
        return size == 0 ? END : nextBin(0);
    }

    /** The node after {@code node} in the order of iteration, {@link #END} after the last. */
    int next(int node) {
        int after = nodes.next[node];
        return after != NONE ? after : nextBin((nodes.hashes[node] & (table.length - 1)) + 1);
    }

    long key(int node) {
        return nodes.keys[node];
    }

    double value(int node) {
        return nodes.values[node];
    }

    /** The value of {@code key}, NaN when absent. */
    double get(long key) {
        if (table == null) {
            return Double.NaN;
        }
        int hash = hash(key);
        int node = find(table[(table.length - 1) & hash], hash, key);
        return node == NONE ? Double.NaN : nodes.values[node];
    }

    /** As {@code HashMap.put}. */
    void put(long key, double value) {
        int hash = hash(key);
        if (table == null) {
            resize();
        }
        int i = (table.length - 1) & hash;
        int p = table[i];
        TwinNodes n = nodes;
        if (p == NONE) {
            table[i] = n.make(hash, key, value, NONE);
        } else {
            int found = NONE;
            if (n.hashes[p] == hash && n.keys[p] == key) {
                found = p;
            } else if (n.tree[p]) {
                found = TwinTrees.put(n, table, p, hash, key, value);
            } else {
                for (int count = 0; ; count++) {
                    int e = n.next[p];
                    if (e == NONE) {
                        int made = n.make(hash, key, value, NONE);
                        n.next[p] = made; // after make: it may have given the links a new array
                        if (count >= TREEIFY - 1) {
                            treeifyBin(hash);
                        }
                        break;
                    }
                    if (n.hashes[e] == hash && n.keys[e] == key) {
                        found = e;
                        break;
                    }
                    p = e;
                }
            }
            if (found != NONE) {
                nodes.values[found] = value;
                return;
            }
        }
        if (++size > threshold) {
            resize();
        }
    }

    /** As {@code HashMap.merge(key, value, Double::sum)}: the value now held. */
    double merge(long key, double value) {
        int hash = hash(key);
        growIfDue();
        int i = (table.length - 1) & hash;
        int first = table[i];
        TwinNodes n = nodes;
        int count = 0;
        int old = NONE;
        if (first != NONE && n.tree[first]) {
            // HashMap looks the key up, then puts it: one walk down the tree does both, as it finds the same node
            old = TwinTrees.put(n, table, first, hash, key, value);
        } else {
            for (int e = first; e != NONE; e = n.next[e]) {
                if (n.hashes[e] == hash && n.keys[e] == key) {
                    old = e;
                    break;
                }
                count++;
            }
            if (old == NONE) {
                table[i] = n.make(hash, key, value, first);
                if (count >= TREEIFY - 1) {
                    treeifyBin(hash);
                }
            }
        }
        if (old != NONE) {
            n.values[old] = n.values[old] + value;
            return n.values[old];
        }
        size++;
        return value;
    }

    /** What every {@code HashMap.merge} does first: grow the table when an earlier merge passed its threshold. */
    void growIfDue() {
        if (size > threshold || table == null) {
            resize();
        }
    }

    /** As {@code HashMap.remove}. */
    void remove(long key) {
        if (table == null) {
            return;
        }
        int hash = hash(key);
        int i = (table.length - 1) & hash;
        int p = table[i];
        TwinNodes n = nodes;
        int node = p == NONE ? NONE : n.hashes[p] == hash && n.keys[p] == key ? p : find(n.next[p], hash, key);
        if (node == NONE) {
            return;
        }
        if (n.tree[node]) {
            TwinTrees.remove(n, table, node);
        } else if (node == p) {
            table[i] = n.next[node];
        } else {
            while (n.next[p] != node) {
                p = n.next[p];
            }
            n.next[p] = n.next[node];
        }
        size--;
        n.release(node);
    }

    /** Empties the map and gives back its storage: a map read once need not outlive its reading. */
    void clear() {
        nodes = new TwinNodes();
        table = null;
        size = 0;
        threshold = 0;
    }

    /** The node of {@code key} in the bin from {@code from} on (any node of a tree bin: the tree is searched). */
    private int find(int from, int hash, long key) {
        TwinNodes n = nodes;
        if (from != NONE && n.tree[from]) {
            return TwinTrees.find(n, TwinTrees.rootOf(n, from), hash, key);
        }
        for (int e = from; e != NONE; e = n.next[e]) {
            if (n.hashes[e] == hash && n.keys[e] == key) {
                return e;
            }
        }
        return NONE;
    }

    private int nextBin(int from) {
        for (int b = from; b < table.length; b++) {
            if (table[b] != NONE) {
                return table[b];
            }
        }
        return END;
    }

    /** {@code Integer.hashCode} or {@code Long.hashCode}, spread as {@code HashMap.hash} spreads it. */
    private int hash(long key) {
        return longKeys ? longHash(key) : spread((int) key);
    }

    /** The bin hash of a {@code Long} key: {@code Long.hashCode} spread as {@code HashMap.hash} spreads it. */
    static int longHash(long key) {
        return spread((int) (key ^ (key >>> 32)));
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** As {@code HashMap.resize} from the default capacity: 16 bins, then twice as many, each bin split in order. */
    private void resize() {
        int[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int cap = oldCap == 0 ? 16 : oldCap * 2;
        threshold = oldCap == 0 ? 12 : threshold * 2;
        table = new int[cap];
        Arrays.fill(table, NONE);
        TwinNodes n = nodes;
        for (int j = 0; j < oldCap; j++) {
            int e = old[j];
            if (e == NONE) {
                continue;
            }
            if (n.next[e] == NONE) {
                table[n.hashes[e] & (cap - 1)] = e;
            } else if (n.tree[e]) {
                TwinTrees.split(n, table, e, j, oldCap);
            } else {
                int loHead = NONE;
                int loTail = NONE;
                int hiHead = NONE;
                int hiTail = NONE;
                for (; e != NONE; e = n.next[e]) {
                    if ((n.hashes[e] & oldCap) == 0) {
                        if (loTail == NONE) {
                            loHead = e;
                        } else {
                            n.next[loTail] = e;
                        }
                        loTail = e;
                    } else {
                        if (hiTail == NONE) {
                            hiHead = e;
                        } else {
                            n.next[hiTail] = e;
                        }
                        hiTail = e;
                    }
                }
                if (loTail != NONE) {
                    n.next[loTail] = NONE;
                    table[j] = loHead;
                }
                if (hiTail != NONE) {
                    n.next[hiTail] = NONE;
                    table[j + oldCap] = hiHead;
                }
            }
        }
    }

    /** A full bin made a tree, or the table grown while it has fewer than 64 bins, as {@code treeifyBin}. */
    private void treeifyBin(int hash) {
        if (table.length < MIN_TREEIFY_CAPACITY) {
            resize();
            return;
        }
        TwinNodes n = nodes;
        int head = table[(table.length - 1) & hash];
        int tail = NONE;
        for (int e = head; e != NONE; e = n.next[e]) {
            n.tree[e] = true;
            n.red[e] = false;
            n.parent[e] = NONE;
            n.left[e] = NONE;
            n.right[e] = NONE;
            n.prev[e] = tail;
            tail = e;
        }
        if (head != NONE) {
            TwinTrees.treeify(n, table, head);
        }
    }
}

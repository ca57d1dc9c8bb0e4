package org.parallax.compare.happening;

import static org.parallax.compare.happening.TwinNodes.NONE;

/**
 * The tree bins of a {@link TwinMap}, as {@code HashMap.TreeNode} keeps them: a bin's nodes are a red-black tree
 * ordered by hash, then by key, and a list in {@code next} order, which is the order of iteration. A tree is built
 * from its list in list order; a new node is linked in the list right after its tree parent and the root is then
 * moved to the front; a removal swaps tree links, never list places, and a tree found too small (no right child,
 * no left child or no left grandchild on the left at the root) becomes a list; at a resize a tree splits into two
 * lists in order, each a tree again when it holds more than six. Keys are distinct and comparable, so no tie is
 * ever broken by identity.
 */
final class TwinTrees {

    private static final int UNTREEIFY = 6;

    private TwinTrees() {
    }

    /** The nodes linked from {@code head} made one tree in their order, its root moved to the front of its bin. */
    static void treeify(TwinNodes n, int[] table, int head) {
        int root = NONE;
        for (int x = head; x != NONE; x = n.next[x]) {
            n.left[x] = NONE;
            n.right[x] = NONE;
            if (root == NONE) {
                n.parent[x] = NONE;
                n.red[x] = false;
                root = x;
                continue;
            }
            for (int p = root; ; ) {
                boolean toLeft = compare(n, n.hashes[x], n.keys[x], p) <= 0;
                int xp = p;
                p = toLeft ? n.left[p] : n.right[p];
                if (p == NONE) {
                    n.parent[x] = xp;
                    if (toLeft) {
                        n.left[xp] = x;
                    } else {
                        n.right[xp] = x;
                    }
                    root = RedBlack.balanceInsertion(n, root, x);
                    break;
                }
            }
        }
        moveRootToFront(n, table, root);
    }

    /** The nodes linked from {@code head} made a plain list again, in their order: the list's head. */
    static int untreeify(TwinNodes n, int head) {
        for (int e = head; e != NONE; e = n.next[e]) {
            n.tree[e] = false;
        }
        return head;
    }

    /**
     * A key put in the tree bin whose first node is {@code first}: a new node linked in the list right after its
     * tree parent, the tree balanced, its root moved to the front. The node already holding the key, else NONE.
     */
    static int put(TwinNodes n, int[] table, int first, int hash, long key, double value) {
        int root = rootOf(n, first);
        for (int p = root; ; ) {
            if (n.hashes[p] == hash && n.keys[p] == key) {
                return p;
            }
            int dir = compare(n, hash, key, p);
            int xp = p;
            p = dir <= 0 ? n.left[p] : n.right[p];
            if (p == NONE) {
                int xpn = n.next[xp];
                int x = n.make(hash, key, value, xpn); // before the links are read: it may give them new arrays
                n.tree[x] = true;
                if (dir <= 0) {
                    n.left[xp] = x;
                } else {
                    n.right[xp] = x;
                }
                n.next[xp] = x;
                n.parent[x] = xp;
                n.prev[x] = xp;
                if (xpn != NONE) {
                    n.prev[xpn] = x;
                }
                moveRootToFront(n, table, RedBlack.balanceInsertion(n, root, x));
                return NONE;
            }
        }
    }

    /** The node of {@code key} in the tree of {@code root}, else NONE. */
    static int find(TwinNodes n, int root, int hash, long key) {
        int p = root;
        while (p != NONE) {
            if (n.hashes[p] == hash && n.keys[p] == key) {
                return p;
            }
            p = compare(n, hash, key, p) < 0 ? n.left[p] : n.right[p];
        }
        return NONE;
    }

    static int rootOf(TwinNodes n, int node) {
        int r = node;
        while (n.parent[r] != NONE) {
            r = n.parent[r];
        }
        return r;
    }

    /**
     * The tree bin from {@code b}, at {@code index} of a table half as long as {@code table}, split in two lists in
     * order at {@code index} and {@code index + bit}, as {@code TreeNode.split}.
     */
    static void split(TwinNodes n, int[] table, int b, int index, int bit) {
        int loHead = NONE;
        int loTail = NONE;
        int hiHead = NONE;
        int hiTail = NONE;
        int lo = 0;
        int hi = 0;
        for (int e = b, after; e != NONE; e = after) {
            after = n.next[e];
            n.next[e] = NONE;
            if ((n.hashes[e] & bit) == 0) {
                n.prev[e] = loTail;
                if (loTail == NONE) {
                    loHead = e;
                } else {
                    n.next[loTail] = e;
                }
                loTail = e;
                lo++;
            } else {
                n.prev[e] = hiTail;
                if (hiTail == NONE) {
                    hiHead = e;
                } else {
                    n.next[hiTail] = e;
                }
                hiTail = e;
                hi++;
            }
        }
        if (loHead != NONE) {
            if (lo <= UNTREEIFY) {
                table[index] = untreeify(n, loHead);
            } else {
                table[index] = loHead;
                if (hiHead != NONE) { // else the tree is whole already
                    treeify(n, table, loHead);
                }
            }
        }
        if (hiHead != NONE) {
            if (hi <= UNTREEIFY) {
                table[index + bit] = untreeify(n, hiHead);
            } else {
                table[index + bit] = hiHead;
                if (loHead != NONE) {
                    treeify(n, table, hiHead);
                }
            }
        }
    }

    /** Removes {@code p} from its tree bin, as {@code TreeNode.removeTreeNode} with {@code movable}. */
    static void remove(TwinNodes n, int[] table, int p) {
        int[] next = n.next;
        int[] prev = n.prev;
        int[] parent = n.parent;
        int[] left = n.left;
        int[] right = n.right;
        boolean[] red = n.red;
        int index = (table.length - 1) & n.hashes[p];
        int first = table[index];
        int root = first;
        int succ = next[p];
        int pred = prev[p];
        if (pred == NONE) {
            table[index] = first = succ;
        } else {
            next[pred] = succ;
        }
        if (succ != NONE) {
            prev[succ] = pred;
        }
        if (first == NONE) {
            return;
        }
        if (parent[root] != NONE) {
            root = rootOf(n, root);
        }
        if (right[root] == NONE || left[root] == NONE || left[left[root]] == NONE) {
            table[index] = untreeify(n, first); // too small
            return;
        }
        int pl = left[p];
        int pr = right[p];
        int replacement;
        if (pl != NONE && pr != NONE) {
            int s = pr;
            while (left[s] != NONE) { // the successor
                s = left[s];
            }
            boolean c = red[s];
            red[s] = red[p];
            red[p] = c;
            int sr = right[s];
            int pp = parent[p];
            if (s == pr) {
                parent[p] = s;
                right[s] = p;
            } else {
                int sp = parent[s];
                parent[p] = sp;
                if (sp != NONE) {
                    if (s == left[sp]) {
                        left[sp] = p;
                    } else {
                        right[sp] = p;
                    }
                }
                right[s] = pr;
                parent[pr] = s;
            }
            left[p] = NONE;
            right[p] = sr;
            if (sr != NONE) {
                parent[sr] = p;
            }
            left[s] = pl;
            parent[pl] = s;
            parent[s] = pp;
            if (pp == NONE) {
                root = s;
            } else if (p == left[pp]) {
                left[pp] = s;
            } else {
                right[pp] = s;
            }
            replacement = sr != NONE ? sr : p;
        } else if (pl != NONE) {
            replacement = pl;
        } else if (pr != NONE) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            int pp = parent[p];
            parent[replacement] = pp;
            if (pp == NONE) {
                root = replacement;
                red[replacement] = false;
            } else if (p == left[pp]) {
                left[pp] = replacement;
            } else {
                right[pp] = replacement;
            }
            left[p] = NONE;
            right[p] = NONE;
            parent[p] = NONE;
        }
        int r = red[p] ? root : RedBlack.balanceDeletion(n, root, replacement);
        if (replacement == p) { // detach
            int pp = parent[p];
            parent[p] = NONE;
            if (pp != NONE) {
                if (p == left[pp]) {
                    left[pp] = NONE;
                } else if (p == right[pp]) {
                    right[pp] = NONE;
                }
            }
        }
        moveRootToFront(n, table, r);
    }

    /** A tree's root made the first node of its bin's list, as {@code moveRootToFront}. */
    static void moveRootToFront(TwinNodes n, int[] table, int root) {
        if (root == NONE) {
            return;
        }
        int index = (table.length - 1) & n.hashes[root];
        int first = table[index];
        if (root != first) {
            table[index] = root;
            int rp = n.prev[root];
            int rn = n.next[root];
            if (rn != NONE) {
                n.prev[rn] = rp;
            }
            if (rp != NONE) {
                n.next[rp] = rn;
            }
            if (first != NONE) {
                n.prev[first] = root;
            }
            n.next[root] = first;
            n.prev[root] = NONE;
        }
    }

    /** The order of a tree: by hash, then by key (distinct keys of one hash never compare equal). */
    private static int compare(TwinNodes n, int hash, long key, int node) {
        return n.hashes[node] != hash ? Integer.compare(hash, n.hashes[node]) : Long.compare(key, n.keys[node]);
    }
}

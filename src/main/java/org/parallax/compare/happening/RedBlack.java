package org.parallax.compare.happening;

import static org.parallax.compare.happening.TwinNodes.NONE;

/**
 * Red-black balancing of {@link TwinTrees}' trees, as {@code HashMap.TreeNode} balances (the textbook's algorithms,
 * with its choices where the textbook leaves one): where a tree's next node is linked in its bin's list depends on
 * the tree's shape, so the shapes must be the same.
 */
final class RedBlack {

    private RedBlack() {
    }

    /** The tree balanced after {@code x} was linked in: its root. */
    static int balanceInsertion(TwinNodes n, int root, int x) {
        int[] parent = n.parent;
        int[] left = n.left;
        int[] right = n.right;
        boolean[] red = n.red;
        red[x] = true;
        while (true) {
            int xp = parent[x];
            if (xp == NONE) {
                red[x] = false;
                return x;
            }
            int xpp = parent[xp];
            if (!red[xp] || xpp == NONE) {
                return root;
            }
            int xppl = left[xpp];
            if (xp == xppl) {
                int xppr = right[xpp];
                if (xppr != NONE && red[xppr]) {
                    red[xppr] = false;
                    red[xp] = false;
                    red[xpp] = true;
                    x = xpp;
                } else {
                    if (x == right[xp]) {
                        x = xp;
                        root = rotateLeft(n, root, x);
                        xp = parent[x];
                        xpp = xp == NONE ? NONE : parent[xp];
                    }
                    if (xp != NONE) {
                        red[xp] = false;
                        if (xpp != NONE) {
                            red[xpp] = true;
                            root = rotateRight(n, root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != NONE && red[xppl]) {
                    red[xppl] = false;
                    red[xp] = false;
                    red[xpp] = true;
                    x = xpp;
                } else {
                    if (x == left[xp]) {
                        x = xp;
                        root = rotateRight(n, root, x);
                        xp = parent[x];
                        xpp = xp == NONE ? NONE : parent[xp];
                    }
                    if (xp != NONE) {
                        red[xp] = false;
                        if (xpp != NONE) {
                            red[xpp] = true;
                            root = rotateLeft(n, root, xpp);
                        }
                    }
                }
            }
        }
    }

    /** The tree balanced after a black node's removal left {@code x} in its place: its root. */
    static int balanceDeletion(TwinNodes n, int root, int x) {
        int[] parent = n.parent;
        int[] left = n.left;
        int[] right = n.right;
        boolean[] red = n.red;
        while (true) {
            if (x == NONE || x == root) {
                return root;
            }
            int xp = parent[x];
            if (xp == NONE) {
                red[x] = false;
                return x;
            }
            if (red[x]) {
                red[x] = false;
                return root;
            }
            int xpl = left[xp];
            if (xpl == x) {
                int xpr = right[xp];
                if (xpr != NONE && red[xpr]) {
                    red[xpr] = false;
                    red[xp] = true;
                    root = rotateLeft(n, root, xp);
                    xp = parent[x];
                    xpr = xp == NONE ? NONE : right[xp];
                }
                if (xpr == NONE) {
                    x = xp;
                } else {
                    int sl = left[xpr];
                    int sr = right[xpr];
                    if ((sr == NONE || !red[sr]) && (sl == NONE || !red[sl])) {
                        red[xpr] = true;
                        x = xp;
                    } else {
                        if (sr == NONE || !red[sr]) {
                            if (sl != NONE) {
                                red[sl] = false;
                            }
                            red[xpr] = true;
                            root = rotateRight(n, root, xpr);
                            xp = parent[x];
                            xpr = xp == NONE ? NONE : right[xp];
                        }
                        if (xpr != NONE) {
                            red[xpr] = xp != NONE && red[xp];
                            sr = right[xpr];
                            if (sr != NONE) {
                                red[sr] = false;
                            }
                        }
                        if (xp != NONE) {
                            red[xp] = false;
                            root = rotateLeft(n, root, xp);
                        }
                        x = root;
                    }
                }
            } else { // the mirror image
                if (xpl != NONE && red[xpl]) {
                    red[xpl] = false;
                    red[xp] = true;
                    root = rotateRight(n, root, xp);
                    xp = parent[x];
                    xpl = xp == NONE ? NONE : left[xp];
                }
                if (xpl == NONE) {
                    x = xp;
                } else {
                    int sl = left[xpl];
                    int sr = right[xpl];
                    if ((sl == NONE || !red[sl]) && (sr == NONE || !red[sr])) {
                        red[xpl] = true;
                        x = xp;
                    } else {
                        if (sl == NONE || !red[sl]) {
                            if (sr != NONE) {
                                red[sr] = false;
                            }
                            red[xpl] = true;
                            root = rotateLeft(n, root, xpl);
                            xp = parent[x];
                            xpl = xp == NONE ? NONE : left[xp];
                        }
                        if (xpl != NONE) {
                            red[xpl] = xp != NONE && red[xp];
                            sl = left[xpl];
                            if (sl != NONE) {
                                red[sl] = false;
                            }
                        }
                        if (xp != NONE) {
                            red[xp] = false;
                            root = rotateRight(n, root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
    }

    private static int rotateLeft(TwinNodes n, int root, int p) {
        int[] parent = n.parent;
        int[] left = n.left;
        int[] right = n.right;
        int r;
        if (p != NONE && (r = right[p]) != NONE) {
            int rl = left[r];
            right[p] = rl;
            if (rl != NONE) {
                parent[rl] = p;
            }
            int pp = parent[p];
            parent[r] = pp;
            if (pp == NONE) {
                root = r;
                n.red[r] = false;
            } else if (left[pp] == p) {
                left[pp] = r;
            } else {
                right[pp] = r;
            }
            left[r] = p;
            parent[p] = r;
        }
        return root;
    }

    private static int rotateRight(TwinNodes n, int root, int p) {
        int[] parent = n.parent;
        int[] left = n.left;
        int[] right = n.right;
        int l;
        if (p != NONE && (l = left[p]) != NONE) {
            int lr = right[l];
            left[p] = lr;
            if (lr != NONE) {
                parent[lr] = p;
            }
            int pp = parent[p];
            parent[l] = pp;
            if (pp == NONE) {
                root = l;
                n.red[l] = false;
            } else if (right[pp] == p) {
                right[pp] = l;
            } else {
                left[pp] = l;
            }
            right[l] = p;
            parent[p] = l;
        }
        return root;
    }
}

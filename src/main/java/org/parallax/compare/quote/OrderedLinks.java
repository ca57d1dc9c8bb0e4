package org.parallax.compare.quote;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Joins every quote of one group to every later quote of another outside its article, in time linear in the two
 * groups rather than their product (two large groups of the same words, as when many outlets carry one wire story).
 *
 * <p>Swept in quote order, each later quote joins the earlier quotes of other articles seen so far. Those are kept as:
 * earlier quotes not yet joined, by article; one joined quote per article (all the joined quotes of an article are in
 * one group); and the group holding every joined quote of all articles but the last later quote's, known by up to two
 * of its quotes of different articles. So each later quote makes a few unions plus one per earlier quote joined for
 * the first time.
 */
final class OrderedLinks {

    private static final int NONE = Integer.MIN_VALUE;

    private OrderedLinks() {
    }

    /**
     * Unions {@code earlier[i]} with {@code later[j]} wherever {@code earlier[i] < later[j]} and their articles
     * differ. The two may be the same group (its quotes linking each other in order).
     */
    static void join(int[] earlier, int[] earlierArticles, int[] later, int[] laterArticles, UnionFind groups) {
        new Sweep(groups).run(earlier, earlierArticles, later, laterArticles);
    }

    private static final class Sweep {
        private final UnionFind groups;
        /** Earlier quotes seen and not yet joined to any later quote, by article. */
        private final Map<Integer, List<Integer>> pending = new LinkedHashMap<>();
        /** One joined earlier quote per article. */
        private final Map<Integer, Integer> anchor = new HashMap<>();
        /** The group of every joined earlier quote of all articles but {@link #except}: up to two of its quotes. */
        private int w1 = -1;
        private int w1Article;
        private int w2 = -1;
        private int w2Article;
        private int except = NONE;
        /** The quotes the current later quote joined, of up to two different articles. */
        private int n1;
        private int n1Article;
        private int n2;
        private int n2Article;

        Sweep(UnionFind groups) {
            this.groups = groups;
        }

        void run(int[] earlier, int[] earlierArticles, int[] later, int[] laterArticles) {
            int[] e = byQuote(earlier);
            int[] l = byQuote(later);
            int i = 0;
            int j = 0;
            while (j < l.length) {
                // a later quote first: it joins strictly earlier quotes only (the same quote, when the groups are one)
                if (i < e.length && earlier[e[i]] < later[l[j]]) {
                    pending.computeIfAbsent(earlierArticles[e[i]], k -> new ArrayList<>()).add(earlier[e[i]]);
                    i++;
                } else {
                    laterQuote(later[l[j]], laterArticles[l[j]]);
                    j++;
                }
            }
        }

        private void laterQuote(int q, int article) {
            n1 = -1;
            n2 = -1;
            if (w1 >= 0) { // the big group, through a quote of another article
                if (w1Article != article) {
                    joinTo(q, w1, w1Article);
                } else if (w2 >= 0) {
                    joinTo(q, w2, w2Article);
                }
                if (w2 >= 0 && w2Article != article && w1Article != article) {
                    note(w2, w2Article);
                }
            }
            if (except != NONE && except != article && anchor.containsKey(except)) {
                joinTo(q, anchor.get(except), except);
            }
            for (Iterator<Map.Entry<Integer, List<Integer>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Integer, List<Integer>> p = it.next();
                if (p.getKey() != article) {
                    for (int earlierQuote : p.getValue()) {
                        joinTo(q, earlierQuote, p.getKey());
                        anchor.putIfAbsent(p.getKey(), earlierQuote);
                    }
                    it.remove();
                }
            }
            if (n1 < 0) {
                return; // joined nothing: no earlier quote of another article yet
            }
            w1 = n1;
            w1Article = n1Article;
            w2 = n2;
            w2Article = n2Article;
            Integer own = anchor.get(article);
            if (w2 < 0 && own != null && groups.find(own) == groups.find(q)) {
                w2 = own;
                w2Article = article;
            }
            except = article;
        }

        private void joinTo(int q, int earlierQuote, int article) {
            groups.union(q, earlierQuote);
            note(earlierQuote, article);
        }

        private void note(int quote, int article) {
            if (n1 < 0) {
                n1 = quote;
                n1Article = article;
            } else if (n2 < 0 && article != n1Article) {
                n2 = quote;
                n2Article = article;
            }
        }

        /** Positions of {@code quotes} in quote order. */
        private static int[] byQuote(int[] quotes) {
            return IntStream.range(0, quotes.length).boxed().sorted((x, y) -> Integer.compare(quotes[x], quotes[y]))
                    .mapToInt(Integer::intValue).toArray();
        }
    }
}

package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ordered links in linear time give the same groups as joining every ordered pair of two articles. */
class OrderedLinksTest {

    @Test
    void theSameGroupsAsEveryPairOnSeededGroups() {
        Random random = new Random(20);
        for (int round = 0; round < 3000; round++) {
            int quotes = 2 + random.nextInt(24);
            int articles = 1 + random.nextInt(5);
            List<Integer> order = new ArrayList<>();
            for (int q = 0; q < quotes; q++) {
                order.add(q);
            }
            Collections.shuffle(order, random);
            int split = random.nextInt(quotes + 1);
            int[] a = order.subList(0, split).stream().mapToInt(Integer::intValue).toArray();
            int[] b = random.nextInt(5) == 0 ? a : order.subList(split, quotes).stream().mapToInt(Integer::intValue).toArray();
            int[] article = random.ints(quotes, 0, articles).toArray();
            int[] aArticles = java.util.Arrays.stream(a).map(q -> article[q]).toArray();
            int[] bArticles = java.util.Arrays.stream(b).map(q -> article[q]).toArray();
            UnionFind fast = new UnionFind(quotes);
            UnionFind every = new UnionFind(quotes);
            OrderedLinks.join(a, aArticles, b, bArticles, fast);
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    if (a[i] < b[j] && aArticles[i] != bArticles[j]) {
                        every.union(a[i], b[j]);
                    }
                }
            }
            for (int q = 0; q < quotes; q++) {
                assertThat(fast.find(q)).as("round %d quote %d", round, q).isEqualTo(every.find(q));
            }
        }
    }

    @Test
    void quotesOfOneArticleNeverJoinAndLaterOnesJoinEarlierOnesOnly() {
        UnionFind groups = new UnionFind(4);
        OrderedLinks.join(new int[] {0, 3}, new int[] {7, 8}, new int[] {1, 2}, new int[] {7, 9}, groups);
        // 0 (article 7) before 2 (article 9): joined; 0 and 1 share article 7; 3 comes after both
        assertThat(groups.find(2)).isEqualTo(0);
        assertThat(groups.find(1)).isEqualTo(1);
        assertThat(groups.find(3)).isEqualTo(3);
    }

    @Test
    void twoLargeGroupsOfEqualQuotesTakeLinearTime() {
        int n = 200_000;
        int[] a = new int[n];
        int[] b = new int[n];
        int[] aArticles = new int[n];
        int[] bArticles = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * i;
            b[i] = 2 * i + 1;
            aArticles[i] = i;
            bArticles[i] = i;
        }
        UnionFind groups = new UnionFind(2 * n);
        OrderedLinks.join(a, aArticles, b, bArticles, groups); // n² = 4·10¹⁰ pairs would not end
        assertThat(groups.find(2 * n - 1)).isZero();
        assertThat(groups.find(1)).isEqualTo(1); // quote 1 (article 0) follows only quote 0, of its own article
    }
}

package org.parallax.compare.happening;

import java.util.stream.IntStream;

/**
 * Each article's summed cosine with every article it is paired with, as {@link ArticleStories}' merging starts from:
 * one {@link TwinMap} per article, each pair put in both articles' maps in the order of the pairs' map, as one loop
 * putting both sides of each pair in turn would. A map's layout depends only on the calls made to it, so each is
 * filled on its own, on every core, from its own list of partners: the loop over all pairs was the merging's largest
 * part, on one core, each put into another article's map.
 */
final class GroupSums {

    private GroupSums() {
    }

    /** The maps of articles {@code 0 .. n - 1} from the pairs' map (pair key: the two indices, the smaller high). */
    static TwinMap[] of(TwinMap pairs, int n) {
        int[] count = new int[n + 1];
        for (int e = pairs.first(); e != TwinMap.END; e = pairs.next(e)) {
            long key = pairs.key(e);
            count[(int) (key >> 32) + 1]++;
            count[(int) key + 1]++;
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i]; // now where each article's partners start
        }
        int[] partner = new int[count[n]];
        double[] sum = new double[count[n]];
        int[] filled = new int[n];
        for (int e = pairs.first(); e != TwinMap.END; e = pairs.next(e)) {
            long key = pairs.key(e);
            int a = (int) (key >> 32);
            int b = (int) key;
            int at = count[a] + filled[a]++;
            partner[at] = b;
            sum[at] = pairs.value(e);
            at = count[b] + filled[b]++;
            partner[at] = a;
            sum[at] = pairs.value(e);
        }
        TwinMap[] out = new TwinMap[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            TwinMap map = TwinMap.ofIntegers();
            for (int at = count[i]; at < count[i + 1]; at++) {
                map.put(partner[at], sum[at]);
            }
            out[i] = map;
        });
        return out;
    }
}

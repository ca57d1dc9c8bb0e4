package org.parallax.compare.happening;

import java.util.stream.IntStream;

/**
 * Each article's summed cosine with every article it is paired with, as {@link ArticleStories}' merging starts from:
 * one {@link PartnerSums} per article. The partners are first listed article by article in plain arrays, then each
 * article's map is filled on its own, on every core: the loop over all pairs putting both sides of each was the
 * merging's largest part, on one core.
 */
final class GroupSums {

    private GroupSums() {
    }

    /** The maps of articles {@code 0 .. n - 1} from the pairs (pair key: the two indices, the smaller high). */
    static PartnerSums[] of(PairSums pairs, int n) {
        int[] count = new int[n + 1];
        for (int e = 0; e < pairs.size(); e++) {
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
        for (int e = 0; e < pairs.size(); e++) {
            long key = pairs.key(e);
            int a = (int) (key >> 32);
            int b = (int) key;
            int at = count[a] + filled[a]++;
            partner[at] = b;
            sum[at] = pairs.sum(e);
            at = count[b] + filled[b]++;
            partner[at] = a;
            sum[at] = pairs.sum(e);
        }
        PartnerSums[] out = new PartnerSums[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            PartnerSums map = new PartnerSums(count[i + 1] - count[i]);
            for (int at = count[i]; at < count[i + 1]; at++) {
                map.put(partner[at], sum[at]);
            }
            out[i] = map;
        });
        return out;
    }
}

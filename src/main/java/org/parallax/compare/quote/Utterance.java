package org.parallax.compare.quote;

import java.util.Arrays;
import java.util.List;

/**
 * Core quotes with the same words, the same speaker key and the same kind (direct or not): every link rule says the
 * same of any two of them, so {@link CoreLinks} compares each such utterance once, however many articles repeat it
 * (wire copies, a generated corpus). Holds what the rules and the blocking read, as numbers.
 *
 * @param members          the quotes' indices, ascending
 * @param memberArticles   each member's article as a number
 * @param articles         the distinct articles, ascending
 * @param words            the words (the equal-words rule)
 * @param coded            stems as numbers and content flags, in order ({@link QuoteSimilarity#match})
 * @param sortedStems      the stems sorted, repeats kept (bounds on the common subsequence)
 * @param sortedContent    the stems of the content words sorted, repeats kept (bounds on its content words)
 * @param distinctContent  the content stems sorted, once each (the candidate rule: one shared content stem)
 * @param classes          the content classes sorted, once each (the translation rule)
 * @param who              the speaker key, null for none
 * @param direct           whether the quotes are direct
 */
record Utterance(int[] members, int[] memberArticles, int[] articles, List<String> words,
                 QuoteSimilarity.Coded coded, int[] sortedStems, int[] sortedContent, int[] distinctContent,
                 int[] classes, String who, boolean direct) {

    int size() {
        return coded.size();
    }

    static Utterance of(int[] members, int[] memberArticles, List<String> words, QuoteSimilarity.Coded coded,
                        int[] classes, String who, boolean direct) {
        int[] content = contentStems(coded);
        return new Utterance(members, memberArticles, Arrays.stream(memberArticles).distinct().sorted().toArray(),
                words, coded, Arrays.stream(coded.stems()).sorted().toArray(), content,
                Arrays.stream(content).distinct().toArray(), Arrays.stream(classes).distinct().sorted().toArray(),
                who, direct);
    }

    private static int[] contentStems(QuoteSimilarity.Coded coded) {
        int[] out = new int[coded.size()];
        int n = 0;
        for (int k = 0; k < coded.size(); k++) {
            if (coded.content()[k]) {
                out[n++] = coded.stems()[k];
            }
        }
        int[] content = Arrays.copyOf(out, n);
        Arrays.sort(content);
        return content;
    }
}

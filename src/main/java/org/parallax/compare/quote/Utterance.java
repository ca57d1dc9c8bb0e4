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
 * @param runs             a hash of every run of {@value QuoteSimilarity#MIN_RUN} stems, sorted, once each (the
 *                         common-run rules: two quotes without a hash in common have no such run in common)
 * @param who              the speaker key, null for none
 * @param direct           whether the quotes are direct
 */
record Utterance(int[] members, int[] memberArticles, int[] articles, List<String> words,
                 QuoteSimilarity.Coded coded, int[] sortedStems, int[] sortedContent, int[] distinctContent,
                 int[] classes, long[] runs, String who, boolean direct) {

    int size() {
        return coded.size();
    }

    /** Whether every member stands in one article, the same as every member of {@code other}: no link can join them. */
    boolean inOneArticleWith(Utterance other) {
        return articles.length == 1 && other.articles.length == 1 && articles[0] == other.articles[0];
    }

    /** Whether the two may have a common run of {@value QuoteSimilarity#MIN_RUN} stems (a hash collision says yes). */
    boolean mayShareRun(Utterance other) {
        return sharesAny(runs, other.runs);
    }

    static Utterance of(int[] members, int[] memberArticles, List<String> words, QuoteSimilarity.Coded coded,
                        int[] classes, String who, boolean direct) {
        int[] content = contentStems(coded);
        return new Utterance(members, memberArticles, Arrays.stream(memberArticles).distinct().sorted().toArray(),
                words, coded, Arrays.stream(coded.stems()).sorted().toArray(), content,
                Arrays.stream(content).distinct().toArray(), Arrays.stream(classes).distinct().sorted().toArray(),
                runKeys(coded.stems()), who, direct);
    }

    /** The hashes of every run of {@value QuoteSimilarity#MIN_RUN} stems, sorted, once each. */
    private static long[] runKeys(int[] stems) {
        int count = Math.max(0, stems.length - QuoteSimilarity.MIN_RUN + 1);
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            keys[k] = runKey(stems, k);
        }
        return Arrays.stream(keys).sorted().distinct().toArray();
    }

    /** A well-mixed hash of the {@value QuoteSimilarity#MIN_RUN} stems from {@code from}. */
    private static long runKey(int[] stems, int from) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = from; k < from + QuoteSimilarity.MIN_RUN; k++) {
            h = (h ^ stems[k]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    private static boolean sharesAny(long[] sortedA, long[] sortedB) {
        int i = 0;
        int j = 0;
        while (i < sortedA.length && j < sortedB.length) {
            if (sortedA[i] == sortedB[j]) {
                return true;
            }
            if (sortedA[i] < sortedB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
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

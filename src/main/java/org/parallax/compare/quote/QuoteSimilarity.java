package org.parallax.compare.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The measures quote clustering uses, all on {@link QuoteWords} (lower case, punctuation stripped, light stems),
 * and the link rules built from them. Every threshold is a constant here.
 *
 * <ul>
 *   <li><b>containment</b>: the longest common subsequence of stems (the shorter's words found in order in the
 *       longer) divided by the shorter's length. 1.0 for a trimmed copy or one piece of a split quote.</li>
 *   <li><b>longest common run</b>: the longest run of consecutive stems both share.</li>
 *   <li><b>content overlap</b>: distinct content-word classes (function words dropped, related words of
 *       {@code related-words.txt} merged) both share, divided by the smaller quote's count.</li>
 * </ul>
 *
 * <p>Rules (different articles; see {@link QuoteClusterer}):
 * <ul>
 *   <li>{@link #textLink text link} (speakers naming the same person): the shorter has at least
 *       {@value #MIN_TEXT_WORDS} words, containment at least {@value #TEXT_CONTAINMENT} and at least
 *       {@value #MIN_SHARED_CONTENT} content words in the common subsequence; or a common run of at least
 *       {@value #MIN_RUN} words with {@value #MIN_RUN_CONTENT} content words in it. Verbatim, trimmed, extended,
 *       split and lightly altered copies.</li>
 *   <li>{@link #translationLink translation link} (the same person, direct quotes only): at least
 *       {@value #MIN_TRANSLATION_SHARED} shared content classes, at least {@value #TRANSLATION_OVERLAP} of the
 *       smaller's. A different translation of the same words keeps most content words (or their related words) in
 *       a different order.</li>
 *   <li>{@link #copyLink copy link} (whoever the speakers are, or if one names nobody): {@link #nearVerbatim
 *       near-verbatim}, the shorter has at least {@value #MIN_NEAR_VERBATIM_WORDS} words and containment at least
 *       {@value #NEAR_VERBATIM}; or a common run as in the text link covering half the shorter. Outlets that
 *       credit the same words to different people (or to nobody) still carry one utterance.</li>
 * </ul>
 */
public final class QuoteSimilarity {

    public static final int MIN_TEXT_WORDS = 3;
    public static final double TEXT_CONTAINMENT = 0.8;
    public static final int MIN_SHARED_CONTENT = 2;
    public static final int MIN_RUN = 6;
    public static final int MIN_RUN_CONTENT = 3;
    public static final int MIN_TRANSLATION_SHARED = 4;
    public static final double TRANSLATION_OVERLAP = 0.6;
    public static final int MIN_NEAR_VERBATIM_WORDS = 6;
    public static final double NEAR_VERBATIM = 0.9;

    private final QuoteLexicon lexicon;

    public QuoteSimilarity(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static QuoteSimilarity standard() {
        return new QuoteSimilarity(QuoteLexicon.standard());
    }

    /**
     * How two word sequences line up.
     *
     * @param lcs        length of the longest common subsequence of stems
     * @param lcsContent content words among them
     * @param run        longest common run of consecutive stems
     * @param runContent content words in that run
     * @param shorter    the shorter's length
     * @param longer     the longer's length
     */
    public record Match(int lcs, int lcsContent, int run, int runContent, int shorter, int longer) {

        /** Share of the shorter's words found in order in the longer. */
        public double containment() {
            return shorter == 0 ? 0 : (double) lcs / shorter;
        }

        /** Share of the longer's words the common subsequence covers. */
        public double coverage() {
            return longer == 0 ? 0 : (double) lcs / longer;
        }
    }

    public Match match(QuoteWords a, QuoteWords b) {
        Map<String, Integer> ids = new HashMap<>();
        return match(code(a, ids), code(b, ids));
    }

    /** A quote's stems as numbers from {@code ids} (equal stems, equal numbers) and which words are content words. */
    Coded code(QuoteWords w, Map<String, Integer> ids) {
        int[] stems = new int[w.size()];
        boolean[] content = new boolean[w.size()];
        for (int k = 0; k < stems.length; k++) {
            stems[k] = ids.computeIfAbsent(w.stems().get(k), x -> ids.size());
            content[k] = isContent(w.words().get(k));
        }
        return new Coded(stems, content);
    }

    /** A quote's stems as numbers, in order, and whether each word is a content word: what {@link #match} reads. */
    record Coded(int[] stems, boolean[] content) {
        int size() {
            return stems.length;
        }
    }

    /**
     * The {@link Match} of two coded quotes (the shorter is {@code a} when they are as long), in two rows of the
     * table: the content words of the common subsequence are those of the path a walk back through the full table
     * takes (the diagonal on equal stems, else up when up is at least as long as left), carried forward per cell.
     */
    static Match match(Coded a, Coded b) {
        Coded s = a.size() <= b.size() ? a : b;
        int[] l = s == a ? b.stems() : a.stems();
        int n = s.size();
        int m = l.length;
        int[] lcsPrev = new int[m + 1];
        int[] lcsCur = new int[m + 1];
        int[] contentPrev = new int[m + 1];
        int[] contentCur = new int[m + 1];
        int[] runPrev = new int[m + 1];
        int[] runCur = new int[m + 1];
        int bestRun = 0;
        int bestRunEnd = 0;
        for (int i = 1; i <= n; i++) {
            int si = s.stems()[i - 1];
            int content = s.content()[i - 1] ? 1 : 0;
            for (int j = 1; j <= m; j++) {
                if (si == l[j - 1]) {
                    lcsCur[j] = lcsPrev[j - 1] + 1;
                    contentCur[j] = contentPrev[j - 1] + content;
                    runCur[j] = runPrev[j - 1] + 1;
                    if (runCur[j] > bestRun) {
                        bestRun = runCur[j];
                        bestRunEnd = i;
                    }
                } else {
                    runCur[j] = 0;
                    boolean up = lcsPrev[j] >= lcsCur[j - 1];
                    lcsCur[j] = up ? lcsPrev[j] : lcsCur[j - 1];
                    contentCur[j] = up ? contentPrev[j] : contentCur[j - 1];
                }
            }
            int[] t = lcsPrev;
            lcsPrev = lcsCur;
            lcsCur = t;
            t = contentPrev;
            contentPrev = contentCur;
            contentCur = t;
            t = runPrev;
            runPrev = runCur;
            runCur = t;
        }
        int runContent = 0;
        for (int k = bestRunEnd - bestRun; k < bestRunEnd; k++) {
            if (s.content()[k]) {
                runContent++;
            }
        }
        return new Match(lcsPrev[m], contentPrev[m], bestRun, runContent, n, m);
    }

    /** Length of the longest common subsequence of two word lists. */
    public static int lcs(java.util.List<String> a, java.util.List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    boolean isContent(String word) {
        return !lexicon.isStopword(word) && !lexicon.isStopword(QuoteLexicon.stem(word));
    }

    /** Verbatim, trimmed, extended, split or lightly altered copies of the same words. */
    public boolean textLink(QuoteWords a, QuoteWords b) {
        return textLink(match(a, b));
    }

    public static boolean textLink(Match m) {
        boolean contained = m.shorter() >= MIN_TEXT_WORDS && m.containment() >= TEXT_CONTAINMENT
                && m.lcsContent() >= MIN_SHARED_CONTENT;
        boolean run = m.run() >= MIN_RUN && m.runContent() >= MIN_RUN_CONTENT;
        return contained || run;
    }

    /** The same words in another translation: most content classes shared, order free. */
    public boolean translationLink(QuoteWords a, QuoteWords b) {
        int shared = sharedContent(a.content(), b.content());
        int smaller = Math.min(a.content().size(), b.content().size());
        return shared >= MIN_TRANSLATION_SHARED && smaller > 0 && (double) shared / smaller >= TRANSLATION_OVERLAP;
    }

    /** A copy this close links quotes whoever they are credited to (or if to nobody). */
    public boolean nearVerbatim(QuoteWords a, QuoteWords b) {
        return nearVerbatim(match(a, b));
    }

    public static boolean nearVerbatim(Match m) {
        return m.shorter() >= MIN_NEAR_VERBATIM_WORDS && m.containment() >= NEAR_VERBATIM;
    }

    /**
     * Whether two quotes could be a {@link #copyLink copy} at all, from their stems as sorted numbers (equal stems,
     * equal numbers): the stems they share (an upper bound of the common subsequence) must be at least
     * {@value #MIN_RUN} (or what {@link #nearVerbatim near-verbatim} needs, if fewer) and half the shorter's.
     */
    public static boolean mayCopy(int[] sortedA, int[] sortedB) {
        int shared = shared(sortedA, sortedB);
        int least = Math.min(MIN_RUN, (int) Math.ceil(NEAR_VERBATIM * MIN_NEAR_VERBATIM_WORDS));
        return shared >= least && 2 * shared >= Math.min(sortedA.length, sortedB.length);
    }

    /**
     * The same words, strong enough evidence to link quotes whatever speakers their articles name: near-verbatim, or
     * a common run of at least {@value #MIN_RUN} words with {@value #MIN_RUN_CONTENT} content words in it that covers
     * half the shorter quote (a shared opening such as "a 10-year-old girl was killed" alone is not enough).
     */
    public static boolean copyLink(Match m) {
        return nearVerbatim(m)
                || m.run() >= MIN_RUN && m.runContent() >= MIN_RUN_CONTENT && 2 * m.run() >= m.shorter();
    }

    /** {@link #translationLink} on the two quotes' content classes as sorted distinct numbers. */
    static boolean translationLink(int[] sortedClassesA, int[] sortedClassesB) {
        int shared = shared(sortedClassesA, sortedClassesB);
        int smaller = Math.min(sortedClassesA.length, sortedClassesB.length);
        return shared >= MIN_TRANSLATION_SHARED && smaller > 0 && (double) shared / smaller >= TRANSLATION_OVERLAP;
    }

    /** How many numbers two sorted arrays share, repeats counted as often as both hold them. */
    static int shared(int[] sortedA, int[] sortedB) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < sortedA.length && j < sortedB.length) {
            if (sortedA[i] == sortedB[j]) {
                shared++;
                i++;
                j++;
            } else if (sortedA[i] < sortedB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    public static int sharedContent(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.retainAll(b);
        return s.size();
    }

    /**
     * The least overlap k (at least {@code floor}) with k / size at least {@code share}, 0 if none up to size: the
     * same double quotient the link rules compare, so blocking by it (desktop or Spark job) misses no link.
     */
    public static int leastShared(int size, int floor, double share) {
        for (int k = floor; k <= size; k++) {
            if (size > 0 && (double) k / size >= share) {
                return Math.max(k, 1);
            }
        }
        return 0;
    }
}

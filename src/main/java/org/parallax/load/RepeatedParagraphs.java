package org.parallax.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops paragraphs that repeat an earlier one, as pages do when a block of the article is rendered twice:
 * <ul>
 *   <li>the same as the paragraph just before it (a headline printed twice), whatever its length;</li>
 *   <li>the same as any earlier paragraph, if it has at least {@value #MIN_REPEAT_WORDS} words (a short line
 *       such as "Yes." or "* * *" may well recur on purpose);</li>
 *   <li>a truncated copy: the start of an earlier paragraph, cut anywhere (mid-word, or with "..."), at least
 *       {@value #MIN_TRUNCATED_CHARS} characters and {@value #MIN_TRUNCATED_WORDS} words long so that a
 *       shared opening like "The minister said" is not taken for one.</li>
 * </ul>
 * Paragraphs are compared by {@link ComparisonKey}. Exact repeats are found in a hash set; truncated ones in a
 * sorted set, where every key starting with a given prefix sorts right after it, so one ceiling look-up answers
 * "is this the start of an earlier paragraph" in logarithmic time, with no pairwise comparison.
 */
final class RepeatedParagraphs {

    static final int MIN_REPEAT_WORDS = 3;
    static final int MIN_TRUNCATED_CHARS = 40;
    static final int MIN_TRUNCATED_WORDS = 6;

    /** @param kept the paragraphs to keep, in order; @param dropped the repeats, in order */
    record Result(List<Located> kept, List<Located> dropped) {
    }

    Result drop(List<Located> paragraphs) {
        List<Located> kept = new ArrayList<>(paragraphs.size());
        List<Located> dropped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TreeSet<String> byPrefix = new TreeSet<>();
        String previous = null;
        for (Located paragraph : paragraphs) {
            String key = ComparisonKey.of(paragraph.text());
            if (key.equals(previous) || isRepeat(key, seen) || isTruncatedRepeat(key, byPrefix)) {
                dropped.add(paragraph);
                continue;
            }
            kept.add(paragraph);
            seen.add(key);
            byPrefix.add(key);
            previous = key;
        }
        return new Result(kept, dropped);
    }

    private static boolean isRepeat(String key, Set<String> seen) {
        return seen.contains(key) && LineShape.wordCount(key) >= MIN_REPEAT_WORDS;
    }

    private static boolean isTruncatedRepeat(String key, TreeSet<String> byPrefix) {
        String start = withoutTrailingEllipsis(key);
        if (start.length() < MIN_TRUNCATED_CHARS || LineShape.wordCount(start) < MIN_TRUNCATED_WORDS) {
            return false;
        }
        String candidate = byPrefix.ceiling(start);
        return candidate != null && candidate.startsWith(start);
    }

    /** "…" is "..." in a key; a cut-off copy often ends with it. A single full stop is kept: it ends a sentence. */
    static String withoutTrailingEllipsis(String key) {
        if (!key.endsWith("...")) {
            return key;
        }
        int end = key.length();
        while (end > 0 && (key.charAt(end - 1) == '.' || key.charAt(end - 1) == ' ')) {
            end--;
        }
        return key.substring(0, end);
    }
}

package org.parallax.load;

/**
 * Decides whether the first line of an article is its headline: a short line that does not end a sentence and
 * is not the first piece of a wrapped sentence. The metadata title, when the line equals it, settles it.
 */
final class HeadlineDetector {

    static final int MAX_WORDS = 25;
    private static final int MIN_WORDS = 2;
    private static final int MAX_BYLINE_WORDS = 6;
    /**
     * @param line       the first non-blank line of the body
     * @param next       the line right after it in the same block, or {@code null} when a blank line or the end
     *                   of the text follows
     * @param knownTitle the title from metadata, or empty
     */
    boolean isHeadline(String line, String next, String knownTitle) {
        if (line.isEmpty()) {
            return false;
        }
        if (!knownTitle.isEmpty() && ComparisonKey.of(line).equals(ComparisonKey.of(knownTitle))) {
            return true;
        }
        int words = LineShape.wordCount(line);
        return words >= MIN_WORDS && words <= MAX_WORDS
                && !LineShape.endsParagraph(line)
                && !LineShape.obviouslyContinues(line)
                && !LineShape.isBullet(line)
                && !isByline(line, words)
                && !line.contains("@") && !line.contains("://")
                && (next == null || !LineShape.startsLowercase(next));
    }

    /** "By Jane Doe" names the writer; it stays in the text but is not a headline. */
    private static boolean isByline(String line, int words) {
        return words <= MAX_BYLINE_WORDS && line.regionMatches(true, 0, "by ", 0, 3);
    }
}

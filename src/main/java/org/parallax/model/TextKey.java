package org.parallax.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A stable name for words in an article, for a user's correction to find its target again after the extractor
 * changes: the article, where the words were, and a hash of the words themselves. When a new extraction moves the
 * words (a cleaned line less above them), the hash still finds them.
 *
 * @param articleId the article
 * @param start     where the words started when the key was made
 * @param end       where they ended (exclusive)
 * @param textHash  {@link #hash} of the words
 */
public record TextKey(String articleId, int start, int end, String textHash) {

    public TextKey {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(textHash, "textHash");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad key span [" + start + ", " + end + ") in " + articleId);
        }
    }

    /** The key of a span's words; {@code text} is the words the span covers. */
    public static TextKey of(Span span, String text) {
        return new TextKey(span.articleId(), span.start(), span.end(), hash(text));
    }

    /** The first 16 hex digits of the SHA-256 of the words, white space collapsed so re-wrapping does not count. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code span} covering {@code text} is the same words in the same place. */
    public boolean isExactly(Span span, String text) {
        return span.articleId().equals(articleId) && span.start() == start && span.end() == end
                && hash(text).equals(textHash);
    }

    /** Whether {@code text} of the same article is the same words, wherever they now are. */
    public boolean sameWords(String articleOfText, String text) {
        return articleId.equals(articleOfText) && hash(text).equals(textHash);
    }
}

package org.parallax.model;

import java.util.Objects;

/**
 * A run of characters {@code [start, end)} in one article's cleaned text. Every extracted item
 * carries one, so the UI can always lead back to the exact words it came from.
 */
public record Span(String articleId, int start, int end) implements Comparable<Span> {

    public Span {
        Objects.requireNonNull(articleId, "articleId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + articleId);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return articleId.equals(other.articleId) && start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return articleId.equals(other.articleId) && start < other.end && other.start < end;
    }

    /** The covered characters of {@code text}, which must be this span's article text. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        int c = articleId.compareTo(o.articleId);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}

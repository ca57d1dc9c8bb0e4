package org.parallax.text;

import java.util.Objects;

/**
 * One token of an article: the characters {@code [start, end)} of the article text.
 *
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param text  the covered characters
 */
public record Token(int start, int end, String text) {

    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") '" + text + "'");
        }
    }
}

package org.parallax.text;

import java.util.Objects;

/**
 * A word of a text by its offsets: the characters {@code [start, end)}.
 *
 * @param start offset of the first character in the text
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

    /** Whether it starts with a capital letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}

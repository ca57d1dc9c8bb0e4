package org.parallax.text;

import java.util.List;

/**
 * One sentence of an article: the characters {@code [start, end)} of the article text (without the
 * surrounding white space) and its tokens, whose offsets are also into the article text.
 *
 * @param index     the position of the sentence in its article, from 0
 * @param paragraph the paragraph it belongs to, from 0 (paragraphs are separated by a blank line)
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
    }

    /** The covered characters of {@code articleText}. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}

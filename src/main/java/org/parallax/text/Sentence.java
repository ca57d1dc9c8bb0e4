package org.parallax.text;

/**
 * One sentence of a text: the characters {@code [start, end)} of the text, without the surrounding white space.
 *
 * @param index     the position of the sentence in its text, from 0
 * @param paragraph the paragraph it belongs to, from 0 (paragraphs are separated by a blank line)
 */
public record Sentence(int index, int paragraph, int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
        }
    }

    /** The covered characters of {@code text}. */
    public String text(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}

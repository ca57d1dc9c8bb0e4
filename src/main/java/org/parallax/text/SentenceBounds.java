package org.parallax.text;

/**
 * The sentence around a stretch of text, found by punctuation alone: back to the last sentence end before it, on to
 * the first after it. For places that hold one span and want its sentence (a figure's, a quote's) without splitting
 * the whole article; a sentence end is a line break, or ". ", "! ", "? " (also after a closing quote mark).
 *
 * @param start where the sentence starts in the text
 * @param end   where it ends (exclusive)
 */
public record SentenceBounds(int start, int end) {

    /** The sentence around {@code [from, to)} of {@code text}; offsets past the end are clamped. */
    public static SentenceBounds around(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, text.length()));
        while (start > 0 && !endsBefore(text, start)) {
            start--;
        }
        int end = Math.max(start, Math.min(to, text.length()));
        while (end < text.length() && !endsBefore(text, end)) {
            end++;
        }
        return new SentenceBounds(start, end);
    }

    /** The sentence's words, without the white space around them. */
    public String text(String text) {
        return text.substring(start, end).strip();
    }

    private static boolean endsBefore(String t, int i) {
        char c = t.charAt(i - 1);
        if (c == '\n') {
            return true;
        }
        if (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
            return false;
        }
        return c == '.' || c == '!' || c == '?' || (c == '”' || c == '"') && i >= 2 && ".!?".indexOf(t.charAt(i - 2)) >= 0;
    }
}

package org.parallax.extract.time;

/**
 * The line breaks of an article's text as its mentions ask for them, in text order: the last one before a position. The
 * text is read once per article, back from the position asked to where the last question left off, stopping at the
 * first break found (the chars before it cannot hold a later one); a question behind the last one reads back on its
 * own. The tagger read every char forward with the cursor in fields, which C1 stores again at every turn of a loop.
 */
final class LineBreaks {

    private final char[] text;
    /** How far the text was read. */
    private int cursor;
    /** The last line break before {@link #cursor}, or -1. */
    private int last = -1;

    LineBreaks(char[] text) {
        this.text = text;
    }

    /** The index of the last {@code '\n'} before {@code at}, or -1. */
    int lastBefore(int at) {
        char[] text = this.text;
        if (at < cursor) {
            int k = at - 1;
            while (k >= 0 && text[k] != '\n') {
                k--;
            }
            return k;
        }
        int read = cursor;
        int k = at - 1;
        while (k >= read && text[k] != '\n') {
            k--;
        }
        if (k >= read) {
            last = k;
        }
        cursor = at;
        return last;
    }
}

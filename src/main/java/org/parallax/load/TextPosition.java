package org.parallax.load;

/**
 * A 1-based line and column in a text, the way an editor shows them: a line ends at '\n', "\r\n" or a lone
 * '\r', and the column counts characters (code points), not bytes.
 */
record TextPosition(int line, int column) {

    /** The position of the character at {@code offset} (a {@code String} index) in {@code text}. */
    static TextPosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + Character.codePointCount(text, lineStart, end);
        return new TextPosition(line, column);
    }

    /** "line 3, column 17", for a warning's sentence. */
    String describe() {
        return "line " + line + ", column " + column;
    }

    LoadWarning warning(String file, String message) {
        return new LoadWarning(file, line, column, message);
    }
}

package org.parallax.load;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into lines with their whitespace normalised; the characters themselves are kept as written. */
final class LineText {

    private LineText() {
    }

    /** The lines of {@code text}; a blank line becomes an empty string. Tolerates stray CR line ends and a BOM. */
    static List<Located> split(String text) {
        List<Located> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int number = 0;
        for (int i = start; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                lines.add(new Located(number++, normalise(text, start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** Tabs, NBSP and other Unicode spaces become one space each run; leading and trailing ones go. */
    static String normalise(String text) {
        return normalise(text, 0, text.length());
    }

    private static String normalise(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean pendingSpace = false;
        boolean visible = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
            // A line of nothing but zero-width or format characters is blank to a reader.
            visible |= !isFormat(c);
        }
        return visible ? out.toString() : "";
    }

    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Invisible format characters: soft hyphen, zero-width space and joiners, BOM. */
    static boolean isFormat(char c) {
        return c >= 0xAD && Character.getType(c) == Character.FORMAT;
    }
}

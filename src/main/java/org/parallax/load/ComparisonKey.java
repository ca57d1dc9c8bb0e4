package org.parallax.load;

import java.util.Locale;

/**
 * Forms of a text used only to compare it, never shown: two paragraphs are "the same" when they differ only in
 * whitespace, quote, apostrophe or dash style (and, for {@link #of}, letter case).
 */
final class ComparisonKey {

    private ComparisonKey() {
    }

    /** Lower-cased {@link #plain} form: the key for repeated paragraphs and titles. */
    static String of(String text) {
        return plain(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Typographic quotes and apostrophes to ASCII, dashes to '-', '…' to "...", format characters (soft
     * hyphen, zero-width space) dropped, whitespace collapsed and stripped. Case is kept.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LineText.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (LineText.isFormat(c)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '`', '\u00B4' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
                case '\u2026' -> out.append("...");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

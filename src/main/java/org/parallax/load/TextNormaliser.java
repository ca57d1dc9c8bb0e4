package org.parallax.load;

import java.text.Normalizer;

/**
 * Puts decoded text into the one shape the rest of Parallax expects: '\n' line ends, no invisible control
 * characters, Unicode NFC. Span offsets index into this form, so every reader passes its text through here.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static String normalise(String s) {
        String t = s;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1); // a byte-order mark that survived decoding is not text
        }
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (needsControlCleanup(t)) {
            t = cleanControls(t);
        }
        // Checking first is cheap and spares a copy of a large file that is already in NFC (most are).
        return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static boolean needsControlCleanup(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isUnwanted(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String cleanControls(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                // Page and line separators still separate: keep them as line breaks.
                case '\u000B', '\u000C', '\u0085', '\u2028' -> sb.append('\n');
                case '\u2029' -> sb.append("\n\n");
                default -> {
                    if (!isUnwanted(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** C0 controls other than tab and newline, DEL, C1 controls, and the separators mapped above. */
    private static boolean isUnwanted(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}

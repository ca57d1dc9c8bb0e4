package org.parallax.load;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file's bytes as text, or the reason they are not text.
 *
 * @param text      the normalised text, {@code null} when the file was refused
 * @param charset   the encoding used, {@code null} when refused
 * @param guessed   true when the encoding is a fallback chosen because the bytes were not valid UTF-8 (an HTML
 *                  file's own charset declaration should then win)
 * @param warnings  what was odd about the bytes and what was done about it
 */
record DecodedText(String text, Charset charset, boolean guessed, List<LoadWarning> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }

    static DecodedText refused(LoadWarning why) {
        return new DecodedText(null, null, false, List.of(why));
    }

    boolean isRefused() {
        return text == null;
    }
}

package org.parallax.ui.compare;

import java.util.Objects;

/**
 * A run of words with one {@link Mark}.
 *
 * @param text     the words as this version gives them (for {@link Mark#MISSING}: the base's words it leaves out)
 * @param baseText for {@link Mark#CHANGED}: the base's words this run replaces (empty when the words have no place
 *                 in the base at all); else empty
 */
public record DiffRun(Mark mark, String text, String baseText) {

    public DiffRun {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(text, "text");
        baseText = baseText == null ? "" : baseText;
    }

    public DiffRun(Mark mark, String text) {
        this(mark, text, "");
    }

    /** The number of words in the run. */
    public int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** What a screen reader says for it: the words, prefixed with the mark when they differ ("added: …"). */
    public String describe() {
        return switch (mark) {
            case SAME -> text;
            case CHANGED -> "changed: " + text + (baseText.isEmpty() ? " (no counterpart in the base)"
                    : " (instead of: " + baseText + ")");
            default -> mark.label() + ": " + text;
        };
    }
}

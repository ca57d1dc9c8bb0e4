package org.parallax.load;

import java.util.Objects;

/**
 * A problem found while loading, located as precisely as the input allows.
 *
 * @param file    the file it concerns, as the user would recognise it (name relative to the opened folder)
 * @param line    1-based line, or 0 when not known
 * @param column  1-based column, or 0 when not known
 * @param message what is wrong and what Parallax did about it, in one sentence
 */
public record LoadWarning(String file, int line, int column, String message) {

    public LoadWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, 0 for unknown");
        }
    }

    public static LoadWarning of(String file, String message) {
        return new LoadWarning(file, 0, 0, message);
    }

    /** "file:line:column: message", the form compilers use and editors can jump to. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}

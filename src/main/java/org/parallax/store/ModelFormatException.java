package org.parallax.store;

/**
 * A model JSON document that Parallax cannot read, with a message a person can act on and, when the fault is in the
 * JSON itself, where it is.
 */
public final class ModelFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public ModelFormatException(String message) {
        this(message, 0, 0, null);
    }

    public ModelFormatException(String message, Throwable cause) {
        this(message, 0, 0, cause);
    }

    /** @param line 1-based, 0 when not known; column likewise */
    public ModelFormatException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
    }

    /** The 1-based line of the fault, 0 when not known. */
    public int line() {
        return line;
    }

    /** The 1-based column of the fault, 0 when not known. */
    public int column() {
        return column;
    }
}

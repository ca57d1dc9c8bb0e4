package org.parallax.eval;

/** A gold file that cannot be read as the format it claims to be. */
public final class GoldFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public GoldFormatException(String message) {
        super(message);
    }
}

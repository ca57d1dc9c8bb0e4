package org.parallax.app;

/** A command could not do its work (a missing folder, an unwritable file): one line, exit code 1. */
final class CommandFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

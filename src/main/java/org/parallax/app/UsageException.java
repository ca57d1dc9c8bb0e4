package org.parallax.app;

/** The arguments do not fit the command: the CLI prints the message and the usage line, exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

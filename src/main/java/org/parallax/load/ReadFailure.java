package org.parallax.load;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file or folder could not be read, in words a user can act on: never an exception's class name or a bare path
 * (an {@code AccessDeniedException}'s message is only the path). The exception itself goes to the log.
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /** "you have no permission to read it", "it is nested too deeply to follow", ... */
    public static String inWords(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "you have no permission to read it";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "its links lead in a circle";
        }
        if (e instanceof CharacterCodingException) {
            return "its characters could not be decoded";
        }
        if (e instanceof StackOverflowError) {
            return "it is nested too deeply to follow";
        }
        if (e instanceof OutOfMemoryError) {
            return "it is too large for the memory Parallax has";
        }
        if (e instanceof java.io.IOException && e.getMessage() != null && !e.getMessage().isBlank()
                && e.getClass() == java.io.IOException.class) {
            return "the system said: " + e.getMessage().lines().findFirst().orElse("").strip();
        }
        return e instanceof java.io.IOException ? "the system could not read it" : "Parallax failed on it; the log has the details";
    }
}

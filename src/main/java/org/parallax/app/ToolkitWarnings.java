package org.parallax.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's start-up warning ("Unsupported JavaFX configuration: classes were loaded from 'unnamed module'",
 * true of every class-path jar) off the standard error of the headless commands, where scripts read our own
 * {@code file:line:column} messages. JavaFX logs through java.util.logging under the name "javafx"; this is the one
 * class allowed to touch it, which ArchitectureTest states.
 */
final class ToolkitWarnings {

    /** Held so the level set is not lost when the logger would be collected. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ToolkitWarnings() {
    }

    /** Only JavaFX's errors reach standard error from here on. */
    static void quiet() {
        JAVAFX.setLevel(Level.SEVERE);
    }
}

package org.parallax.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Autosave: while there are unsaved corrections, the work is written every {@link #EVERY} to a recovery workspace in
 * the user's cache folder, so a crash loses at most that much. A clean save or close removes it; one found at start
 * is pointed out to the user. The file is an ordinary {@code .parallax} workspace: File → Open File… opens it.
 */
final class Recovery {

    static final Duration EVERY = Duration.minutes(1);
    static final String FILE_NAME = "recovery" + org.parallax.store.WorkspaceJson.EXTENSION;

    private final Path file;
    private Timeline timer;

    Recovery(Path file) {
        this.file = file;
    }

    /** The platform's cache folder for Parallax ({@code -Dparallax.recovery=FILE} overrides it, for tests and kiosks). */
    static Path defaultFile(Map<String, String> env, String osName, String home) {
        String override = System.getProperty("parallax.recovery");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return org.parallax.store.UserCacheFolder.of(env, osName, home).resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** Writes the work to the recovery file every {@link #EVERY} while it has unsaved changes. */
    void start(ShellModel model) {
        timer = new Timeline(new KeyFrame(EVERY, e -> saveNow(model)));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    void saveNow(ShellModel model) {
        if (model.edits().dirtyProperty().get()) {
            model.saveRecovery(file);
        }
    }

    void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Whether work of an earlier session is waiting (a file question: not for the FX thread). */
    boolean exists() {
        return Files.isRegularFile(file);
    }
}

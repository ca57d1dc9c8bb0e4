package org.parallax.ui.concurrent;

import javafx.application.Platform;

/** The only door to the FX event queue outside {@link FxTaskRunner}; keeps {@code Platform.runLater} in one package. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs {@code action} on the FX thread after the current event (and pending layout requests) are handled. */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    /** Runs {@code action} now when already on the FX thread, else queues it there. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}

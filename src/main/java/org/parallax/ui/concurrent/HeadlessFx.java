package org.parallax.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Runs JavaFX work from a command line with no display: the first call starts the toolkit on Monocle's headless
 * platform with software rendering (what the jar's {@code export} and {@code bench timeline} commands draw with),
 * unless the toolkit is already up (tests, the window). Properties set on the command line win.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Calls {@code work} on the FX thread and waits for its result; exceptions come back as thrown. */
    public static <T> T call(Callable<T> work) throws Exception {
        ensureStarted();
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static synchronized void ensureStarted() throws InterruptedException {
        if (started) {
            return;
        }
        defaultProperty("glass.platform", "Monocle");
        defaultProperty("monocle.platform", "Headless");
        defaultProperty("prism.order", "sw");
        defaultProperty("prism.text", "t2k");
        defaultProperty("java.awt.headless", "true");
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            up.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            up.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e.getCause());
        }
        started = true;
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

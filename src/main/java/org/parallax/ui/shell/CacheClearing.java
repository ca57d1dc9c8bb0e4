package org.parallax.ui.shell;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.parallax.load.ByteSizes;
import org.parallax.store.ExtractionCache;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * Help → Clear Extraction Cache…: says how much the cache of extraction results takes and that clearing it loses
 * nothing (the next opening of a folder extracts its articles again), and clears it if the user agrees. Measuring and
 * deleting run off the FX thread.
 */
final class CacheClearing {

    /** Asks whether to clear a cache of that many bytes. A seam: a dialog in production, an answer in tests. */
    @FunctionalInterface
    interface Confirm {
        boolean clear(String message);
    }

    /** Says the outcome. */
    @FunctionalInterface
    interface Tell {
        void tell(String message);
    }

    private static final String KEY = "extraction-cache";

    private final TaskRunner runner;
    private final Optional<ExtractionCache> cache;
    private final Confirm confirm;
    private final Tell tell;

    CacheClearing(TaskRunner runner, Optional<ExtractionCache> cache, Confirm confirm, Tell tell) {
        this.runner = runner;
        this.cache = cache;
        this.confirm = confirm;
        this.tell = tell;
    }

    /** The dialogs over {@code owner}. */
    static CacheClearing withDialogs(TaskRunner runner, Optional<ExtractionCache> cache, Window owner) {
        return new CacheClearing(runner, cache, message -> {
            ButtonType clear = new ButtonType("Clear Cache", ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, message, clear, ButtonType.CANCEL);
            ask.initOwner(owner);
            ask.setHeaderText("Clear the extraction cache?");
            return ask.showAndWait().filter(clear::equals).isPresent();
        }, message -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, message);
            done.initOwner(owner);
            done.setHeaderText("Extraction cache");
            done.show();
        });
    }

    void run() {
        if (cache.isEmpty()) {
            tell.tell("This session keeps no extraction cache: every folder is extracted when it opens.");
            return;
        }
        ExtractionCache c = cache.get();
        runner.submit(KEY, "Measuring the extraction cache…", work -> c.bytes(), bytes -> {
            if (bytes == 0) {
                tell.tell("The extraction cache in " + c.folder() + " is empty.");
                return;
            }
            if (confirm.clear("The cache in " + c.folder() + " holds " + ByteSizes.describe(bytes) + " of extraction results, "
                    + "kept so that folders reopen without extracting their articles again.\n\nClearing it loses "
                    + "none of your work; the next opening of a folder extracts its articles again, which takes "
                    + "longer once (the bundled sample's results come with the app and stay).")) {
                runner.submit(KEY, "Clearing the extraction cache…", work -> c.clear(),
                        freed -> tell.tell("Cleared " + ByteSizes.describe(freed) + " from the extraction cache."),
                        failure -> tell.tell("Could not clear the extraction cache in " + c.folder() + ": "
                                + failure.getMessage()));
            }
        }, failure -> tell.tell("Could not read the extraction cache in " + c.folder() + ": " + failure.getMessage()));
    }
}

package org.parallax.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.parallax.ui.common.SaveDialog;
import org.parallax.ui.common.Settings;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * An export that is one file and needs no preview (File → Export for TimelineJS…, Export Table ▸): asks where to
 * save, starting in the folder of the last export, writes off the FX thread, and tells the user what was written or
 * why it failed.
 */
public final class FileExport {

    /** What is written: its name in messages ("the timeline"), its kind ("TimelineJS JSON") and extension. */
    public record Kind(String what, String description, String extension) {
    }

    /** Writes the file (off the FX thread) and says what it wrote, for the user. */
    @FunctionalInterface
    public interface Writing {
        String write(Path file) throws IOException;
    }

    /** Asks where to save. A seam: the platform dialog in production, a fake in tests. */
    @FunctionalInterface
    public interface Chooser {

        /** @return the chosen file, empty when the user cancelled */
        Optional<Path> choose(Window owner, Path folder, String suggestedName, Kind kind);

        static Chooser system() {
            return (owner, folder, suggested, kind) -> SaveDialog.ask(owner, "Export " + kind.what(), folder, suggested,
                    kind.description(), kind.extension());
        }
    }

    /** How the outcome is told: a message on success, one on failure. A seam for tests. */
    public interface Outcome {

        void written(String message);

        void failed(String message);

        /** Tells it in a dialog over {@code owner} that does not block the window. */
        static Outcome alerts(Window owner) {
            return new Outcome() {
                @Override
                public void written(String message) {
                    show(Alert.AlertType.INFORMATION, "Exported", message);
                }

                @Override
                public void failed(String message) {
                    show(Alert.AlertType.ERROR, "Export failed", message);
                }

                private void show(Alert.AlertType type, String header, String message) {
                    Alert alert = new Alert(type, message);
                    alert.initOwner(owner);
                    alert.setHeaderText(header);
                    alert.show();
                }
            };
        }
    }

    private static final String KEY = "export-file";

    private final TaskRunner runner;
    private final Chooser chooser;
    private final Settings settings;
    private final Outcome outcome;

    public FileExport(TaskRunner runner, Chooser chooser, Settings settings, Outcome outcome) {
        this.runner = runner;
        this.chooser = chooser;
        this.settings = settings;
        this.outcome = outcome;
    }

    /**
     * Asks for a file ({@code kind}, named after {@code name} and the corpus), then runs {@code writing} in the
     * background.
     */
    public void export(Window owner, Kind kind, String name, String corpusName, Writing writing) {
        Path folder = settings.get(ExportDialogViewModel.FOLDER_KEY).map(Path::of).filter(Files::isDirectory)
                .orElse(null);
        Optional<Path> chosen = chooser.choose(owner, folder,
                ExportDialogViewModel.fileName(name, corpusName, kind.extension()), kind);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            settings.put(ExportDialogViewModel.FOLDER_KEY, parent.toString());
        }
        runner.submit(KEY, "Writing " + file.getFileName() + "…", work -> writing.write(file), outcome::written,
                failure -> outcome.failed(ExportDialogViewModel.failureMessage(kind.what(), file, failure)));
    }
}

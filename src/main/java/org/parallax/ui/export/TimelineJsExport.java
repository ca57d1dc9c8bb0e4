package org.parallax.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parallax.export.ExportFilter;
import org.parallax.export.TimelineJsDocument;
import org.parallax.model.Corpus;
import org.parallax.ui.common.Settings;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * File → Export for TimelineJS…: the timeline as shown (filters and corrections applied) written as TimelineJS JSON
 * ({@link TimelineJsDocument}), built and written off the FX thread, into the folder of the last export. The user is
 * told what was written and how to publish it, or why it failed.
 */
public final class TimelineJsExport {

    /** Asks where to save the JSON. A seam: the platform dialog in production, a fake in tests. */
    @FunctionalInterface
    public interface Chooser {

        /** @return the chosen file, empty when the user cancelled */
        Optional<Path> choose(Window owner, Path folder, String suggestedName);

        static Chooser system() {
            return (owner, folder, suggested) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export for TimelineJS");
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.setInitialFileName(suggested);
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("TimelineJS JSON (*.json)",
                        "*.json"));
                File chosen = chooser.showSaveDialog(owner);
                return Optional.ofNullable(chosen).map(File::toPath).map(p -> p.getFileName().toString()
                        .toLowerCase(Locale.ROOT).endsWith(".json") ? p : p.resolveSibling(p.getFileName() + ".json"));
            };
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
                    show(Alert.AlertType.INFORMATION, "Exported for TimelineJS", message);
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

    private static final String KEY = "export-timelinejs";

    private final TaskRunner runner;
    private final Chooser chooser;
    private final Settings settings;
    private final Outcome outcome;

    public TimelineJsExport(TaskRunner runner, Chooser chooser, Settings settings, Outcome outcome) {
        this.runner = runner;
        this.chooser = chooser;
        this.settings = settings;
        this.outcome = outcome;
    }

    /** Asks for a file, then builds and writes the document of {@code shown} in the background. */
    public void export(Window owner, Corpus shown, String corpusName) {
        Path folder = settings.get(ExportDialogViewModel.FOLDER_KEY).map(Path::of).filter(Files::isDirectory)
                .orElse(null);
        Optional<Path> chosen = chooser.choose(owner, folder,
                ExportDialogViewModel.fileName("timeline", corpusName, "json"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            settings.put(ExportDialogViewModel.FOLDER_KEY, parent.toString());
        }
        runner.submit(KEY, "Writing " + file.getFileName() + "…", work -> {
            var document = TimelineJsDocument.of(shown, ExportFilter.NONE, corpusName);
            TimelineJsDocument.write(document, file);
            return document.get("events").size();
        }, slides -> outcome.written("Wrote " + file.getFileName() + " with " + slides
                + (slides == 1 ? " event" : " events") + ".\n\nTo publish it, load the file with TimelineJS "
                + "(timeline.knightlab.com, \"Using JSON\"); each event lists every outlet's sentence and links to "
                + "the articles."), failure -> outcome.failed(ExportDialogViewModel.failureMessage("the timeline", file, failure)));
    }
}

package org.parallax.ui.shell;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import org.parallax.load.LoadWarning;
import org.parallax.store.WorkspaceJson;
import org.parallax.ui.common.NextChange;

/**
 * The window's workspace file: the title that names it and says when there are unsaved changes, Save and Save As,
 * the question before closing with unsaved changes, and the recovery copy autosave keeps (and points to after a crash).
 */
final class WorkspaceFiles {

    private final Stage stage;
    private final ShellModel model;
    private final FolderChooser chooser;
    private final ViewState view;
    private final Supplier<Path> initialFolder;
    private final Recovery recovery = new Recovery(Recovery.defaultFile(System.getenv(),
            System.getProperty("os.name", ""), System.getProperty("user.home", ".")));

    WorkspaceFiles(Stage stage, ShellModel model, FolderChooser chooser, ViewState view, Supplier<Path> initialFolder) {
        this.stage = stage;
        this.model = model;
        this.chooser = chooser;
        this.view = view;
        this.initialFolder = initialFolder;
    }

    /** Binds the title and asks before the window closes on unsaved changes. */
    void install() {
        WorkspaceEdits edits = model.edits();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Path file = edits.fileProperty().get();
            String name = file != null ? ShellModel.name(file) : model.sourceNameProperty().get();
            String dirtyMark = edits.dirtyProperty().get() ? " \u2022 unsaved changes" : "";
            return (name.isEmpty() ? ShellWindow.APP_NAME : ShellWindow.APP_NAME + " — " + name) + dirtyMark;
        }, model.sourceNameProperty(), edits.fileProperty(), edits.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!edits.dirtyProperty().get()) {
                return;
            }
            switch (UnsavedChanges.ask(stage)) {
                case DISCARD -> model.dropRecovery(recovery.file());
                case SAVE -> {
                    e.consume(); // closes once the file is written, not before
                    saveThen(() -> {
                        model.dropRecovery(recovery.file());
                        stage.close();
                    });
                }
                default -> e.consume();
            }
        });
    }

    /** Starts autosaving, and lists work a crashed session left behind (checked off the FX thread). */
    void startRecovery() {
        recovery.start(model);
        model.whenFileExists(recovery.file(), this::pointToRecoveredWork);
    }

    void save() {
        saveThen(() -> model.dropRecovery(recovery.file()));
    }

    void saveAs() {
        saveAsThen(() -> model.dropRecovery(recovery.file()));
    }

    /** Saves to the workspace file (asking for one the first time), then runs {@code then} once it is written. */
    private void saveThen(Runnable then) {
        Path file = model.edits().fileProperty().get();
        if (file == null) {
            saveAsThen(then);
        } else {
            model.save(file, view.capture(), then);
        }
    }

    private void saveAsThen(Runnable then) {
        Path current = model.edits().fileProperty().get();
        String name = current != null ? ShellModel.name(current)
                : (model.sourceNameProperty().get().isEmpty() ? "sample" : model.sourceNameProperty().get())
                        .replaceAll("\\.[A-Za-z0-9]+$", "") + WorkspaceJson.EXTENSION;
        chooser.chooseSaveFile(stage, current != null ? current.getParent() : initialFolder.get(), name)
                .ifPresent(file -> model.save(file, view.capture(), then));
    }

    /** Lists the recovery file in the Problems panel, after the first load has put its own problems there. */
    private void pointToRecoveredWork() {
        Runnable note = () -> model.note(LoadWarning.of(recovery.file().toString(), "work from a session that ended "
                + "without saving was kept here: open it with File → Open File… to get it back"));
        if (model.generationProperty().get() > 0) {
            note.run();
            return;
        }
        NextChange.of(model.generationProperty(), generation -> note.run());
    }
}

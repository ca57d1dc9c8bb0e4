package org.parallax.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parallax.ui.common.SaveDialog;

/** Asks the user for a folder, or for files. A seam: the platform dialogs in production, a fake in tests. */
@FunctionalInterface
public interface FolderChooser {

    /**
     * @param owner         the window the dialog belongs to
     * @param initialFolder where to start, or null for the platform's default
     * @return the chosen folder, empty when the user cancelled
     */
    Optional<Path> choose(Window owner, Path initialFolder);

    /**
     * Asks for article files or a model JSON file (File → Open File…).
     *
     * @return the chosen files, empty when the user cancelled (or, for a chooser of folders only, always)
     */
    default List<Path> chooseFiles(Window owner, Path initialFolder) {
        return List.of();
    }

    /**
     * Asks where to save the workspace (File → Save As…).
     *
     * @param suggestedName the file name offered, with its {@code .parallax} ending
     * @return the chosen file, empty when the user cancelled (or, for a chooser of folders only, always)
     */
    default Optional<Path> chooseSaveFile(Window owner, Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    /** The platform's folder and file dialogs. */
    static FolderChooser system() {
        return new FolderChooser() {
            @Override
            public Optional<Path> choose(Window owner, Path initial) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Open Folder of Articles");
                if (initial != null && Files.isDirectory(initial)) {
                    chooser.setInitialDirectory(initial.toFile());
                }
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> chooseFiles(Window owner, Path initial) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open Articles, a Model or a Workspace");
                chooser.getExtensionFilters().setAll(
                        new FileChooser.ExtensionFilter("Articles, models and workspaces", "*.txt", "*.html", "*.htm",
                                "*.json", "*.parallax"),
                        new FileChooser.ExtensionFilter("Parallax workspace", "*.parallax"),
                        new FileChooser.ExtensionFilter("Parallax model (extract output)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                if (initial != null && Files.isDirectory(initial)) {
                    chooser.setInitialDirectory(initial.toFile());
                }
                List<File> chosen = chooser.showOpenMultipleDialog(owner);
                return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> chooseSaveFile(Window owner, Path initial, String suggestedName) {
                return SaveDialog.ask(owner, "Save Workspace", initial, suggestedName, "Parallax workspace", "parallax");
            }
        };
    }
}

package org.parallax.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a folder. A seam: the platform dialog in production, a fake in tests. */
@FunctionalInterface
public interface FolderChooser {

    /**
     * @param owner         the window the dialog belongs to
     * @param initialFolder where to start, or null for the platform's default
     * @return the chosen folder, empty when the user cancelled
     */
    Optional<Path> choose(Window owner, Path initialFolder);

    /** The platform's folder dialog. */
    static FolderChooser system() {
        return (owner, initial) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open Folder of Articles");
            if (initial != null && Files.isDirectory(initial)) {
                chooser.setInitialDirectory(initial.toFile());
            }
            File chosen = chooser.showDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}

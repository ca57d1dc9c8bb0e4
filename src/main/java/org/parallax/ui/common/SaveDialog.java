package org.parallax.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The one platform "Save as" dialog of the app: a title, a starting folder, a suggested name and one kind of file.
 *
 * <p>A name typed without the extension gets it ({@code chart} → {@code chart.png}). The platform dialog asked about
 * replacing only the name as typed, so a file that turns out to exist once the extension is added is replaced only
 * when the user says so; otherwise nothing is saved.
 */
public final class SaveDialog {

    private SaveDialog() {
    }

    /**
     * @param description what the files are, as the dialog's filter names them ("PNG image")
     * @param extension   without the dot ("png")
     * @return the file to write, empty when the user cancelled
     */
    public static Optional<Path> ask(Window owner, String title, Path folder, String suggestedName, String description,
                                     String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                description + " (*." + extension + ")", "*." + extension));
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? Optional.empty()
                : withExtension(chosen.toPath(), extension, existing -> replace(owner, existing));
    }

    /**
     * {@code chosen} with {@code .extension} added when it lacks it (in any case); when adding it names a file that
     * exists, the path only if {@code replace} agrees.
     */
    static Optional<Path> withExtension(Path chosen, String extension, Predicate<Path> replace) {
        String name = chosen.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT))) {
            return Optional.of(chosen);
        }
        Path full = chosen.resolveSibling(name + "." + extension);
        return !Files.exists(full) || replace.test(full) ? Optional.of(full) : Optional.empty();
    }

    private static boolean replace(Window owner, Path existing) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "A file named \u201c" + existing.getFileName() + "\u201d already exists in " + existing.getParent()
                        + ". Replacing it overwrites its contents.", replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Replace \u201c" + existing.getFileName() + "\u201d?");
        return alert.showAndWait().filter(replace::equals).isPresent();
    }
}

package org.parallax.ui.shell;

import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.parallax.ui.common.Theme;

/** The one way the shell's small dialogs (About, Keyboard Shortcuts) take the window's theme. */
final class ShellDialogs {

    private ShellDialogs() {
    }

    static void styleLike(Window owner, Dialog<?> dialog) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStylesheets().add(Theme.stylesheet(ShellDialogs.class, "shell.css"));
        }
    }
}

package org.parallax.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.parallax.ui.common.Theme;

/** Help ▸ About Parallax. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        about.initOwner(owner);
        about.setTitle("About Parallax");
        about.setHeaderText("Parallax " + version());
        about.setContentText("""
                Compare how news outlets covered the same events: a timeline built from the articles \
                themselves, how each outlet reported the same quote, and charts to export.

                Everything runs offline on local files. Every item on screen leads back to the exact \
                words of the article it came from.

                Apache License 2.0""");
        about.getDialogPane().setMinWidth(460);
        if (owner != null && owner.getScene() != null) {
            about.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            about.getDialogPane().getStylesheets().add(Theme.stylesheet(AboutDialog.class, "shell.css"));
        }
        about.showAndWait();
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}

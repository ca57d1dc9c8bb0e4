package org.parallax.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.parallax.store.ProductVersion;

/** Help ▸ About Parallax. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        about.setTitle("About Parallax");
        about.setHeaderText("Parallax " + ProductVersion.current());
        about.setContentText("""
                Compare how news outlets covered the same events: a timeline built from the articles \
                themselves, how each outlet reported the same quote, and charts to export.

                Everything runs offline on local files. Every item on screen leads back to the exact \
                words of the article it came from.

                Apache License 2.0""");
        about.getDialogPane().setMinWidth(460);
        ShellDialogs.styleLike(owner, about);
        about.showAndWait();
    }
}

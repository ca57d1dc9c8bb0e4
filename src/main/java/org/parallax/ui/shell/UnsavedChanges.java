package org.parallax.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question before closing a window whose corrections are not saved: save them, discard them, or stay. */
final class UnsavedChanges {

    enum Answer { SAVE, DISCARD, CANCEL }

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private UnsavedChanges() {
    }

    static Answer ask(Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, "Your corrections since the last save will be lost if you close "
                + "without saving.", SAVE, DISCARD, ButtonType.CANCEL);
        alert.setTitle("Unsaved Changes");
        alert.setHeaderText("Save your corrections before closing?");
        ShellDialogs.styleLike(owner, alert);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == SAVE ? Answer.SAVE : chosen == DISCARD ? Answer.DISCARD : Answer.CANCEL;
    }
}

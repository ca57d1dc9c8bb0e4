package org.parallax.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.parallax.ui.common.Styles;

/** Folders and files dropped on the window open; while they are dragged over it, {@code :drop-target} lights it up. */
final class FileDrop {

    private FileDrop() {
    }

    static void install(Scene scene, Node highlight, Consumer<List<Path>> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            Dragboard db = e.getDragboard();
            if (e.getGestureSource() == null && db.hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                highlight.pseudoClassStateChanged(Styles.DROP_TARGET, true);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> highlight.pseudoClassStateChanged(Styles.DROP_TARGET, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            highlight.pseudoClassStateChanged(Styles.DROP_TARGET, false);
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles() && !db.getFiles().isEmpty();
            if (ok) {
                open.accept(db.getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}

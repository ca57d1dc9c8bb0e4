package org.parallax.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Keyboard shortcuts more than one feature shows: the window's menu owns them, views only display them. */
public final class Shortcuts {

    /** Compares the quote under the caret or selection across outlets: Ctrl+D (Cmd+D). */
    public static final KeyCombination COMPARE_QUOTE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {
    }
}

package org.parallax.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The tabs below the timeline, in order: View → Articles … Coverage, Ctrl+1 … Ctrl+4. */
public enum ShellPane {
    ARTICLES("_Articles"), QUOTES("_Quotes"), FIGURES("F_igures"), COVERAGE("Co_verage");

    private final String menuLabel;

    ShellPane(String menuLabel) {
        this.menuLabel = menuLabel;
    }

    /** The View menu's label, with its mnemonic. */
    String menuLabel() {
        return menuLabel;
    }

    KeyCombination accelerator() {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
    }
}

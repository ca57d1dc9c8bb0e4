package org.parallax.ui.common;

import java.net.URL;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Stylesheets. Modena stays the base; {@code tokens.css} defines Parallax's looked-up colours
 * ({@code -px-bg}, {@code -px-fg}, {@code -px-accent}, …) and maps Modena's own onto them;
 * {@code dark.css} overrides tokens only. Each view adds its own stylesheet via {@link #stylesheet}.
 */
public final class Theme {

    public static final String TOKENS = stylesheet(Theme.class, "tokens.css");
    public static final String DARK = stylesheet(Theme.class, "dark.css");

    private Theme() {
    }

    /** The external form of a stylesheet next to {@code owner}'s package under resources. */
    public static String stylesheet(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        return Objects.requireNonNull(url, () -> "missing stylesheet " + name + " beside " + owner.getName())
                .toExternalForm();
    }

    /** Puts the tokens (and the dark overrides when asked) first on the scene. */
    public static void install(Scene scene, boolean dark) {
        ObservableList<String> sheets = scene.getStylesheets();
        sheets.remove(TOKENS);
        sheets.add(0, TOKENS);
        setDark(scene, dark);
    }

    /** Switches the dark token overrides on or off; nothing else changes. */
    public static void setDark(Scene scene, boolean dark) {
        ObservableList<String> sheets = scene.getStylesheets();
        sheets.remove(DARK);
        if (dark) {
            sheets.add(sheets.indexOf(TOKENS) + 1, DARK);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.pseudoClassStateChanged(Styles.DARK, dark);
        }
    }

    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(DARK);
    }
}

package org.parallax.ui.shell;

import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.parallax.ui.common.Settings;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.FxThread;

/**
 * The window's first frame, before the shell exists: where the window will be, in its theme, a bar where the menus go
 * and the "Opening articles…" the timeline shows while the first articles open. Building and styling the whole shell
 * takes the FX thread a second or more on a cold start; the skeleton shows the window at once and the shell replaces
 * it. It holds no control, so the first frame waits neither for the controls' stylesheet nor for their classes.
 */
public final class StartSkeleton {

    private StartSkeleton() {
    }

    /**
     * Shows the skeleton in {@code stage}, then, once its first frame is laid out, runs {@code thenBuild} (which
     * builds the shell into the same stage) on the FX thread.
     */
    public static void show(Stage stage, Settings settings, Boolean darkOverride, Runnable thenBuild) {
        ShellPreferences preferences = new ShellPreferences(settings);
        Text opening = new Text("Opening articles…");
        opening.getStyleClass().add(Styles.SKELETON_TEXT);
        Region bar = new Region();
        bar.getStyleClass().add(Styles.SKELETON_BAR);
        BorderPane root = new BorderPane(new StackPane(opening));
        root.setTop(bar);
        root.getStyleClass().addAll(Styles.APP_ROOT, Styles.SHELL, Styles.SKELETON);
        root.getStylesheets().add(ShellLayout.STYLESHEET);
        Scene scene = new Scene(root);
        Theme.install(scene, darkOverride != null ? darkOverride : preferences.dark());
        stage.setTitle(ShellWindow.APP_NAME);
        AppIcon.install(stage);
        stage.setScene(scene);
        WindowGeometry g = WindowPlacement.place(stage, preferences);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            FxThread.later(() -> { // after this pulse: the skeleton is drawn first
                if (stage.isShowing()) { // not closed meanwhile
                    thenBuild.run();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
        if (g.maximized()) {
            stage.setMaximized(true);
        }
    }
}

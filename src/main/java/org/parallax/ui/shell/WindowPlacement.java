package org.parallax.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was last time (fitted to today's screens, maximised if it was) and, when it closes,
 * remembers where it is: its last size and position while not maximised, whether it was, and the dividers.
 */
final class WindowPlacement {

    private final Stage stage;
    private final ShellPreferences preferences;
    private final ShellLayout layout;
    private WindowGeometry normalBounds;

    WindowPlacement(Stage stage, ShellPreferences preferences, ShellLayout layout) {
        this.stage = stage;
        this.preferences = preferences;
        this.layout = layout;
    }

    /** Places the window, shows it, and saves its state when it hides. */
    void show() {
        WindowGeometry g = place(stage, preferences);
        normalBounds = g;
        trackNormalBounds();
        stage.setOnHiding(e -> save());
        stage.show();
        if (g.maximized()) {
            stage.setMaximized(true);
        }
        layout.restoreContentDivider(preferences.contentDivider());
    }

    /** Sizes and places {@code stage} where it was last time, fitted to today's screens; answers where. */
    static WindowGeometry place(Stage stage, ShellPreferences preferences) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> ordered = new ArrayList<>(screens);
        ordered.remove(primary);
        ordered.add(0, primary);
        WindowGeometry g = preferences.windowGeometry().map(s -> s.fitTo(ordered))
                .orElseGet(() -> WindowGeometry.centred(primary));
        stage.setX(g.x());
        stage.setY(g.y());
        stage.setWidth(g.width());
        stage.setHeight(g.height());
        return g;
    }

    private void trackNormalBounds() {
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0) {
                normalBounds = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    /** Writes window geometry and dividers (and whatever else is pending) to the preferences. */
    private void save() {
        WindowGeometry b = normalBounds != null ? normalBounds
                : new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        preferences.saveWindowGeometry(new WindowGeometry(b.x(), b.y(), b.width(), b.height(), stage.isMaximized()));
        preferences.saveContentDivider(layout.contentDivider());
        if (layout.problemsShown()) {
            preferences.saveProblemsDivider(layout.problemsDivider());
        }
        preferences.flush();
    }
}

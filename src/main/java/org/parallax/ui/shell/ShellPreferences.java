package org.parallax.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.ui.common.Settings;

/** What the shell remembers across runs, typed, on top of a {@link Settings} store. */
public final class ShellPreferences {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String CONTENT_DIVIDER = "divider.content";
    static final String PROBLEMS_DIVIDER = "divider.problems";
    static final String DARK = "theme.dark";
    static final String RECENT = "recent.";

    public static final double DEFAULT_CONTENT_DIVIDER = 0.40;
    public static final double DEFAULT_PROBLEMS_DIVIDER = 0.74;

    private final Settings settings;

    public ShellPreferences(Settings settings) {
        this.settings = settings;
    }

    /** The remembered window geometry, if a complete one was saved. */
    public Optional<WindowGeometry> windowGeometry() {
        double w = settings.getDouble(WIDTH, -1);
        double h = settings.getDouble(HEIGHT, -1);
        if (w <= 0 || h <= 0 || settings.get(X).isEmpty() || settings.get(Y).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(settings.getDouble(X, 0), settings.getDouble(Y, 0), w, h,
                settings.getBoolean(MAXIMIZED, false)));
    }

    public void saveWindowGeometry(WindowGeometry g) {
        settings.putDouble(X, g.x());
        settings.putDouble(Y, g.y());
        settings.putDouble(WIDTH, g.width());
        settings.putDouble(HEIGHT, g.height());
        settings.putBoolean(MAXIMIZED, g.maximized());
    }

    public double contentDivider() {
        return fraction(CONTENT_DIVIDER, DEFAULT_CONTENT_DIVIDER);
    }

    public void saveContentDivider(double position) {
        settings.putDouble(CONTENT_DIVIDER, position);
    }

    public double problemsDivider() {
        return fraction(PROBLEMS_DIVIDER, DEFAULT_PROBLEMS_DIVIDER);
    }

    public void saveProblemsDivider(double position) {
        settings.putDouble(PROBLEMS_DIVIDER, position);
    }

    public boolean dark() {
        return settings.getBoolean(DARK, false);
    }

    public void saveDark(boolean dark) {
        settings.putBoolean(DARK, dark);
    }

    public RecentFolders recentFolders() {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < RecentFolders.MAX; i++) {
            settings.get(RECENT + i).ifPresent(s -> {
                try {
                    folders.add(Path.of(s));
                } catch (InvalidPathException e) {
                    // a path from another OS or a damaged store: forget it
                }
            });
        }
        return new RecentFolders(folders);
    }

    public void saveRecentFolders(RecentFolders recent) {
        List<Path> folders = recent.folders();
        for (int i = 0; i < RecentFolders.MAX; i++) {
            if (i < folders.size()) {
                settings.put(RECENT + i, folders.get(i).toString());
            } else {
                settings.remove(RECENT + i);
            }
        }
    }

    public void flush() {
        settings.flush();
    }

    private double fraction(String key, double fallback) {
        double v = settings.getDouble(key, fallback);
        return v > 0.05 && v < 0.95 ? v : fallback;
    }
}

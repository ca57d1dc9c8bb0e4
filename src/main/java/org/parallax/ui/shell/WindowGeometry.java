package org.parallax.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window sits: its normal (not maximized) bounds and whether it is maximized.
 * {@link #fitTo} keeps a remembered position usable after a monitor was unplugged or the resolution changed.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 480;
    /** How much of the title bar must lie on a screen for the window to count as reachable. */
    private static final double GRIP = 48;

    /** A window of a comfortable size centred on {@code screen}'s visual bounds. */
    public static WindowGeometry centred(Rectangle2D screen) {
        // a laptop screen is all needed: a timeline, its lanes and the reader do not fit in 85% of 1024×640
        double share = screen.getWidth() < 1440 || screen.getHeight() < 900 ? 1.0 : 0.85;
        double w = Math.max(Math.min(1280, screen.getWidth() * share), Math.min(MIN_WIDTH, screen.getWidth()));
        double h = Math.max(Math.min(820, screen.getHeight() * share), Math.min(MIN_HEIGHT, screen.getHeight()));
        return new WindowGeometry(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    /**
     * This geometry made usable on {@code screens} (visual bounds; the first is the primary): no larger
     * than the screen it is on, and moved so its top edge is reachable. When its title bar is on no
     * screen it is centred on the primary screen instead.
     */
    public WindowGeometry fitTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), GRIP);
        Rectangle2D home = screens.stream().filter(s -> s.intersects(titleBar)).findFirst().orElse(null);
        if (home == null || width <= 0 || height <= 0) {
            WindowGeometry c = centred(screens.get(0));
            return new WindowGeometry(c.x, c.y, c.width, c.height, maximized);
        }
        double w = Math.min(Math.max(width, Math.min(MIN_WIDTH, home.getWidth())), home.getWidth());
        double h = Math.min(Math.max(height, Math.min(MIN_HEIGHT, home.getHeight())), home.getHeight());
        double nx = clamp(x, home.getMinX(), home.getMaxX() - w);
        double ny = clamp(y, home.getMinY(), home.getMaxY() - h);
        return new WindowGeometry(nx, ny, w, h, maximized);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}

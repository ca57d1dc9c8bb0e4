package org.parallax.app;

import java.util.Optional;

/**
 * The jar's entry point. A plain class, not an {@code Application}: a shaded jar whose main class
 * extends {@code Application} fails with "JavaFX runtime components are missing" on the class path.
 * Sub-commands run headless without touching JavaFX; anything else opens the window, when there is a display.
 * A plain {@code java -jar} first starts itself anew with the installed launcher's Java options ({@link Relaunch}).
 */
public final class Launcher {

    /** Exit code when no window can be opened: no display, or one that refuses the connection. */
    static final int NO_DISPLAY = 3;

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Integer> relaunched = Relaunch.ofThisJvm(args).flatMap(Relaunch::run);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (Cli.handles(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        System.exit(openWindow(args));
    }

    private static int openWindow(String[] args) {
        var problem = DisplayCheck.ofThisProcess().problem();
        if (problem.isPresent()) {
            System.err.println("parallax: " + problem.get());
            return NO_DISPLAY;
        }
        ToolkitWarnings.quiet(); // the class-path warning is true of every jar launch and means nothing to a user
        try {
            ParallaxApplication.launchWith(args);
            return Cli.OK;
        } catch (UnsupportedOperationException e) {
            // DISPLAY names a display that cannot be reached (an ssh session without X forwarding, a stopped Xvfb).
            System.err.println("parallax: cannot open the display '" + System.getenv("DISPLAY") + "': " + e.getMessage()
                    + ". Start Parallax from a desktop session, or use a headless command (see 'parallax --help').");
            return NO_DISPLAY;
        }
    }
}

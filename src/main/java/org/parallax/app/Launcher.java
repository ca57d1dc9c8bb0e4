package org.parallax.app;

/**
 * The jar's entry point. A plain class, not an {@code Application}: a shaded jar whose main class
 * extends {@code Application} fails with "JavaFX runtime components are missing" on the class path.
 * Sub-commands run headless without touching JavaFX; anything else opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        ParallaxApplication.launchWith(args);
    }
}

package org.parallax.app;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a window can open here, asked before JavaFX starts: without a display JavaFX ends in a raw
 * {@code UnsupportedOperationException: Unable to open DISPLAY} stack trace, which tells a new user nothing.
 * Windows and macOS always have a display; other systems need X11 ({@code DISPLAY}) or Wayland
 * ({@code WAYLAND_DISPLAY}); the headless Monocle platform (tests) needs neither.
 */
record DisplayCheck(String osName, Map<String, String> environment, String glassPlatform) {

    static DisplayCheck ofThisProcess() {
        return new DisplayCheck(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /** Why no window can open, or empty when one can. */
    Optional<String> problem() {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        boolean alwaysHasDisplay = os.startsWith("windows") || os.startsWith("mac");
        if (alwaysHasDisplay || "Monocle".equalsIgnoreCase(glassPlatform) || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return Optional.empty();
        }
        return Optional.of("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                + "Start Parallax from a desktop session, or use a headless command such as "
                + "'parallax export FOLDER ...' (see 'parallax --help').");
    }

    private boolean isSet(String name) {
        String v = environment.get(name);
        return v != null && !v.isBlank();
    }
}

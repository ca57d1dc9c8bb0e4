package org.parallax.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's folder for what Parallax keeps only to be quick or safe (the autosave file, the extraction cache):
 * {@code $XDG_CACHE_HOME/parallax} or {@code ~/.cache/parallax} on Linux, {@code ~/Library/Caches/Parallax} on macOS,
 * {@code %LOCALAPPDATA%\Parallax} on Windows.
 */
public final class UserCacheFolder {

    private UserCacheFolder() {
    }

    /** The folder for this machine. */
    public static Path current() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The folder for an operating system named {@code osName}, its environment and the user's home folder. */
    public static Path of(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Parallax") : Path.of(home, "AppData", "Local", "Parallax");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Parallax");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("parallax");
    }
}

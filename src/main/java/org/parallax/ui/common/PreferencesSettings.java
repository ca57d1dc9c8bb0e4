package org.parallax.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link Settings} kept in a {@link Preferences} node (per user, per OS convention). */
public final class PreferencesSettings implements Settings {

    private static final System.Logger LOG = System.getLogger(PreferencesSettings.class.getName());

    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The user's Parallax settings. */
    public static PreferencesSettings forUser() {
        return new PreferencesSettings(Preferences.userRoot().node("org/parallax/parallax"));
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(node.get(key, null));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, String value) {
        if (value.length() > Preferences.MAX_VALUE_LENGTH) {
            LOG.log(System.Logger.Level.WARNING, "setting {0} too long to remember", key);
            return;
        }
        node.put(key, value);
    }

    @Override
    public void remove(String key) {
        node.remove(key);
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save settings: " + e.getMessage());
        }
    }
}

package org.parallax.ui.common;

import java.util.Optional;

/**
 * A small key-value store for what the user expects Parallax to remember across runs (window,
 * dividers, recent folders, theme). {@link PreferencesSettings} keeps it in {@code java.util.prefs};
 * {@link InMemorySettings} is its twin for tests.
 */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Writes pending changes to permanent storage, if the store has any; never throws. */
    default void flush() {
    }

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    default double getDouble(String key, double fallback) {
        return get(key).map(v -> {
            try {
                double d = Double.parseDouble(v);
                return Double.isFinite(d) ? d : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(v -> v.equalsIgnoreCase("true") ? Boolean.TRUE
                : v.equalsIgnoreCase("false") ? Boolean.FALSE : null).orElse(fallback);
    }

    default void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }
}

package org.parallax.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Settings} that live as long as the object: for tests and for a run that must not touch the user's. */
public final class InMemorySettings implements Settings {

    private final Map<String, String> values = new LinkedHashMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
    }

    /** A copy of everything stored. */
    public synchronized Map<String, String> snapshot() {
        return Map.copyOf(values);
    }
}

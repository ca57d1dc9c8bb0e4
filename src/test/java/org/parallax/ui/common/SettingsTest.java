package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Preferences node = Preferences.userRoot().node("org/parallax/test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
        node.flush();
    }

    @Test
    void inMemorySettingsKeepTypedValues() {
        roundTrip(new InMemorySettings());
    }

    @Test
    void preferencesSettingsKeepTypedValuesAcrossInstances() {
        roundTrip(new PreferencesSettings(node));
        Settings again = new PreferencesSettings(node);
        assertThat(again.get("name")).hasValue("Sputnik");
        assertThat(again.getDouble("ratio", 0)).isEqualTo(0.375);
        assertThat(again.getBoolean("dark", false)).isTrue();
    }

    @Test
    void badValuesFallBack() {
        Settings s = new InMemorySettings();
        s.put("ratio", "not a number");
        s.put("nan", "NaN");
        s.put("dark", "perhaps");

        assertThat(s.getDouble("ratio", 0.4)).isEqualTo(0.4);
        assertThat(s.getDouble("nan", 0.4)).isEqualTo(0.4);
        assertThat(s.getBoolean("dark", true)).isTrue();
        assertThat(s.get("missing", "fallback")).isEqualTo("fallback");
    }

    private static void roundTrip(Settings s) {
        s.put("name", "Sputnik");
        s.putDouble("ratio", 0.375);
        s.putBoolean("dark", true);
        s.put("gone", "x");
        s.remove("gone");
        s.flush();

        assertThat(s.get("name")).hasValue("Sputnik");
        assertThat(s.getDouble("ratio", 0)).isEqualTo(0.375);
        assertThat(s.getBoolean("dark", false)).isTrue();
        assertThat(s.get("gone")).isEmpty();
    }
}

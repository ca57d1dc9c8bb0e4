package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The java.util.prefs store, on a throwaway node so the user's own settings are never touched. */
class PreferencesSettingsTest {

    private final Preferences node = Preferences.userRoot().node("org/parallax/test-" + System.nanoTime());

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void roundTrip() {
        PreferencesSettings settings = new PreferencesSettings(node);
        settings.put("window.x", "12.5");
        settings.putBoolean("dark", true);
        settings.flush();
        PreferencesSettings again = new PreferencesSettings(node);
        assertThat(again.getDouble("window.x", 0)).isEqualTo(12.5);
        assertThat(again.getBoolean("dark", false)).isTrue();
        again.remove("dark");
        assertThat(again.get("dark")).isEmpty();
        assertThat(again.getDouble("missing", 7)).isEqualTo(7);
    }
}

package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.ui.common.InMemorySettings;

class ShellPreferencesTest {

    private final InMemorySettings settings = new InMemorySettings();
    private final ShellPreferences prefs = new ShellPreferences(settings);

    @Test
    void rememberTheWindowDividersThemeAndRecentFolders() {
        prefs.saveWindowGeometry(new WindowGeometry(10, 20, 1100, 700, true));
        prefs.saveContentDivider(0.3);
        prefs.saveProblemsDivider(0.6);
        prefs.saveDark(true);
        prefs.saveRecentFolders(RecentFolders.EMPTY.opened(Path.of("/a")).opened(Path.of("/b")));

        ShellPreferences again = new ShellPreferences(settings);
        assertThat(again.windowGeometry()).hasValue(new WindowGeometry(10, 20, 1100, 700, true));
        assertThat(again.contentDivider()).isEqualTo(0.3);
        assertThat(again.problemsDivider()).isEqualTo(0.6);
        assertThat(again.dark()).isTrue();
        assertThat(again.recentFolders().folders())
                .containsExactly(Path.of("/b").toAbsolutePath(), Path.of("/a").toAbsolutePath());
    }

    @Test
    void defaultsWhenNothingOrNonsenseWasSaved() {
        assertThat(prefs.windowGeometry()).isEmpty();
        assertThat(prefs.dark()).isFalse();
        assertThat(prefs.recentFolders().isEmpty()).isTrue();
        settings.put(ShellPreferences.CONTENT_DIVIDER, "1.7");
        assertThat(prefs.contentDivider()).isEqualTo(ShellPreferences.DEFAULT_CONTENT_DIVIDER);
    }

    @Test
    void aShorterRecentListForgetsTheRest() {
        prefs.saveRecentFolders(RecentFolders.EMPTY.opened(Path.of("/a")).opened(Path.of("/b")));
        prefs.saveRecentFolders(RecentFolders.EMPTY.opened(Path.of("/c")));
        assertThat(prefs.recentFolders().folders()).containsExactly(Path.of("/c").toAbsolutePath());
        assertThat(settings.snapshot()).doesNotContainKey("recent.1");
    }
}

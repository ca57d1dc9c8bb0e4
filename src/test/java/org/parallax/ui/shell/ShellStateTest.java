package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.ui.common.InMemorySettings;

/** The shell's state that needs no window: status words, recent folders, remembered preferences, geometry. */
class ShellStateTest {

    private static Article article(String id, String outlet, LocalDate date) {
        return new Article(id, id + ".txt", Outlet.of(outlet), "", date, date == null ? null : DateSource.MANIFEST,
                "", "Text of " + id + ".", List.of());
    }

    @Test
    void countsTreatTheUnknownOutletAsOneGroup() {
        List<Article> articles = List.of(article("a", "Daily", LocalDate.of(2020, 1, 1)),
                article("b", "Daily", null), article("c", null, null), article("d", "", LocalDate.of(2020, 1, 2)));
        assertThat(StatusText.counts(articles)).isEqualTo("4 articles · 2 outlets");
        assertThat(StatusText.counts(articles.subList(0, 1))).isEqualTo("1 article · 1 outlet");
        assertThat(StatusText.counts(List.of())).isEqualTo("No articles");
        assertThat(StatusText.countsTooltip(articles))
                .isEqualTo("2 articles have no known outlet\n2 articles are undated");
        assertThat(StatusText.problems(0)).isEqualTo("No problems");
        assertThat(StatusText.problems(1)).isEqualTo("1 problem");
        assertThat(StatusText.loading(3, 120, "x.txt")).isEqualTo("Loading 3 of 120 · x.txt");
    }

    @Test
    void recentFoldersAreMostRecentFirstDistinctAndBounded() {
        RecentFolders recent = RecentFolders.EMPTY;
        for (int i = 0; i < 12; i++) {
            recent = recent.opened(Path.of("/news/f" + i));
        }
        recent = recent.opened(Path.of("/news/f5/../f5"));
        assertThat(recent.folders()).hasSize(RecentFolders.MAX).first().isEqualTo(Path.of("/news/f5"));
        assertThat(recent.folders()).doesNotHaveDuplicates().doesNotContain(Path.of("/news/f0"), Path.of("/news/f1"));
        assertThat(recent.without(Path.of("/news/f5")).folders()).hasSize(RecentFolders.MAX - 1)
                .doesNotContain(Path.of("/news/f5"));
        assertThat(recent.existing(p -> p.toString().endsWith("1")).folders())
                .containsExactly(Path.of("/news/f11"));
    }

    @Test
    void preferencesRoundTripAndSurviveGarbage() {
        InMemorySettings settings = new InMemorySettings();
        ShellPreferences prefs = new ShellPreferences(settings);
        assertThat(prefs.windowGeometry()).isEmpty();
        assertThat(prefs.contentDivider()).isEqualTo(ShellPreferences.DEFAULT_CONTENT_DIVIDER);

        prefs.saveWindowGeometry(new WindowGeometry(10, 20, 900, 700, true));
        prefs.saveContentDivider(0.3);
        prefs.saveDark(true);
        prefs.saveRecentFolders(RecentFolders.EMPTY.opened(Path.of("/a")).opened(Path.of("/b")));

        ShellPreferences again = new ShellPreferences(settings);
        assertThat(again.windowGeometry()).contains(new WindowGeometry(10, 20, 900, 700, true));
        assertThat(again.contentDivider()).isEqualTo(0.3);
        assertThat(again.dark()).isTrue();
        assertThat(again.recentFolders().folders()).containsExactly(Path.of("/b"), Path.of("/a"));

        settings.snapshot().keySet().forEach(k -> settings.put(k, "not a value"));
        ShellPreferences garbled = new ShellPreferences(settings);
        assertThat(garbled.contentDivider()).isEqualTo(ShellPreferences.DEFAULT_CONTENT_DIVIDER);
        assertThat(garbled.dark()).isFalse();
    }

    @Test
    void aRememberedWindowIsBroughtBackOntoTheScreen() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);
        WindowGeometry offScreen = new WindowGeometry(5000, 4000, 1200, 800, false);
        WindowGeometry fitted = offScreen.fitTo(List.of(screen));
        assertThat(screen.contains(fitted.x(), fitted.y())).isTrue();
        WindowGeometry tooBig = new WindowGeometry(0, 0, 4000, 3000, false).fitTo(List.of(screen));
        assertThat(tooBig.width()).isLessThanOrEqualTo(1600);
        assertThat(tooBig.height()).isLessThanOrEqualTo(1000);
        WindowGeometry centered = WindowGeometry.centered(screen);
        assertThat(IntStream.of((int) centered.x(), (int) centered.y())).allMatch(v -> v >= 0);
    }
}

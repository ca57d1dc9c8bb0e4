package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.CorpusLoader;
import org.parallax.model.Article;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.shell.CorpusSource;
import org.parallax.ui.shell.ShellServices;
import org.parallax.ui.shell.ShellWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The whole application as a user meets it: real loader, real FX task runner, in-memory settings. */
@ExtendWith(ApplicationExtension.class)
class ParallaxApplicationTest {

    @TempDir
    Path temp;

    private final List<Path> chooserAsked = new ArrayList<>();
    private Path chosen;
    private ParallaxApplication app;

    @Start
    void start(Stage stage) {
        app = new ParallaxApplication(host -> new ShellServices(new FxTaskRunner(), CorpusSource.of(new CorpusLoader()),
                new InMemorySettings(), (owner, initial) -> {
                    chooserAsked.add(initial);
                    return Optional.ofNullable(chosen);
                }, url -> { }));
        app.start(stage, List.of());
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void opensOnTheBundledCorpusWithFiveArticles(FxRobot robot) throws TimeoutException {
        ShellWindow window = loaded(5);

        assertThat(window.stage().getTitle()).isEqualTo("Parallax");
        assertThat(window.articleList().table().getItems()).hasSize(5);
        assertThat(window.articleList().selectedProperty().get()).isNotNull();
        assertThat(window.statusBar().countsText()).startsWith("5 articles · ");
        assertThat(window.statusBar().progressBar().isVisible()).isFalse();
        boolean loaderKnowsOutlets = window.model().corpus().articles().stream().anyMatch(a -> a.outlet().isKnown());
        if (loaderKnowsOutlets) {
            // With the manifest read: IBT Australia, Sputnik, Rise News, and the unknown outlet as one group.
            assertThat(window.statusBar().countsText()).isEqualTo("5 articles · 4 outlets");
        }
    }

    @Test
    void clickingAnArticleShowsItsText(FxRobot robot) throws TimeoutException {
        ShellWindow window = loaded(5);
        TableRow<?> third = robot.lookup(".px-article-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == 2 && r.isVisible() && !r.isEmpty()).findFirst().orElseThrow();

        robot.clickOn(third);

        Article shown = window.articleList().shown().get(2);
        assertThat(window.articleList().selectedProperty().get()).isEqualTo(shown);
        assertThat(window.articleView().articleProperty().get()).isEqualTo(shown);
        assertThat(window.articleView().bodyText()).isNotBlank();
        assertThat(shown.text()).endsWith(window.articleView().bodyText());
    }

    @Test
    void ctrlOOpensAFolderChooserAndLoadsTheChosenFolder(FxRobot robot) throws TimeoutException, IOException {
        ShellWindow window = loaded(5);
        chosen = Files.createDirectory(temp.resolve("two-articles"));
        Files.writeString(chosen.resolve("a.txt"), "Putin met Assad in Moscow.\n\nThe visit was a surprise.");
        Files.writeString(chosen.resolve("b.txt"), "Assad flew home on Wednesday.");

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.articleList().table().getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chooserAsked).hasSize(1);
        assertThat(window.stage().getTitle()).isEqualTo("Parallax — two-articles");
        assertThat(window.statusBar().countsText()).isEqualTo("2 articles · 1 outlet");
        assertThat(window.articleList().shown()).extracting(Article::file).containsExactlyInAnyOrder("a.txt", "b.txt");
    }

    private ShellWindow loaded(int articles) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window() != null
                && app.window().articleList().table().getItems().size() == articles
                && !app.window().model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return app.window();
    }
}

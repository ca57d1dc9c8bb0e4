package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.shell.ShellServices;
import org.parallax.ui.shell.ShellWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The foundation issue's window checks, on the real pipeline and the bundled corpus, headless. */
@ExtendWith(ApplicationExtension.class)
class ParallaxWindowTest {

    @TempDir
    static Path temp;

    private final List<Path> chooserCalls = new CopyOnWriteArrayList<>();
    private volatile Path chosenFolder;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        ParallaxApplication app = new ParallaxApplication(host -> new ShellServices(new FxTaskRunner(),
                ParallaxApplication.source(Pipeline.standard()), new InMemorySettings(),
                (owner, initial) -> {
                    chooserCalls.add(initial == null ? Path.of("") : initial);
                    return java.util.Optional.ofNullable(chosenFolder);
                }, url -> { }));
        app.start(stage, List.of());
        window = app.window();
    }

    private void waitForArticles(int count) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.articleList().table().getItems().size() == count && !window.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheBundledCorpus(FxRobot robot) throws Exception {
        waitForArticles(5);
        assertThat(window.stage().getTitle()).startsWith("Parallax");
        assertThat(window.statusBar().countsText()).isEqualTo("5 articles · 4 outlets");
        assertThat(window.articleList().table().getItems()).extracting(Article::published)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void clickingAnArticleShowsItsCleanedText(FxRobot robot) throws Exception {
        waitForArticles(5);
        Article sputnik = window.articleList().table().getItems().stream()
                .filter(a -> a.outlet().name().equals("Sputnik")).findFirst().orElseThrow();
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == sputnik).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articleView().articleProperty().get()).isEqualTo(sputnik);
        assertThat(window.articleView().bodyText())
                .contains("Russian President Vladimir Putin and Syrian President Bashar Assad met in Moscow on Tuesday evening")
                .doesNotContain("Get short URL");
    }

    @Test
    void ctrlOAsksForAFolderAndOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Path folder = Files.createDirectories(temp.resolve("floods"));
        Files.writeString(folder.resolve("a.txt"), "River floods the valley\n\nThe river rose on Monday.\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Rain stops\n\nThe rain stopped on Tuesday.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        chosenFolder = folder;

        robot.clickOn(window.articleList().table()).press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitForArticles(2);

        assertThat(chooserCalls).hasSize(1);
        assertThat(window.stage().getTitle()).contains("floods");
        assertThat(window.statusBar().countsText()).isEqualTo("2 articles · 1 outlet");
        assertThat(window.problemsPanel().table().getItems())
                .singleElement().satisfies(w -> assertThat(w.file()).isEqualTo("broken.txt"));
    }

    @Test
    void droppingAFolderOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Path folder = Files.createDirectories(temp.resolve("dropped"));
        Files.writeString(folder.resolve("one.txt"), "Bridge reopens\n\nThe bridge reopened on Friday.\n");
        robot.interact(() -> window.openDropped(List.of(folder)));
        waitForArticles(1);
        assertThat(window.articleView().bodyText()).contains("The bridge reopened on Friday.");
    }

    @Test
    void selectingAnEventOnTheTimelineShowsWhereTheArticleOnScreenReportedIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Article sputnik = window.articleList().table().getItems().stream()
                .filter(a -> a.outlet().name().equals("Sputnik")).findFirst().orElseThrow();
        robot.interact(() -> window.articleList().select(sputnik.id()));
        org.parallax.model.Event talks = window.timeline().getEvents().stream()
                .filter(e -> e.date().startsWith("2015-10-20")).findFirst().orElseThrow();
        assertThat(talks.mentions()).extracting(org.parallax.model.Span::articleId).contains(sputnik.id());

        robot.interact(() -> window.timeline().setSelectedEvent(talks));

        assertThat(window.articleView().articleProperty().get()).isEqualTo(sputnik);
        assertThat(window.timeline().getStories()).hasSize(2);
    }

    @Test
    void theEventDetailListsEveryOutletsSentenceAndOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        org.parallax.model.Event talks = window.timeline().getEvents().stream()
                .filter(e -> e.date().startsWith("2015-10-20")).findFirst().orElseThrow();
        robot.interact(() -> window.timeline().setSelectedEvent(talks));

        var sentences = window.eventDetail().mentions();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sentences).anySatisfy(b -> assertThat(b.getAccessibleText()).startsWith("Sputnik: "));

        var rise = sentences.stream().filter(b -> b.getAccessibleText().startsWith("Rise News: ")).findFirst().orElseThrow();
        robot.interact(rise::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articleView().articleProperty().get().outlet().name()).isEqualTo("Rise News");
    }
}

package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.shell.CorrectionAnswers;
import org.parallax.ui.shell.ShellServices;
import org.parallax.ui.shell.ShellWindow;
import org.parallax.ui.shell.WindowParts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set Publication Date… from the article list in the real window on the real pipeline: the article's "on Saturday"
 * moves with its new date on the timeline (worked out off the FX thread), it is marked as corrected, and undo puts it
 * back.
 */
@ExtendWith(ApplicationExtension.class)
class RedateWindowTest {

    @TempDir
    static Path temp;
    private static Path folder;
    private ShellWindow window;

    @BeforeAll
    static void writeArticles() throws Exception {
        folder = RedatedArticleTest.writeFolder(temp);
    }

    @Start
    void start(Stage stage) {
        ParallaxApplication app = new ParallaxApplication(host -> new ShellServices(new FxTaskRunner(),
                ParallaxApplication.source(Pipeline.uncached()), new InMemorySettings(),
                (owner, initial) -> java.util.Optional.empty(), url -> { }));
        app.start(stage, List.of(folder.toString()));
        window = app.window();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The date of the event the Gazette's engineers' sentence is in, as the timeline has it. */
    private static String inspectionDate(List<Event> events, Corpus c) {
        Article a = c.article("a").orElseThrow();
        return events.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.articleId().equals("a")
                && a.textOf(m).contains("Engineers inspected"))).map(Event::date).findFirst().orElse(null);
    }

    @Test
    void aRedatedArticleMovesItsEventsOnTheTimelineAndUndoPutsThemBack(FxRobot robot) throws Exception {
        WindowParts parts = new WindowParts(robot);
        waitUntil(() -> window.model().corpus().articles().size() == 2);
        assertThat(inspectionDate(parts.timeline().getEvents(), window.model().corpus())).isEqualTo("2024-03-09");
        List<String> asked = new ArrayList<>();
        robot.interact(() -> CorrectionAnswers.answer(window, asked, "20 March", "2024-03-20"));

        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isEmpty() && ((Article) r.getItem()).id().equals("a")).findFirst().orElseThrow();
        MenuItem item = row.getContextMenu().getItems().stream()
                .filter(i -> "Set Publication Date…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        assertThat(asked).as("a text that is no day is asked again")
                .containsExactly("Set Publication Date", "Set Publication Date");

        waitUntil(() -> LocalDate.of(2024, 3, 20).equals(window.model().corpus().article("a").orElseThrow().published()));
        assertThat(inspectionDate(parts.timeline().getEvents(), window.model().corpus()))
                .as("on Saturday, a week later").isEqualTo("2024-03-16");
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream().map(Labeled::getText))
                .as("marked in the list").contains("Whitby Gazette  \u270e");
        robot.interact(() -> parts.articleTable().getItems().stream().filter(a -> a.id().equals("a")).findFirst()
                .ifPresent(a -> parts.articleTable().getSelectionModel().select(a)));
        assertThat(parts.meta()).contains("\u270e corrected by you").contains("20 March 2024");
        assertThat(robot.lookup(".root").queryAs(javafx.scene.Node.class).getScene().getWindow())
                .extracting(w -> ((Stage) w).getTitle()).asString().endsWith("unsaved changes");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> LocalDate.of(2024, 3, 13).equals(window.model().corpus().article("a").orElseThrow().published()));
        assertThat(inspectionDate(parts.timeline().getEvents(), window.model().corpus())).isEqualTo("2024-03-09");
    }
}

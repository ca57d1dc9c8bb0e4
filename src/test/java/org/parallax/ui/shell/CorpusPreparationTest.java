package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadResult;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.ui.article.ArticleList;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A corpus's lookup (the list's order, the event detail's indexes) is made by the window's runner, not on the FX thread
 * when the corpus arrives or an event is selected: until the runner has made it, the list and the detail say the
 * articles are opening, and what was asked of them meanwhile is done once it comes.
 */
@ExtendWith(ApplicationExtension.class)
class CorpusPreparationTest {

    private static final String TEXT = ShellWindowTest.UNTITLED.text();
    private static final Span VISIT = new Span(ShellWindowTest.UNTITLED.id(), 0, TEXT.indexOf('.') + 1);
    static final Event EVENT = new Event("visit", "Assad visits Moscow", "2015-10-20", null, List.of(VISIT));

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final FakeCorpusSource source = new FakeCorpusSource();
    private ShellWindow window;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = openBundled(stage, runner, source, Corpus.of(List.of(ShellWindowTest.MOSCOW,
                ShellWindowTest.UNTITLED, ShellWindowTest.EARLIER, ShellWindowTest.SOCHI)).withEvents(List.of(EVENT)));
    }

    /** A window on {@code runner} that opens {@code corpus} as the bundled one: the load is held, as all its work. */
    static ShellWindow openBundled(Stage stage, HeldTaskRunner runner, FakeCorpusSource source, Corpus corpus) {
        source.bundled = new LoadResult(corpus, List.of());
        ShellWindow window = new ShellWindow(stage, new ShellServices(runner, source, new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
        return window;
    }

    /** Runs the held work up to the load: the corpus arrives on the FX thread, what it submits stays held. */
    static void arrive(FxRobot robot, HeldTaskRunner runner) {
        while (runner.pending().stream().anyMatch(h -> ShellModel.LOAD_KEY.equals(h.key()))) {
            robot.interact(runner::runNext);
        }
    }

    private void arrive(FxRobot robot) {
        arrive(robot, runner);
    }

    /** Runs every held task (and what they submit) but the timeline's layouts, the one work that makes events' quotes. */
    static void runAllButLayouts(FxRobot robot, HeldTaskRunner runner) {
        while (true) {
            String key = runner.pending().stream().map(h -> h.key())
                    .filter(k -> k != null && !k.startsWith("timeline-data")).findFirst().orElse(null);
            if (key == null) {
                return;
            }
            robot.interact(() -> runner.runFirst(key));
        }
    }

    @Test
    void theListGetsItsSortedArticlesFromTheRunner(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        assertThat(runner.pending()).extracting(h -> h.key()).as("the lookup is held").contains("corpus-lookup");
        assertThat(parts.shownArticles()).as("nothing sorted on the FX thread").isEmpty();
        assertThat(((Label) parts.articleTable().getPlaceholder()).getText()).isEqualTo(ArticleList.OPENING);
        while (runner.pending().stream().anyMatch(h -> "corpus-lookup".equals(h.key()))) {
            robot.interact(runner::runNext);
        }
        assertThat(parts.shownArticles()).containsExactly(ShellWindowTest.EARLIER, ShellWindowTest.UNTITLED,
                ShellWindowTest.MOSCOW, ShellWindowTest.SOCHI);
        assertThat(parts.selectedArticle()).isEqualTo(ShellWindowTest.EARLIER);
        runAllButLayouts(robot, runner);
        assertThat(parts.timeline().getFindings().quotes().isMade())
                .as("the tooltips wait for the layout's events' quotes: no other task makes them").isFalse();
    }

    @Test
    void theStatusBarCountsTheArticlesOnTheRunner(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        assertThat(parts.statusCounts()).as("the articles' number at once, the outlets counted on the runner")
                .isEqualTo("4 articles");
        robot.interact(() -> runner.runFirst(CorpusPreparation.CHOICES_KEY));
        assertThat(parts.statusCounts()).isEqualTo("4 articles · " + Corpus.outletCount(List.of(ShellWindowTest.MOSCOW,
                ShellWindowTest.UNTITLED, ShellWindowTest.EARLIER, ShellWindowTest.SOCHI)) + " outlets");
    }

    @Test
    void theStatusBarNeverShowsTheCountsOfTheCorpusBefore(FxRobot robot) {
        arrive(robot);
        robot.interact(runner::runAll);
        WindowParts parts = new WindowParts(robot);
        assertThat(parts.statusCounts()).startsWith("4 articles · ");
        Article other = new Article("b1", "b1.txt", Outlet.of("Other Times"), "Before", null, null, "",
                "A first article in the other folder.", List.of());
        openFolder(robot, Corpus.of(List.of(other)));
        assertThat(parts.statusCounts()).as("while the outlets are counted").isEqualTo("1 article");
        assertThat(robot.lookup(".px-status-counts").queryAs(Label.class).isVisible()).isTrue();
        robot.interact(runner::runAll);
        assertThat(parts.statusCounts()).isEqualTo("1 article · 1 outlet");
    }

    @Test
    void anArticleOfTheSameIdInAnotherFolderIsNotSelected(FxRobot robot) {
        arrive(robot);
        robot.interact(runner::runAll);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> parts.articleTable().getSelectionModel().select(ShellWindowTest.UNTITLED));
        assertThat(parts.selectedArticle()).isEqualTo(ShellWindowTest.UNTITLED);
        Article other = new Article("b1", "b1.txt", Outlet.of("Other Times"), "Before", null, null, "",
                "A first article in the other folder.", List.of());
        Article namesake = new Article(ShellWindowTest.UNTITLED.id(), "a2.txt", Outlet.of("Other Times"), "Namesake",
                null, null, "", "Another article that happens to share the id of the one selected.", List.of());
        openFolder(robot, Corpus.of(List.of(other, namesake)));
        robot.interact(runner::runAll);
        assertThat(parts.shownArticles()).containsExactly(other, namesake);
        assertThat(parts.selectedArticle()).as("the other folder's first article, not its a2").isEqualTo(other);
    }

    @Test
    void anEventSelectedBeforeTheLookupShowsAndOpensItsArticleOnceItComes(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> parts.timeline().setSelectedEvent(EVENT));
        assertThat(parts.eventMentions()).as("the detail builds no index of its own").isEmpty();
        assertThat(robot.lookup("Reading the articles of this event\u2026").tryQuery()).isPresent();
        robot.interact(runner::runAll);
        assertThat(parts.eventMentions()).hasSize(1);
        assertThat(parts.selectedArticle()).isEqualTo(ShellWindowTest.UNTITLED);
        assertThat(parts.highlightedText()).isEqualTo(TEXT.substring(VISIT.start(), VISIT.end()));
    }

    @Test
    void aWishToOpenAnArticleIsDroppedWhenAnotherFolderOpensBeforeTheLookup(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> parts.timeline().setSelectedEvent(EVENT)); // wishes to open UNTITLED (a2) at the visit
        Article namesake = new Article(ShellWindowTest.UNTITLED.id(), "a2.txt", Outlet.of("Other Times"), "Namesake",
                null, null, "", "Another article that happens to share the id of the first.", List.of());
        Article other = new Article("b1", "b1.txt", Outlet.of("Other Times"), "Before", null, null, "",
                "A first article in the other folder.", List.of());
        openFolder(robot, Corpus.of(List.of(other, namesake)));
        robot.interact(runner::runAll);
        assertThat(parts.shownArticles()).containsExactlyInAnyOrder(other, namesake);
        assertThat(parts.selectedArticle()).as("the other folder's a2 is not the article asked for").isNotEqualTo(namesake);
    }

    @Test
    void aWishToOpenAnArticleOutlivesACorpusOfTheSameArticles(FxRobot robot) {
        arrive(robot);
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> parts.timeline().setSelectedEvent(EVENT));
        openFolder(robot, Corpus.of(List.of(ShellWindowTest.SOCHI, ShellWindowTest.UNTITLED)));
        robot.interact(runner::runAll);
        assertThat(parts.selectedArticle()).isEqualTo(ShellWindowTest.UNTITLED);
        assertThat(parts.highlightedText()).isEqualTo(TEXT.substring(VISIT.start(), VISIT.end()));
    }

    @Test
    void aProblemOpensTheArticleOfTheCorpusOnShowNotItsNamesakeInTheListBefore(FxRobot robot) {
        arrive(robot);
        robot.interact(runner::runAll);
        WindowParts parts = new WindowParts(robot);
        Article other = new Article("b1", "b1.txt", Outlet.of("Other Times"), "Before", null, null, "",
                "A first article in the other folder.", List.of());
        Article namesake = new Article(ShellWindowTest.UNTITLED.id(), "a2.txt", Outlet.of("Other Times"), "Namesake",
                null, null, "", "Another article that happens to share the id of the one in the list.", List.of());
        openFolder(robot, Corpus.of(List.of(other, namesake)),
                List.of(org.parallax.load.LoadWarning.of("a2.txt", "a repeated paragraph was removed")));
        assertThat(parts.problemsShown()).isTrue();
        assertThat(parts.shownArticles()).as("the list still holds the corpus before").contains(ShellWindowTest.UNTITLED);

        robot.doubleClickOn(robot.lookup("." + org.parallax.ui.common.Styles.PROBLEM_FILE_CELL)
                .queryAllAs(javafx.scene.control.TableCell.class).stream().filter(c -> "a2.txt".equals(c.getText()))
                .findFirst().orElseThrow());
        assertThat(parts.selectedArticle()).as("not the corpus before's a2").isNotEqualTo(ShellWindowTest.UNTITLED);
        robot.interact(runner::runAll);
        assertThat(parts.selectedArticle()).isEqualTo(namesake);
    }

    /** Opens a folder holding {@code corpus}: it arrives while the bundled corpus's lookup is still held. */
    private void openFolder(FxRobot robot, Corpus corpus) {
        openFolder(robot, corpus, List.of());
    }

    private void openFolder(FxRobot robot, Corpus corpus, List<org.parallax.load.LoadWarning> warnings) {
        Path abs = folder.toAbsolutePath().normalize();
        source.folders.put(abs, new LoadResult(corpus, warnings));
        robot.interact(() -> window.open(new LoadRequest.Folder(abs)));
        robot.interact(() -> runner.runFirst(ShellModel.LOAD_KEY)); // it arrives before the first corpus's lookup
    }
}

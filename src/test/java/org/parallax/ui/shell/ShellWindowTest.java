package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell on a corpus built from model records, with the same-thread runner: no waiting. */
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {

    private static final LocalDate OCT_20 = LocalDate.of(2015, 10, 20);
    private static final LocalDate OCT_21 = LocalDate.of(2015, 10, 21);

    static final Article MOSCOW = new Article("a1", "a1.txt", Outlet.of("Sputnik"), "Assad in Moscow", OCT_21,
            DateSource.MANIFEST, "https://sputniknews.com/x", "Assad in Moscow\n\nPutin and Assad met on Tuesday.\n\nThe talks lasted hours.", List.of());
    static final Article UNTITLED = new Article("a2", "a2.txt", Outlet.of("Rise News"), "", OCT_21,
            DateSource.MANIFEST, "", "Syrian President Bashar al-Assad paid a surprise visit to Moscow. More text.", List.of());
    static final Article EARLIER = new Article("a3", "a3.txt", Outlet.UNKNOWN, "Earlier", OCT_20,
            DateSource.TEXT, "", "Something happened first.", List.of());
    static final Article SOCHI = new Article("a4", "a4.txt", Outlet.of("Sputnik"), "Sochi", null,
            null, "", "Assad went to Sochi.", List.of());
    static final List<LoadWarning> WARNINGS = List.of(new LoadWarning("a1.txt", 3, 7, "a repeated paragraph was removed"),
            LoadWarning.of("broken.bin", "binary file refused"));

    private final FakeCorpusSource source = new FakeCorpusSource();
    private final InMemorySettings settings = new InMemorySettings();
    private final List<Path> chooserAsked = new ArrayList<>();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private Path chosen;
    private List<Path> chosenFiles = List.of();
    private ShellWindow window;
    private Stage stage;
    private WindowParts parts;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws java.io.IOException {
        // another test's window may have autosaved its unsaved corrections (every minute, under load): that recovery
        // file would be listed as one more problem here
        String recovery = System.getProperty("parallax.recovery");
        if (recovery != null) {
            java.nio.file.Files.deleteIfExists(Path.of(recovery));
        }
        this.stage = stage;
        source.bundled = new LoadResult(Corpus.of(List.of(MOSCOW, UNTITLED, EARLIER, SOCHI)), WARNINGS);
        FolderChooser chooser = new FolderChooser() {
            @Override
            public Optional<Path> choose(javafx.stage.Window owner, Path initial) {
                chooserAsked.add(initial);
                return Optional.ofNullable(chosen);
            }

            @Override
            public List<Path> chooseFiles(javafx.stage.Window owner, Path initial) {
                chooserAsked.add(initial);
                return chosenFiles;
            }
        };
        window = new ShellWindow(stage, new ShellServices(runner, source, settings, chooser, url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
    }

    @Test
    void listsTheArticlesByDateThenOutletWithTheFirstSelected(FxRobot robot) {
        parts = new WindowParts(robot);
        assertThat(parts.shownArticles()).containsExactly(EARLIER, UNTITLED, MOSCOW, SOCHI);
        assertThat(parts.selectedArticle()).isEqualTo(EARLIER);
        assertThat(parts.headline()).isEqualTo("Earlier");
        assertThat(stage.getTitle()).isEqualTo("Parallax");
    }

    @Test
    void theStatusBarCountsArticlesAndOutletsWithUnknownAsOneGroup(FxRobot robot) {
        parts = new WindowParts(robot);
        assertThat(parts.statusCounts()).isEqualTo("4 articles · 3 outlets");
        assertThat(parts.statusCountsTooltip()).startsWith("1 article has no known outlet");
        assertThat(parts.problemsButton().getText()).isEqualTo("2 problems");
        assertThat(parts.progressBar().isVisible()).isFalse();
        assertThat(runner.progressLog()).contains("Opening · 100% · 000.txt");
    }

    @Test
    void unknownValuesAreShownMutedAndNeverMadeUp(FxRobot robot) {
        assertThat(cell(robot, Styles.OUTLET_CELL, "Unknown outlet").getPseudoClassStates()).contains(Styles.MUTED_STATE);
        assertThat(cell(robot, Styles.DATE_CELL, "undated").getPseudoClassStates()).contains(Styles.MUTED_STATE);
        TableCell<?, ?> fallback = cell(robot, Styles.TITLE_CELL,
                "Syrian President Bashar al-Assad paid a surprise visit to Moscow.");
        assertThat(fallback.getPseudoClassStates()).contains(Styles.MUTED_STATE);
        assertThat(cell(robot, Styles.DATE_CELL, "21 Oct 2015").getPseudoClassStates()).doesNotContain(Styles.MUTED_STATE);
    }

    @Test
    void clickingAnArticleShowsItsHeadlineMetaAndText(FxRobot robot) {
        parts = new WindowParts(robot);
        robot.clickOn("Assad in Moscow");

        assertThat(parts.shownFile()).isEqualTo(MOSCOW.file());
        assertThat(parts.headline()).isEqualTo("Assad in Moscow");
        // The first paragraph only repeats the headline, so the body starts after it.
        assertThat(parts.bodyText()).isEqualTo("Putin and Assad met on Tuesday.\n\nThe talks lasted hours.");
        assertThat(robot.lookup(".px-article-meta .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Sputnik", "21 October 2015", "a1.txt");
    }

    @Test
    void theArrowKeysMoveThroughTheList(FxRobot robot) {
        robot.clickOn("Earlier").type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(new WindowParts(robot).selectedArticle()).isEqualTo(MOSCOW);
    }

    @Test
    void aSearchHitHighlightsItsWordsInTheArticleAndADoubleClickSelectsAWord(FxRobot robot) {
        parts = new WindowParts(robot);
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).write("tuesday").type(KeyCode.ENTER);
        assertThat(parts.shownFile()).isEqualTo(MOSCOW.file());
        assertThat(parts.highlightedText()).isEqualTo("Tuesday");

        robot.type(KeyCode.ESCAPE); // closes the hits
        robot.doubleClickOn(parts.highlightOnScreen(0.5));
        assertThat(parts.selectedText()).isEqualTo("Tuesday");
    }

    @Test
    void ctrlShiftFFromTheQuotesTabBringsTheArticlesFilterForward(FxRobot robot) {
        parts = new WindowParts(robot);
        robot.interact(() -> window.show(ShellPane.QUOTES));
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(parts.shownPane()).isEqualTo(ShellPane.ARTICLES);
        assertThat(stage.getScene().getFocusOwner()).isInstanceOfSatisfying(javafx.scene.control.TextField.class,
                f -> assertThat(f.getPromptText()).isEqualTo("Filter by outlet, title or text"));
    }

    @Test
    void focusOnTheTabsGivesTheComparisonTheWindowAndBringsTheTimelineBack(FxRobot robot) {
        parts = new WindowParts(robot);
        var timeline = parts.timeline();
        KeyCodeCombination focus = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        robot.interact(() -> window.show(ShellPane.QUOTES));
        robot.push(focus);
        assertThat(timeline.getScene()).as("the timeline steps aside").isNull();
        assertThat(parts.shownPane()).isEqualTo(ShellPane.QUOTES);
        robot.push(focus);
        assertThat(timeline.getScene()).isNotNull();
    }

    @Test
    void theKeyboardShortcutsListIsReadFromTheMenusAndAddsTheTimelinesKeys(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<KeyboardShortcuts.Row> rows = KeyboardShortcuts.rows(bar);
        assertThat(rows).contains(
                new KeyboardShortcuts.Row("View", "Filter Articles", ShellMenus.FILTER.getDisplayText()),
                new KeyboardShortcuts.Row("File", "Open Folder", ShellMenus.OPEN.getDisplayText()),
                new KeyboardShortcuts.Row("View", "Quotes", ShellPane.QUOTES.accelerator().getDisplayText()));
        assertThat(rows).extracting(KeyboardShortcuts.Row::section).contains("Timeline");
        assertThat(rows).extracting(KeyboardShortcuts.Row::action).noneMatch(a -> a.contains("_") || a.contains("…"));
    }

    @Test
    void theProblemsPanelListsWarningsAndLeadsToTheirArticle(FxRobot robot) {
        parts = new WindowParts(robot);
        assertThat(parts.problemsShown()).isTrue();
        assertThat(parts.problems()).containsExactlyElementsOf(WARNINGS);
        assertThat(ProblemsPanel.position(WARNINGS.get(0))).isEqualTo("3:7");
        assertThat(ProblemsPanel.position(WARNINGS.get(1))).isEmpty();

        robot.doubleClickOn(cell(robot, Styles.PROBLEM_FILE_CELL, "a1.txt"));
        assertThat(parts.selectedArticle()).isEqualTo(MOSCOW);

        robot.clickOn("✕");
        assertThat(parts.problemsShown()).isFalse();
        assertThat(((javafx.scene.control.CheckMenuItem) parts.menuItem("toggle-problems")).isSelected()).isFalse();
        robot.clickOn("2 problems");
        assertThat(parts.problemsShown()).isTrue();
    }

    @Test
    void ctrlOAsksForAFolderAndOpensIt(FxRobot robot) throws IOException {
        chosen = Files.createDirectory(temp.resolve("coverage-2015"));
        source.folders.put(chosen, new LoadResult(Corpus.of(List.of(MOSCOW, SOCHI)), List.of()));

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));

        parts = new WindowParts(robot);
        assertThat(chooserAsked).hasSize(1);
        assertThat(parts.shownArticles()).containsExactly(MOSCOW, SOCHI);
        assertThat(parts.statusCounts()).isEqualTo("2 articles · 1 outlet");
        assertThat(stage.getTitle()).isEqualTo("Parallax — coverage-2015");
        Menu recent = (Menu) parts.menuItem("open-recent");
        assertThat(recent.isDisable()).isFalse();
        assertThat(recent.getItems().get(0).getText()).contains("coverage-2015");
        assertThat(settings.snapshot()).containsEntry("recent.0", chosen.toString()).doesNotContainKey("recent.1");
        // No warnings this time: the panel that opened for the last load closes again.
        assertThat(parts.problemsShown()).isFalse();
    }

    @Test
    void ctrlShiftOOpensChosenFilesSuchAsAModel(FxRobot robot) throws IOException {
        Path model = Files.writeString(temp.resolve("story.json"), "{}");
        source.files = new LoadResult(Corpus.of(List.of(MOSCOW)), List.of());
        chosenFiles = List.of(model);
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(source.calls).endsWith("files 1");
        assertThat(new WindowParts(robot).shownArticles()).containsExactly(MOSCOW);
    }

    @Test
    void cancellingTheChooserChangesNothing(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        assertThat(chooserAsked).hasSize(1);
        assertThat(source.calls).containsExactly("bundled");
        assertThat(new WindowParts(robot).menuItem("open-recent").isDisable()).isTrue();
    }

    @Test
    void aDroppedFolderOpensAsAFolderAndDroppedFilesAsFiles(FxRobot robot) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("dropped"));
        Path file = Files.writeString(temp.resolve("one.txt"), "One.");
        robot.interact(() -> window.openDropped(List.of(folder)));
        robot.interact(() -> window.openDropped(List.of(file, temp.resolve("missing.txt"))));

        assertThat(source.calls).containsExactly("bundled", "folder dropped", "files 1");
        assertThat(new WindowParts(robot).problems()).extracting(LoadWarning::message).containsExactly("file not found");
        assertThat(stage.getTitle()).isEqualTo("Parallax — one.txt");
    }

    @Test
    void anEmptyCorpusShowsTheEmptyState(FxRobot robot) throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        robot.interact(() -> window.open(new LoadRequest.Folder(empty)));

        assertThat(new WindowParts(robot).statusCounts()).isEqualTo("No articles");
        Node title = robot.lookup("." + Styles.EMPTY_TITLE).query();
        assertThat(((Label) title).getText()).isEqualTo("No articles.");
        assertThat(title.isVisible()).isTrue();
        assertThat(robot.lookup("." + Styles.EMPTY_HINT).queryAs(Label.class).getText())
                .isEqualTo("Open a folder (Ctrl+O) or drop one here.");
    }

    @Test
    void aFolderThatIsGoneKeepsTheCorpusAndSaysWhy(FxRobot robot) throws IOException {
        parts = new WindowParts(robot);
        Path gone = Files.createDirectory(temp.resolve("gone"));
        source.folders.put(gone, new LoadResult(Corpus.of(List.of(MOSCOW, UNTITLED, EARLIER, SOCHI)), List.of()));
        robot.interact(() -> window.open(new LoadRequest.Folder(gone)));
        assertThat(parts.menuItem("open-recent").isDisable()).isFalse();
        Files.delete(gone);

        robot.interact(() -> window.openRecent(gone));

        assertThat(parts.shownArticles()).hasSize(4);
        assertThat(parts.problems().get(0).message()).contains("no longer exists");
        assertThat(parts.menuItem("open-recent").isDisable()).isTrue();
        assertThat(settings.snapshot()).doesNotContainKey("recent.0");
    }

    @Test
    void darkModeSwapsTheTokensAndIsRemembered(FxRobot robot) {
        KeyCodeCombination darkMode = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        robot.push(darkMode);
        assertThat(stage.getScene().getStylesheets()).contains(Theme.TOKENS, Theme.DARK);
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).contains(Styles.DARK);
        assertThat(settings.snapshot()).containsEntry("theme.dark", "true");

        robot.push(darkMode);
        assertThat(stage.getScene().getStylesheets()).doesNotContain(Theme.DARK);
        assertThat(settings.snapshot()).containsEntry("theme.dark", "false");
    }

    @Test
    void theFilterNarrowsTheList(FxRobot robot) {
        parts = new WindowParts(robot);
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)).write("sochi");
        assertThat(parts.shownArticles()).containsExactly(SOCHI);
        robot.type(KeyCode.ESCAPE);
        assertThat(parts.shownArticles()).hasSize(4);
    }

    @Test
    void closingTheWindowRemembersItsState(FxRobot robot) {
        robot.interact(() -> stage.close());
        assertThat(settings.snapshot()).containsKeys("window.x", "window.y", "window.width", "window.height",
                "window.maximized", "divider.content", "divider.problems");
    }

    private static TableCell<?, ?> cell(FxRobot robot, String styleClass, String text) {
        return robot.lookup("." + styleClass).queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + styleClass + " showing " + text));
    }
}

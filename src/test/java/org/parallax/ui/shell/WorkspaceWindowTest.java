package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.load.LoadResult;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Speaker;
import org.parallax.store.Overlay;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.parallax.ui.timeline.TimelineFindings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Corrections in the window: shown at once, marked unsaved, saved to a workspace, reopened, undone. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {

    @TempDir
    Path temp;
    private final FakeCorpusSource source = new FakeCorpusSource();
    private ShellWindow window;
    private Stage stage;
    private Path saveTo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        source.bundled = new LoadResult(FloodCorpus.CORPUS, List.of());
        FolderChooser chooser = new FolderChooser() {
            @Override
            public Optional<Path> choose(Window owner, Path initial) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSaveFile(Window owner, Path initial, String suggestedName) {
                return Optional.ofNullable(saveTo);
            }
        };
        window = new ShellWindow(stage, new ShellServices(new SameThreadTaskRunner(), source, new InMemorySettings(),
                chooser, url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
    }

    @Test
    void aCorrectedSpeakerAndDateAreSavedReopenedAndUndone(FxRobot robot) throws Exception {
        WorkspaceEdits edits = window.model().edits();
        Corpus extracted = edits.extracted();
        Quote quote = extracted.quotes().get(0);
        Event event = extracted.events().get(0);
        robot.interact(() -> {
            edits.correct(new Correction.QuoteSpeaker(Overlay.keyOf(quote), "Someone Else"));
            edits.correct(new Correction.EventDate(Overlay.keyOf(event, extracted), "1999-01-02"));
        });
        assertThat(stage.getTitle()).endsWith("unsaved changes");
        assertThat(window.model().corpus().quotes().get(0).speaker()).isEqualTo(new Speaker("Someone Else"));
        assertThat(window.model().corpus().events()).extracting(Event::date).contains("1999-01-02");

        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> {
            parts.timeline().setSelectedEvent(FloodCorpus.INQUIRY);
            window.show(ShellPane.FIGURES);
            parts.timeline().laneModeProperty().set(org.parallax.chart.timeline.LaneMode.STORY);
            parts.timeline().setLaneNameWidth(240);
        });
        saveTo = temp.resolve("floods.parallax");
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        assertThat(Files.readString(saveTo)).contains("\"quoteSpeaker\"").contains("1999-01-02");
        assertThat(stage.getTitle()).isEqualTo("Parallax — floods.parallax");
        assertThat(window.model().recentProperty().get().folders()).as("listed in Open Recent").contains(saveTo);

        robot.interact(() -> window.open(new LoadRequest.Bundled())); // something else, then the workspace again
        assertThat(edits.corrections()).isEmpty();
        robot.interact(() -> {
            window.show(ShellPane.ARTICLES);
            parts.timeline().laneModeProperty().set(org.parallax.chart.timeline.LaneMode.OUTLET);
            parts.timeline().setLaneNameWidth(168);
        });
        robot.interact(() -> window.openRecent(saveTo));
        assertThat(edits.corrections()).hasSize(2);
        assertThat(edits.corrected().corrected()).contains(quote.id(), event.id());
        assertThat(window.model().corpus().quotes().get(0).speaker()).isEqualTo(new Speaker("Someone Else"));
        assertThat(parts.shownPane()).as("the view as it was saved").isEqualTo(ShellPane.FIGURES);
        assertThat(parts.timeline().getSelectedEvent().id()).isEqualTo(FloodCorpus.INQUIRY.id());
        assertThat(parts.timeline().getLaneMode()).isEqualTo(org.parallax.chart.timeline.LaneMode.STORY);
        assertThat(parts.timeline().getLaneNameWidth()).as("the lane-name column as it was dragged").isEqualTo(240);

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertThat(window.model().corpus()).isEqualTo(extracted);
        assertThat(stage.getTitle()).endsWith("unsaved changes");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(window.model().corpus().quotes().get(0).speaker()).isEqualTo(new Speaker("Someone Else"));
    }

    /** A workspace reopened while its own corrected corpus is on show, unchanged, is not shown or prepared again. */
    @Test
    void aWorkspaceReopenedUnchangedKeepsTheCorpusOnShow(FxRobot robot) throws Exception {
        WorkspaceEdits edits = window.model().edits();
        Quote quote = edits.extracted().quotes().get(0);
        robot.interact(() -> edits.correct(new Correction.QuoteSpeaker(Overlay.keyOf(quote), "Someone Else")));
        saveTo = temp.resolve("reopened.parallax");
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        Corpus shown = window.model().corpus();
        TimelineFindings findings = new WindowParts(robot).timeline().getFindings();

        robot.interact(() -> window.openRecent(saveTo));
        assertThat(window.model().corpus()).as("the very corpus on show").isSameAs(shown);
        assertThat(new WindowParts(robot).timeline().getFindings()).as("not prepared again").isSameAs(findings);
        assertThat(edits.corrections()).hasSize(1);
    }

    @Test
    void theEventDetailOffersCorrectionsAndMarksWhatTheUserChanged(FxRobot robot) {
        WindowParts parts = new WindowParts(robot);
        java.util.ArrayDeque<String> answers = new java.util.ArrayDeque<>(List.of("Inés Muñoz", "not a date", "2024-11-06"));
        List<String> asked = new java.util.ArrayList<>();
        robot.interact(() -> window.setCorrectionPrompt((title, question, initial) -> {
            asked.add(title);
            return Optional.ofNullable(answers.poll());
        }));
        robot.interact(() -> parts.timeline().setSelectedEvent(FloodCorpus.EVACUATION));
        robot.interact(() -> parts.timeline().zoomTo(4));
        var view = parts.timeline().getAxis();
        javafx.scene.Node quote = parts.eventQuotes().get(0);
        robot.interact(() -> menuItem(quote, "Change Speaker…").fire());
        assertThat(parts.timeline().getAxis()).as("a new speaker moves nothing in time: the view stays").isEqualTo(view);
        assertThat(window.model().corpus().quotes()).filteredOn(q -> q.id().equals(FloodCorpus.HALE.id()))
                .singleElement().extracting(Quote::speaker).isEqualTo(new Speaker("Inés Muñoz"));
        assertThat(parts.timeline().getSelectedEvent()).as("still selected after the correction").isNotNull();
        assertThat(robot.lookup("Speaker corrected by you").tryQuery()).isPresent();

        javafx.scene.Node label = robot.lookup(".px-event-label").queryAs(javafx.scene.Node.class);
        robot.interact(() -> menuItem(label, "Change Date…").fire());
        assertThat(asked).containsExactly("Change Speaker", "Change Date", "Change Date"); // a bad date is asked again
        assertThat(window.model().corpus().events()).filteredOn(e -> e.id().equals("evacuation"))
                .singleElement().extracting(Event::date).isEqualTo("2024-11-06");
        assertThat(robot.lookup("Corrected by you").tryQuery()).isPresent();
        assertThat(stage.getTitle()).endsWith("unsaved changes");
    }

    @Test
    void anArticlesOutletIsSetFromTheListsMenu(FxRobot robot) {
        WindowParts parts = new WindowParts(robot);
        robot.interact(() -> window.setCorrectionPrompt((title, question, initial) -> Optional.of("Ebro Gazette")));
        javafx.scene.control.TableRow<?> first = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> !r.isEmpty()).findFirst().orElseThrow();
        String id = ((org.parallax.model.Article) first.getItem()).id();
        robot.interact(() -> first.getContextMenu().getItems().get(0).fire()); // Set Outlet…
        assertThat(window.model().corpus().article(id).orElseThrow().outlet().name()).isEqualTo("Ebro Gazette");
        assertThat(parts.outletChecks().getItems()).extracting(o -> o.name()).contains("Ebro Gazette");
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.Labeled::getText)).as("marked in the list")
                .contains("Ebro Gazette  \u270e");
        robot.interact(() -> parts.articleTable().getItems().stream().filter(a -> a.id().equals(id)).findFirst()
                .ifPresent(a -> parts.articleTable().getSelectionModel().select(a))); // shown in the reader
        assertThat(parts.meta()).contains("\u270e corrected by you");
    }

    @Test
    void theOutletsTheTimelineHidesAreKeptInTheWorkspace(FxRobot robot) throws Exception {
        WindowParts parts = new WindowParts(robot);
        org.parallax.model.Outlet herald = FloodCorpus.HERALD.outlet();
        robot.interact(() -> parts.outletChecks().getCheckModel().clearCheck(herald));
        assertThat(parts.timeline().getOutlets()).doesNotContain(herald);
        saveTo = temp.resolve("no-herald.parallax");
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        assertThat(Files.readString(saveTo)).contains("\"hiddenOutlets\" : \"Evening Herald\"");

        robot.interact(() -> parts.outletChecks().getCheckModel().checkAll()); // shown again, then the file reopened
        robot.interact(() -> window.openRecent(saveTo));
        assertThat(parts.timeline().getOutlets()).as("hidden again on reopening").doesNotContain(herald)
                .contains(FloodCorpus.LEDGER.outlet());
        assertThat(parts.outletChecks().getCheckModel().isChecked(herald)).isFalse();

        saveTo = temp.resolve("all.parallax"); // nothing hidden: every outlet shows when it opens
        robot.interact(() -> parts.outletChecks().getCheckModel().checkAll());
        robot.interact(() -> window.saveAs());
        robot.interact(() -> parts.outletChecks().getCheckModel().clearCheck(herald));
        robot.interact(() -> window.openRecent(saveTo));
        assertThat(parts.timeline().getOutlets()).contains(herald);
    }

    @Test
    void outletsAreKeptOneALineWithTheUnknownOneEmpty() {
        java.util.Set<org.parallax.model.Outlet> hidden = java.util.Set.of(org.parallax.model.Outlet.UNKNOWN,
                org.parallax.model.Outlet.of("Evening Herald, Late"), org.parallax.model.Outlet.of("Valley Ledger"));
        assertThat(ViewKeys.outlets(hidden)).isEqualTo("\nEvening Herald, Late\nValley Ledger");
        assertThat(ViewKeys.outlets(ViewKeys.outlets(hidden))).isEqualTo(hidden);
        assertThat(ViewKeys.outlets((String) null)).isEmpty();
    }

    /** The item of a node's context menu with this text (what a right-click offers). */
    private static javafx.scene.control.MenuItem menuItem(javafx.scene.Node node, String text) {
        return ((javafx.scene.control.Control) node).getContextMenu().getItems().stream()
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}

package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.model.QuoteCluster;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.compare.ClusterSummary;
import org.parallax.ui.compare.CompareStyles;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A quote cluster corrected from the comparison's context menu in the window: shown, marked, followed, undone. */
@ExtendWith(ApplicationExtension.class)
class ClusterCorrectionWindowTest {

    private static final String MARK = "\u270e corrected by you";
    private final FakeCorpusSource source = new FakeCorpusSource();
    private final List<String> asked = new ArrayList<>();
    private ShellWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        source.bundled = new LoadResult(SampleCorpus.get(), List.of());
        FolderChooser chooser = new FolderChooser() {
            @Override
            public Optional<Path> choose(Window owner, Path initial) {
                return Optional.empty();
            }
        };
        window = new ShellWindow(stage, new ShellServices(new SameThreadTaskRunner(), source, new InMemorySettings(),
                chooser, url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
        window.show(ShellPane.QUOTES);
    }

    /**
     * Leaves no unsaved work behind: the window's autosave would otherwise write the recovery file a minute later,
     * and the next window test would find "work from a session that ended without saving".
     */
    @AfterEach
    void leaveNothingToRecover(FxRobot robot) throws IOException {
        robot.interact(() -> window.open(new LoadRequest.Bundled()));
        assertThat(stage.getTitle()).doesNotEndWith("unsaved changes");
        Files.deleteIfExists(Recovery.defaultFile(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", ".")));
    }

    /** Answers every question with the first choice offered (or the answer given), noting what was asked. */
    private void answer(FxRobot robot, String given) {
        robot.interact(() -> window.setCorrectionPrompt((title, question, initial) -> {
            asked.add(title);
            return Optional.of(given != null ? given : initial);
        }));
    }

    /**
     * Opens the context menu on {@code node} as a right-click or the menu key does (headless, the robot's right-click
     * requests none) and chooses the entry with {@code text}.
     */
    private static void choose(FxRobot robot, Node node, String text) {
        robot.interact(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            double x = b.getMinX() + 5;
            double y = b.getMinY() + 5;
            Point2D screen = node.localToScreen(5, 5);
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(),
                    screen.getY(), false, new PickResult(node, x, y)));
        });
        ContextMenu menu = robot.listWindows().stream().filter(w -> w instanceof ContextMenu).map(w -> (ContextMenu) w)
                .filter(Window::isShowing).findFirst().orElseThrow(() -> new AssertionError("no context menu"));
        MenuItem item = menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        assertThat(item.isVisible() && !item.isDisable()).as(text + " is offered").isTrue();
        robot.interact(() -> {
            menu.hide();
            item.fire();
        });
    }

    /** The comparison's title: whom the cluster is credited to, and by how many outlets. */
    private static String title(FxRobot robot) {
        return robot.lookup("." + CompareStyles.COMPARISON_TITLE).queryAs(Label.class).getText();
    }

    private static boolean markShown(FxRobot robot) {
        return robot.lookup(MARK).queryAll().stream().anyMatch(ClusterCorrectionWindowTest::shown);
    }

    /** Visible with every parent (a list's measuring cell sits under a hidden one). */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void twoClustersMergedFromTheMenuAreOneMarkedCorrectedAndUndoSplitsThem(FxRobot robot) {
        WindowParts parts = new WindowParts(robot);
        answer(robot, null);
        Corpus extracted = window.model().corpus();
        ClusterSummary shown = parts.quotesList().getSelectionModel().getSelectedItem();
        int members = extracted.quoteClusters().stream().mapToInt(c -> c.members().size()).sum();
        assertThat(extracted.quoteClusters()).hasSize(2);
        assertThat(markShown(robot)).isFalse();

        choose(robot, parts.columnHeads().get(1), "Merge with Another Cluster\u2026");

        assertThat(asked).containsExactly("Merge Quote Clusters");
        assertThat(window.model().corpus().quoteClusters()).singleElement().satisfies(c -> {
            assertThat(c.id()).as("the other joined the one on show").isEqualTo(shown.id());
            assertThat(c.members()).hasSize(members);
            assertThat(c.attributionDiffers()).as("the other cluster's words are Putin's").isTrue();
        });
        assertThat(parts.quotesList().getSelectionModel().getSelectedItem().id()).as("the list keeps its place")
                .isEqualTo(shown.id());
        assertThat(markShown(robot)).as("marked in the comparison and the list").isTrue();
        assertThat(stage.getTitle()).endsWith("unsaved changes");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertThat(window.model().corpus()).isEqualTo(extracted);
        assertThat(markShown(robot)).isFalse();
    }

    @Test
    void aVersionsCorrectedSpeakerChangesWhomTheClusterIsAttributedTo(FxRobot robot) {
        WindowParts parts = new WindowParts(robot);
        String thanks = "First of all I wanted";
        QuoteCluster extracted = SampleCorpus.clusterWith(thanks);
        robot.interact(() -> parts.quotesList().getItems().stream().filter(s -> s.id().equals(extracted.id()))
                .findFirst().ifPresent(s -> parts.quotesList().getSelectionModel().select(s)));
        assertThat(title(robot)).isEqualTo("Bashar al-Assad");
        answer(robot, "Walid Muallem");

        choose(robot, parts.columnHeads().get(2), "Change Speaker\u2026"); // an outlet with one version

        assertThat(asked).containsExactly("Change Speaker");
        QuoteCluster now = window.model().corpus().quoteClusters().stream()
                .filter(c -> c.id().equals(extracted.id())).findFirst().orElseThrow();
        assertThat(now.creditedSpeakers()).extracting(s -> s.name()).contains("Walid Muallem");
        assertThat(title(robot)).as("the cluster's speaker, reconciled again").isEqualTo("Bashar al-Assad (attributed by 3 of 4 outlets)");
    }

    @Test
    void aQuoteOfTheEventDetailIsMovedIntoACluster(FxRobot robot) {
        WindowParts parts = new WindowParts(robot);
        answer(robot, null); // the likeliest cluster
        Node line = null;
        for (org.parallax.model.Event e : window.model().corpus().events()) {
            robot.interact(() -> parts.timeline().setSelectedEvent(e));
            if (!parts.eventQuotes().isEmpty()) {
                line = parts.eventQuotes().get(0);
                break;
            }
        }
        assertThat(line).as("an event with a quote").isNotNull();
        org.parallax.model.Quote quote = (org.parallax.model.Quote) line.getUserData();
        MenuItem move = ((javafx.scene.control.Control) line).getContextMenu().getItems().stream()
                .filter(i -> "Move to Quote Cluster\u2026".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(move::fire);

        assertThat(asked).containsExactly("Move Quote");
        assertThat(window.model().corpus().quoteClusters()).filteredOn(c -> c.members().stream()
                .anyMatch(v -> v.quoteId().equals(quote.id()))).singleElement()
                .satisfies(c -> assertThat(window.model().edits().corrected().corrected()).contains(c.id()));
    }

    @Test
    void anEventMergedWithItsNeighbourInTimeKeepsBothMentionsAndStaysSelected(FxRobot robot) {
        WindowParts parts = new WindowParts(robot);
        Corpus extracted = window.model().corpus();
        org.parallax.model.Event first = extracted.events().stream().filter(e -> !e.background()).findFirst()
                .orElseThrow();
        answer(robot, null); // the nearest in time
        robot.interact(() -> parts.timeline().setSelectedEvent(first));
        Label label = robot.lookup(".px-event-label").queryAs(Label.class);
        MenuItem merge = label.getContextMenu().getItems().stream().filter(i -> "Merge with\u2026".equals(i.getText()))
                .findFirst().orElseThrow();
        robot.interact(merge::fire);

        assertThat(asked).containsExactly("Merge Events");
        assertThat(window.model().corpus().events()).hasSize(extracted.events().size() - 1);
        org.parallax.model.Event merged = parts.timeline().getSelectedEvent();
        assertThat(merged.id()).isEqualTo(first.id());
        assertThat(merged.mentions()).hasSizeGreaterThan(first.mentions().size()).containsAll(first.mentions());
        assertThat(merged.reasons()).contains("merged by you");
        assertThat(robot.lookup("Corrected by you").tryQuery()).isPresent();
        assertThat(robot.lookup("." + org.parallax.ui.common.Styles.MERGE_REASONS).queryAs(Label.class).getText())
                .startsWith("Merged: ").endsWith("by you").doesNotContain("merged by you");
    }
}
